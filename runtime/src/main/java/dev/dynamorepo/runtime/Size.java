package dev.dynamorepo.runtime;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code size(attr)} of an attribute, to compare with a number.
 *
 * <pre>{@code
 * Condition<Order> manyTags = OrderSchema.TAGS.size().gt(3);
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Size<E> {
  private final List<String> path;

  Size(List<String> path) {
    this.path = path;
  }

  /** @param n the size @return {@code size(attr) = n} */
  public Condition<E> eq(long n) {
    return compare("=", n);
  }

  /** @param n the size @return {@code size(attr) <> n} */
  public Condition<E> ne(long n) {
    return compare("<>", n);
  }

  /** @param n the size @return {@code size(attr) < n} */
  public Condition<E> lt(long n) {
    return compare("<", n);
  }

  /** @param n the size @return {@code size(attr) <= n} */
  public Condition<E> le(long n) {
    return compare("<=", n);
  }

  /** @param n the size @return {@code size(attr) > n} */
  public Condition<E> gt(long n) {
    return compare(">", n);
  }

  /** @param n the size @return {@code size(attr) >= n} */
  public Condition<E> ge(long n) {
    return compare(">=", n);
  }

  private Condition<E> compare(String operator, long n) {
    AttributeValue value = AttributeValue.fromN(Long.toString(n));
    // size() of a missing attribute is a ValidationException on DynamoDB (and HTTP 500 on moto),
    // so the comparison only applies where the attribute exists.
    return Condition.of(ctx -> "attribute_exists(" + ctx.path(path) + ") AND size(" + ctx.path(path) + ") "
        + operator + " " + ctx.value(value));
  }
}
