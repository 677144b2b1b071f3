package dev.dynamorepo.runtime.wire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's JSON wire form in tests: request bodies parsed (with the SDK's own JSON parser) into
 * plain maps, lists, strings, {@link BigDecimal}s and booleans; response bodies written from the
 * same shapes; items converted between that form and SDK {@link AttributeValue}s, so a test compares
 * what was sent with what the entity encodes to.
 */
final class WireJson {
  private WireJson() {}

  /** @return the document as maps, lists, strings, BigDecimals, booleans and nulls */
  static Object parse(String json) {
    return plain(JsonNode.parser().parse(json));
  }

  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      node.asObject().forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>();
      node.asArray().forEach(v -> out.add(plain(v)));
      return out;
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asNumber());
    }
    return node.isString() ? node.asString() : node.isBoolean() ? (Object) node.asBoolean() : null;
  }

  /** @return compact JSON of maps, lists, strings, numbers, booleans and nulls */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep);
        string(out, (String) e.getKey());
        out.append(':');
        write(out, e.getValue());
        sep = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof String s) {
      string(out, s);
    } else {
      out.append(value);
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** @return an item in its wire form, {@code {"name": {"S": "..."}, ...}} */
  static Map<String, Object> item(Map<String, AttributeValue> item) {
    Map<String, Object> out = new LinkedHashMap<>();
    item.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  /** @return one attribute value in its wire form */
  static Map<String, Object> value(AttributeValue v) {
    Object body = switch (v.type()) {
      case S -> v.s();
      case N -> v.n();
      case B -> base64(v.b());
      case BOOL -> v.bool();
      case NUL -> true;
      case SS -> v.ss();
      case NS -> v.ns();
      case BS -> v.bs().stream().map(WireJson::base64).toList();
      case L -> v.l().stream().map(WireJson::value).toList();
      case M -> item(v.m());
      default -> throw new IllegalArgumentException("unknown type: " + v);
    };
    return Map.of(v.type() == AttributeValue.Type.NUL ? "NULL" : v.type().name(), body);
  }

  /** @return the SDK form of a wire item, such as a request's {@code Item} or {@code Key} */
  @SuppressWarnings("unchecked")
  static Map<String, AttributeValue> attributes(Object wire) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    ((Map<String, Object>) wire).forEach((k, v) -> out.put(k, attribute(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  static AttributeValue attribute(Object wire) {
    Map.Entry<String, Object> typed = ((Map<String, Object>) wire).entrySet().iterator().next();
    Object v = typed.getValue();
    return switch (typed.getKey()) {
      case "S" -> AttributeValue.fromS((String) v);
      case "N" -> AttributeValue.fromN((String) v);
      case "B" -> AttributeValue.fromB(bytes(v));
      case "BOOL" -> AttributeValue.fromBool((Boolean) v);
      case "NULL" -> AttributeValue.fromNul(true);
      case "SS" -> AttributeValue.fromSs((List<String>) v);
      case "NS" -> AttributeValue.fromNs((List<String>) v);
      case "BS" -> AttributeValue.fromBs(((List<Object>) v).stream().map(WireJson::bytes).toList());
      case "L" -> AttributeValue.fromL(((List<Object>) v).stream().map(WireJson::attribute).toList());
      case "M" -> AttributeValue.fromM(attributes(v));
      default -> throw new IllegalArgumentException("unknown type " + typed.getKey());
    };
  }

  private static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArray());
  }

  private static SdkBytes bytes(Object base64) {
    return SdkBytes.fromByteArray(Base64.getDecoder().decode((String) base64));
  }
}
