package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed attribute of entity {@code E} holding values of type {@code V}: the generated schemas'
 * constants ({@code OrderSchema.TOTAL_CENTS}) are instances. It builds conditions whose values
 * must be of the attribute's Java type, so a wrongly typed value does not compile.
 *
 * <pre>{@code
 * Condition<Order> cheapNew = OrderSchema.TOTAL_CENTS.lt(1000L).and(OrderSchema.STATUS.eq(Status.NEW));
 * }</pre>
 *
 * <p>Generated schemas make the constants through {@code dev.dynamorepo.runtime.support.Attributes};
 * the constructors take that package's {@link Access} token, so only generated code makes them.
 *
 * @param <E> the entity type
 * @param <V> the attribute's Java type
 */
public abstract class AttributePath<E, V> {
  private final List<String> path;
  private final Codec<V> codec;

  AttributePath(List<String> path, Codec<V> codec) {
    this.path = List.copyOf(path);
    this.codec = Objects.requireNonNull(codec, "codec");
    for (String segment : this.path) {
      if (segment.isEmpty()) {
        // DynamoDB refuses an empty name in a document path; moto accepts it and then fails every read.
        throw new DynamoException("attribute '" + String.join(".", this.path)
            + "': a document path segment is empty; DynamoDB refuses empty attribute names");
      }
    }
  }

  /**
   * The stored name of the top-level attribute.
   *
   * @return the name as stored in DynamoDB
   */
  public String name() {
    return path.get(0);
  }

  /**
   * The document path, outermost name first; one element for a top-level attribute.
   *
   * @return the stored names along the path
   */
  public List<String> path() {
    return path;
  }

  /**
   * The codec of this attribute's values.
   *
   * @return the codec
   */
  public Codec<V> codec() {
    return codec;
  }

  /**
   * Encodes a value for a request, refusing what cannot be sent.
   *
   * @param value the value
   * @return the encoded value
   * @throws DynamoException when the value is null or encodes to nothing (an empty set)
   */
  public AttributeValue encode(V value) {
    AttributeValue encoded = value == null ? null : codec.encode(value);
    if (encoded == null) {
      throw new DynamoException("attribute '" + String.join(".", path)
          + "': a null or empty value cannot be compared; use exists() or notExists()");
    }
    dev.dynamorepo.runtime.internal.ItemChecks.checkOperand(toString(), encoded);
    return encoded;
  }

  /** @param value the value @return {@code attr = value} */
  public Condition<E> eq(V value) {
    return compare("=", value);
  }

  /** @param value the value @return {@code attr <> value} */
  public Condition<E> ne(V value) {
    return compare("<>", value);
  }

  /** @param value the value @return {@code attr < value} */
  public Condition<E> lt(V value) {
    return compare("<", value);
  }

  /** @param value the value @return {@code attr <= value} */
  public Condition<E> le(V value) {
    return compare("<=", value);
  }

  /** @param value the value @return {@code attr > value} */
  public Condition<E> gt(V value) {
    return compare(">", value);
  }

  /** @param value the value @return {@code attr >= value} */
  public Condition<E> ge(V value) {
    return compare(">=", value);
  }

  /**
   * The attribute lies between two values, both included.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return {@code attr BETWEEN low AND high}
   */
  public Condition<E> between(V low, V high) {
    AttributeValue lo = encode(low);
    AttributeValue hi = encode(high);
    return Condition.of(ctx -> ctx.path(path) + " BETWEEN " + ctx.value(lo) + " AND " + ctx.value(hi));
  }

  /**
   * The attribute equals one of the values (at most 100, DynamoDB's limit).
   *
   * @param values the candidates
   * @return {@code attr IN (v1, v2, ...)}
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final Condition<E> in(V... values) {
    return in(List.of(values));
  }

  /**
   * The attribute equals one of the values (1 to 100, DynamoDB's limit).
   *
   * @param values the candidates
   * @return {@code attr IN (v1, v2, ...)}
   */
  public Condition<E> in(Collection<V> values) {
    if (values.isEmpty() || values.size() > 100) {
      throw new DynamoException("attribute '" + String.join(".", path) + "': IN takes 1 to 100 values, got " + values.size());
    }
    List<AttributeValue> encoded = new ArrayList<>(values.size());
    values.forEach(v -> encoded.add(encode(v)));
    return Condition.of(ctx -> {
      StringBuilder out = new StringBuilder(ctx.path(path)).append(" IN (");
      for (int i = 0; i < encoded.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(ctx.value(encoded.get(i)));
      }
      return out.append(')').toString();
    });
  }

  /** @return {@code attribute_exists(attr)} */
  public Condition<E> exists() {
    return Condition.of(ctx -> "attribute_exists(" + ctx.path(path) + ")");
  }

  /** @return {@code attribute_not_exists(attr)} */
  public Condition<E> notExists() {
    return Condition.of(ctx -> "attribute_not_exists(" + ctx.path(path) + ")");
  }

  /**
   * The size of the attribute: string length, binary length, or element count of a set, list or
   * map.
   *
   * @return an operand to compare
   */
  public Size<E> size() {
    return new Size<>(path);
  }

  Condition<E> beginsWithValue(AttributeValue prefix) {
    return Condition.of(ctx -> "begins_with(" + ctx.path(path) + ", " + ctx.value(prefix) + ")");
  }

  Condition<E> compare(String operator, V value) {
    AttributeValue encoded = encode(value);
    return Condition.of(ctx -> ctx.path(path) + " " + operator + " " + ctx.value(encoded));
  }

  Condition<E> function(String function, AttributeValue operand) {
    return Condition.of(ctx -> function + "(" + ctx.path(path) + ", " + ctx.value(operand) + ")");
  }

  @Override
  public String toString() {
    return String.join(".", path);
  }
}
