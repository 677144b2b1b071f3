package dev.dynamorepo.runtime.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the placeholders of one request's expressions: every attribute name becomes
 * {@code #nK} and every value {@code :vK}, so that no name or value is ever spliced into
 * expression text (reserved words, dots and spaces in names just work).
 *
 * <p>One context serves all expressions of one request (condition, update, key condition), so
 * the same name gets the same placeholder in each. Not thread-safe; one per request.
 */
public final class ExpressionContext {
  private final Map<String, String> placeholderByName = new HashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  /** Creates an empty context. */
  public ExpressionContext() {}

  /**
   * The placeholder of an attribute name, the same one each time for the same name.
   *
   * @param attributeName a stored attribute name
   * @return its {@code #nK} placeholder
   */
  public String name(String attributeName) {
    return placeholderByName.computeIfAbsent(attributeName, n -> {
      String placeholder = "#n" + names.size();
      names.put(placeholder, n);
      return placeholder;
    });
  }

  /**
   * The placeholder of a document path, each segment a name placeholder.
   *
   * @param path the segments, outermost first
   * @return for example {@code #n0.#n1}
   */
  public String path(Iterable<String> path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(name(segment));
    }
    return out.toString();
  }

  /**
   * A new placeholder for a value.
   *
   * @param value the encoded value
   * @return its {@code :vK} placeholder
   */
  public String value(AttributeValue value) {
    String placeholder = ":v" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * The names to send as {@code ExpressionAttributeNames}.
   *
   * @return placeholder to name, or null when there are none (the SDK refuses empty maps)
   */
  public Map<String, String> names() {
    return names.isEmpty() ? null : names;
  }

  /**
   * The values to send as {@code ExpressionAttributeValues}.
   *
   * @return placeholder to value, or null when there are none (the SDK refuses empty maps)
   */
  public Map<String, AttributeValue> values() {
    return values.isEmpty() ? null : values;
  }
}
