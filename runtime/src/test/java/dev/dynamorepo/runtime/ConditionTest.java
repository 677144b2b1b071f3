package dev.dynamorepo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.Codecs;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conditions render to placeholders only; names and values never reach the expression text. */
class ConditionTest {
  record Thing() {}

  static final StringAttribute<Thing> NAME = Attributes.string("name");
  static final NumberAttribute<Thing, Long> SIZE = Attributes.number("size", Codecs.LONG);
  static final StringAttribute<Thing> RESERVED = Attributes.string("a.b c");
  static final SetAttribute<Thing, String> TAGS = Attributes.set("tags", Codecs.set(Codecs.STRING), Codecs.STRING);
  static final MapAttribute<Thing, String, StringAttribute<Thing>> LABELS = Attributes.stringMap("labels", Codecs.map(Codecs.STRING));

  private static String render(Condition<Thing> c, ExpressionContext ctx) {
    return c.render(ctx);
  }

  @Test
  void everyOperatorRendersWithPlaceholders() {
    ExpressionContext ctx = new ExpressionContext();
    String text = render(NAME.eq("x").and(SIZE.between(1L, 5L)).or(TAGS.contains("t").not())
        .and(NAME.in("a", "b")).and(SIZE.size().gt(2)).and(NAME.beginsWith("p")).and(LABELS.key("k").exists()), ctx);
    assertEquals("((((((#n0 = :v0) AND (#n1 BETWEEN :v1 AND :v2)) OR (NOT (contains(#n2, :v3)))) AND (#n0 IN (:v4, :v5)))"
        + " AND (attribute_exists(#n1) AND size(#n1) > :v6)) AND (begins_with(#n0, :v7))) AND (attribute_exists(#n3.#n4))", text);
    assertEquals(Map.of("#n0", "name", "#n1", "size", "#n2", "tags", "#n3", "labels", "#n4", "k"), ctx.names());
    assertEquals(AttributeValue.fromS("x"), ctx.values().get(":v0"));
    assertEquals(AttributeValue.fromN("5"), ctx.values().get(":v2"));
  }

  @Test
  void namesWithDotsSpacesAndReservedWordsStayOutOfTheText() {
    ExpressionContext ctx = new ExpressionContext();
    String text = render(RESERVED.ne("it's; DROP"), ctx);
    assertEquals("#n0 <> :v0", text);
    assertEquals("a.b c", ctx.names().get("#n0"));
    assertEquals("it's; DROP", ctx.values().get(":v0").s());
  }

  @Test
  void nullAndOutOfRangeOperandsAreRefused() {
    DynamoException e = assertThrows(DynamoException.class, () -> NAME.eq(null));
    assertTrue(e.getMessage().contains("'name'") && e.getMessage().contains("exists()"), e.getMessage());
    assertThrows(DynamoException.class, () -> NAME.in(List.of()));
    assertThrows(DynamoException.class, () -> TAGS.eq(Set.of()));
  }

  @Test
  void emptyDocumentPathSegmentsAreRefusedWhenTheAttributeIsMade() {
    DynamoException e = assertThrows(DynamoException.class, () -> LABELS.key(""));
    assertTrue(e.getMessage().contains("'labels.'") && e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void mapEntriesKeepTheKindOfTheirValues() {
    ExpressionContext ctx = new ExpressionContext();
    assertEquals("begins_with(#n0.#n1, :v0)", render(LABELS.key("tier").beginsWith("go"), ctx));
  }
}
