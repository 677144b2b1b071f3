package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.DynamoException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored value a codec cannot read: stored as another DynamoDB type than the codec's, or text
 * that is no value of the Java type. The codec that meets it throws this with the fault; each
 * container it passes on the way out (list, map, nested record, bean) puts its segment in front
 * of the path, and {@link EntitySchema#fromItem} adds the attribute, the table and the item's key.
 * The message never holds the value.
 *
 * <p>Containers find the child that failed by identity in their own value, so the decoding path
 * carries no bookkeeping and generated code is not involved: errors are rare, reads are not.
 */
final class DecodeFailure extends DynamoException {
  private static final long serialVersionUID = 1L;

  private final String fault;
  private final StringBuilder path = new StringBuilder();
  private transient AttributeValue outermost;

  private DecodeFailure(AttributeValue value, String fault) {
    super(fault);
    this.fault = fault;
    this.outermost = value;
  }

  /** A value the codec refuses for {@code fault}, such as "not a constant of Status". */
  static DecodeFailure of(AttributeValue value, String fault) {
    return new DecodeFailure(value, fault);
  }

  /** A value stored as another type than {@code expected}. */
  static DecodeFailure storedAs(AttributeValue value, StoredType expected) {
    return new DecodeFailure(value, "stored as " + typeOf(value) + ", expected " + expected);
  }

  /** A value of the right type that is no value of the Java type (named by {@code what}). */
  static DecodeFailure unreadable(AttributeValue value, String what, RuntimeException cause) {
    // The cause's class only: its message (a parser's, a converter's) usually quotes the value.
    return new DecodeFailure(value, "not a valid " + what + " (" + cause.getClass().getSimpleName() + ")");
  }

  private static String typeOf(AttributeValue value) {
    AttributeValue.Type type = value.type();
    return type == AttributeValue.Type.UNKNOWN_TO_SDK_VERSION ? "no single DynamoDB type" : type.name();
  }

  /** This failure as met inside element {@code index} of list {@code list}. */
  DecodeFailure inList(AttributeValue list, int index) {
    path.insert(0, "[" + index + "]");
    outermost = list;
    return this;
  }

  /** This failure as met in an element of {@code set}: elements have no path of their own. */
  DecodeFailure inSet(AttributeValue set) {
    outermost = set;
    return this;
  }

  /** This failure as met inside {@code container} (a map or nested record), by the child's name. */
  DecodeFailure inMap(AttributeValue container) {
    path.insert(0, "." + nameIn(container.m()));
    outermost = container;
    return this;
  }

  /** The attribute of {@code item} the failing value is, or "?" when it is none of them. */
  String nameIn(Map<String, AttributeValue> item) {
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      if (e.getValue() == outermost) {
        return e.getKey();
      }
    }
    return "?";
  }

  /**
   * The message the caller sees.
   *
   * @param table the table
   * @param key the item's key, described
   * @param item the item that was decoded
   * @return {@code table 'orders': the item {id=1} cannot be read: attribute 'address.city' is stored as N, expected S}
   */
  DynamoException describe(String table, String key, Map<String, AttributeValue> item) {
    String attribute = nameIn(item) + path;
    return new DynamoException("table '" + table + "': the item " + key + " cannot be read: attribute '"
        + attribute + "' is " + fault);
  }

  /** Seen outside a schema (a codec called directly): the path inside the value, if any. */
  @Override
  public String getMessage() {
    String at = path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    return (at.isEmpty() ? "the value" : "the value at '" + at + "'") + " is " + fault;
  }
}
