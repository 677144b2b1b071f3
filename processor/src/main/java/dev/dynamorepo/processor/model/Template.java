package dev.dynamorepo.processor.model;

import dev.dynamorepo.processor.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Model: one key template as written ({@code "ORDER#{placedAt}#{orderId}"}), the physical
 * attribute it composes, and its parts.
 *
 * @param attribute the physical key attribute, such as {@code sk}
 * @param text the template as written
 * @param parts literals and components in order; empty when the text does not parse
 * @param syntaxError why the text does not parse, or null
 * @param src the annotation, narrowed to the template's value
 */
public record Template(String attribute, String text, List<Part> parts, String syntaxError, SourceRef src) {

  /**
   * A literal or a component.
   *
   * @param literal the text, or null for a component
   * @param component the Java attribute name in braces, or null for a literal
   */
  public record Part(String literal, String component) {}

  /**
   * Parses a template.
   *
   * @param attribute the physical key attribute
   * @param text the template
   * @param src where it was written
   * @return the model; {@link #syntaxError()} says what is wrong, if anything
   */
  public static Template parse(String attribute, String text, SourceRef src) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('{', at);
      int close = text.indexOf('}', at);
      if (close >= 0 && (open < 0 || close < open)) {
        return new Template(attribute, text, List.of(), "a '}' at position " + close + " closes no '{'", src);
      }
      if (open < 0) {
        parts.add(new Part(text.substring(at), null));
        break;
      }
      if (open > at) {
        parts.add(new Part(text.substring(at, open), null));
      }
      int end = text.indexOf('}', open);
      if (end < 0) {
        return new Template(attribute, text, List.of(), "the '{' at position " + open + " is never closed", src);
      }
      String name = text.substring(open + 1, end).trim();
      if (name.isEmpty() || name.indexOf('{') >= 0) {
        return new Template(attribute, text, List.of(), "the braces at position " + open + " name no attribute", src);
      }
      parts.add(new Part(null, name));
      at = end + 1;
    }
    if (parts.isEmpty()) {
      return new Template(attribute, text, List.of(), "it is empty", src);
    }
    return new Template(attribute, text, List.copyOf(parts), null, src);
  }

  /** @return the component names in order */
  public List<String> components() {
    return parts.stream().filter(p -> p.component() != null).map(Part::component).toList();
  }

  /** @return the literal text before the first component (the whole text when there is none) */
  public String leadingLiteral() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p.component() != null) {
        break;
      }
      out.append(p.literal());
    }
    return out.toString();
  }
}
