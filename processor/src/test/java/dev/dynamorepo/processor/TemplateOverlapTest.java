package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.dynamorepo.processor.model.Template;
import dev.dynamorepo.processor.model.Template.Part;
import dev.dynamorepo.processor.validate.TemplateOverlap;
import org.junit.jupiter.api.Test;

/**
 * Key templates as the model reads them ({@link Template#parse}) and the decision whether two of
 * them can compose the same key ({@link TemplateOverlap#canBeEqual}). At run time an attribute
 * value in a key is one or more characters, none of them a separator of its own template (a
 * character of its literal text other than a letter or digit).
 */
class TemplateOverlapTest {
  private static Template parse(String text) {
    return Template.parse("sk", text, null);
  }

  /** Checks both orders: equality of keys is symmetric, so the answer must be too. */
  private static void assertOverlap(String a, String b, boolean expected) {
    assertWithMessage("\"%s\" vs \"%s\"", a, b).that(TemplateOverlap.canBeEqual(parse(a), parse(b))).isEqualTo(expected);
    assertWithMessage("\"%s\" vs \"%s\"", b, a).that(TemplateOverlap.canBeEqual(parse(b), parse(a))).isEqualTo(expected);
  }

  @Test
  void parsesLiteralsAndComponentsInOrder() {
    Template t = parse("ORDER#{placedAt}#{orderId}");
    assertThat(t.syntaxError()).isNull();
    assertThat(t.attribute()).isEqualTo("sk");
    assertThat(t.parts()).containsExactly(new Part("ORDER#", null), new Part(null, "placedAt"), new Part("#", null),
        new Part(null, "orderId")).inOrder();
    assertThat(t.components()).containsExactly("placedAt", "orderId").inOrder();
    assertThat(t.leadingLiteral()).isEqualTo("ORDER#");
  }

  @Test
  void aConstantTemplateIsOneLiteral() {
    Template t = parse("PROFILE");
    assertThat(t.syntaxError()).isNull();
    assertThat(t.components()).isEmpty();
    assertThat(t.leadingLiteral()).isEqualTo("PROFILE");
  }

  @Test
  void aTemplateStartingWithAComponentHasNoLeadingLiteral() {
    Template t = parse("{kind}#{id}");
    assertThat(t.components()).containsExactly("kind", "id").inOrder();
    assertThat(t.leadingLiteral()).isEmpty();
  }

  @Test
  void spacesInsideBracesAreTrimmed() {
    assertThat(parse("A#{ id }").components()).containsExactly("id");
  }

  @Test
  void anUnclosedBraceIsASyntaxError() {
    Template t = parse("ORDER#{orderId");
    assertThat(t.syntaxError()).isEqualTo("the '{' at position 6 is never closed");
    assertThat(t.parts()).isEmpty();
  }

  @Test
  void aStrayClosingBraceIsASyntaxError() {
    assertThat(parse("ORDER}#{id}").syntaxError()).isEqualTo("a '}' at position 5 closes no '{'");
    assertThat(parse("{id}}").syntaxError()).isEqualTo("a '}' at position 4 closes no '{'");
  }

  @Test
  void emptyBracesAreASyntaxError() {
    assertThat(parse("ORDER#{}").syntaxError()).isEqualTo("the braces at position 6 name no attribute");
    assertThat(parse("ORDER#{  }").syntaxError()).isEqualTo("the braces at position 6 name no attribute");
  }

  @Test
  void aBraceInsideBracesIsASyntaxError() {
    assertThat(parse("{{id}}").syntaxError()).isEqualTo("the braces at position 0 name no attribute");
  }

  @Test
  void anEmptyTemplateIsASyntaxError() {
    Template t = parse("");
    assertThat(t.syntaxError()).isEqualTo("it is empty");
    assertThat(t.parts()).isEmpty();
  }

  @Test
  void identicalShapesOverlap() {
    assertOverlap("ORDER#{orderId}", "ORDER#{orderId}", true);
    assertOverlap("ORDER#{id}", "ORDER#{orderId}", true);
    assertOverlap("ORDER#{placedAt}#{orderId}", "ORDER#{day}#{number}", true);
  }

  @Test
  void differentLeadingLiteralsDoNotOverlap() {
    assertOverlap("ORDER#{id}", "LINE#{id}", false);
    assertOverlap("ORDER#{id}", "ORDERS#{id}", false);
  }

  @Test
  void differentLiteralsAfterAComponentDoNotOverlap() {
    assertOverlap("ORDER#{id}#LINE", "ORDER#{id}#ITEM", false);
  }

  @Test
  void moreComponentsAfterASeparatorDoNotOverlap() {
    // The first template's {id} cannot hold the '#' the second needs before {line}.
    assertOverlap("ORDER#{id}", "ORDER#{id}#{line}", false);
    assertOverlap("A#{a}", "A#{a}#{b}#{c}", false);
  }

  @Test
  void differentSeparatorsDoNotLetOneValueSpanTheOther() {
    // "A#{x}" refuses '#' in x, "A-{y}" refuses '-' in y; the keys differ at the fifth character.
    assertOverlap("A#{x}", "A-{y}", false);
  }

  @Test
  void aValueMayHoldAnotherTemplatesSeparator() {
    // "A-{y}": y may be "1#2", which "A-{p}#{q}" composes from p = "1", q = "2".
    assertOverlap("A-{y}", "A-{p}#{q}", true);
  }

  @Test
  void aTemplateWithoutSeparatorsOverlapsAnything() {
    assertOverlap("{a}", "ORDER#{orderId}", true);
    assertOverlap("{a}", "PROFILE", true);
    assertOverlap("{a}", "{b}#{c}", true);
    assertOverlap("X{a}", "X#{b}", true);
  }

  @Test
  void aLeadingComponentOverlapsALiteralBeforeItsSeparator() {
    assertOverlap("{kind}#{id}", "ORDER#{id}", true);
    assertOverlap("{kind}#{id}", "ORDER", false);
  }

  @Test
  void alphanumericLiteralsOverlapAComponentThatCanHoldThem() {
    // "ORDER{x}" has no separator, so x = "X#1" composes "ORDERX#1", as "ORDERX#{y}" does with y = "1".
    assertOverlap("ORDER{x}", "ORDERX#{y}", true);
    // With '#' as a separator x cannot be "X#1", so "ORDER#{x}" never reaches the second template's {y};
    // it still composes the constant "ORDER#X" with x = "X".
    assertOverlap("ORDER#{x}", "ORDER#X#{y}", false);
    assertOverlap("ORDER#{x}", "ORDER#X", true);
  }

  @Test
  void aComponentNeedsAtLeastOneCharacter() {
    // An empty value is refused at run time, so "A#{x}" never composes "A#".
    assertOverlap("A#{x}", "A#", false);
    assertOverlap("A#{x}#", "A##", false);
    assertOverlap("{a}", "{b}{c}", true);
  }

  @Test
  void constantsOverlapOnlyWhenEqual() {
    assertOverlap("PROFILE", "PROFILE", true);
    assertOverlap("PROFILE", "ORDER", false);
    assertOverlap("ORDER", "ORDERS", false);
    assertOverlap("ORDER", "ORDER#{id}", false);
  }
}
