package dev.dynamorepo.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One request as the SDK put it on the wire: the operation (from {@code X-Amz-Target}), which
 * client sent it, and the JSON body, with readers for the parts tests compare.
 *
 * @param operation such as {@code PutItem}
 * @param async whether the async client sent it
 * @param body the parsed JSON body
 */
record Sent(String operation, boolean async, Map<String, Object> body) {
  private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");
  private static final List<String> EXPRESSIONS = List.of("KeyConditionExpression", "FilterExpression",
      "ConditionExpression", "UpdateExpression", "ProjectionExpression");

  /** @return the body member at this path of names and list positions, or null */
  Object get(Object... path) {
    return at(body, path);
  }

  /** @return the member as a map (a request part such as {@code TransactItems[0].Put}) */
  @SuppressWarnings("unchecked")
  Map<String, Object> part(Object... path) {
    return (Map<String, Object>) at(body, path);
  }

  /** @return the item-shaped member at the path ({@code Item}, {@code Key}) in SDK form */
  Map<String, AttributeValue> item(Object... path) {
    return WireJson.attributes(at(body, path));
  }

  /** @return the top-level expression with its placeholders replaced, see {@link #expression(Map, String)} */
  String expr(String field) {
    return expression(body, field);
  }

  @SuppressWarnings("unchecked")
  static Object at(Object from, Object... path) {
    Object at = from;
    for (Object step : path) {
      at = at == null ? null : step instanceof Integer i ? ((List<Object>) at).get(i) : ((Map<String, Object>) at).get(step);
    }
    return at;
  }

  /**
   * An expression of a request part as DynamoDB reads it: {@code #n0} replaced by the attribute
   * name, {@code :v0} by the value ({@code 'text'}, a number, or compact JSON for other types). Also
   * checks what DynamoDB refuses: a placeholder not defined, a defined one that no expression of the
   * part uses, and empty placeholder maps.
   *
   * @param part a request or a transaction item's action
   * @param field such as {@code ConditionExpression}
   * @return the resolved expression, or null when the part has none
   */
  @SuppressWarnings("unchecked")
  static String expression(Map<String, Object> part, String field) {
    Map<String, Object> names = (Map<String, Object>) part.getOrDefault("ExpressionAttributeNames", Map.of());
    Map<String, Object> values = (Map<String, Object>) part.getOrDefault("ExpressionAttributeValues", Map.of());
    assertFalse(part.containsKey("ExpressionAttributeNames") && names.isEmpty(), "empty ExpressionAttributeNames");
    assertFalse(part.containsKey("ExpressionAttributeValues") && values.isEmpty(), "empty ExpressionAttributeValues");
    StringBuilder all = new StringBuilder();
    EXPRESSIONS.forEach(e -> all.append(part.getOrDefault(e, "")).append(' '));
    names.keySet().forEach(n -> assertTrue(used(all, n), "unused name placeholder " + n + " in " + part));
    values.keySet().forEach(v -> assertTrue(used(all, v), "unused value placeholder " + v + " in " + part));
    String expression = (String) part.get(field);
    if (expression == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object replaced = m.group().startsWith("#") ? names.get(m.group()) : render(values.get(m.group()));
      assertTrue(replaced != null, "undefined placeholder " + m.group() + " in " + expression);
      m.appendReplacement(out, Matcher.quoteReplacement(replaced.toString()));
    }
    return m.appendTail(out).toString();
  }

  private static boolean used(CharSequence expressions, String placeholder) {
    return Pattern.compile(Pattern.quote(placeholder) + "(?![A-Za-z0-9_])").matcher(expressions).find();
  }

  @SuppressWarnings("unchecked")
  private static String render(Object wire) {
    if (wire == null) {
      return null;
    }
    Map.Entry<String, Object> typed = ((Map<String, Object>) wire).entrySet().iterator().next();
    return switch (typed.getKey()) {
      case "S" -> "'" + typed.getValue() + "'";
      case "N" -> (String) typed.getValue();
      default -> WireJson.write(wire);
    };
  }
}
