package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key of the table or index a query reads, handed to the query's lambda: the only way to
 * make its {@link SortCondition}.
 *
 * <pre>{@code
 * orders.query("alice", sk -> sk.between("o-1", "o-5"));
 * events.queryByDay(day, sk -> sk.ge(Instant.parse("2026-01-01T00:00:00Z")));
 * }</pre>
 *
 * @param <E> the entity type
 * @param <V> the sort key's Java type
 */
public class SortKey<E, V> {
  private final String name;
  private final Codec<V> codec;

  SortKey(String name, Codec<V> codec) {
    this.name = name;
    this.codec = codec;
  }

  /** @return the stored name of the sort key */
  public String name() {
    return name;
  }

  /** @param value the value @return {@code sk = value} */
  public SortCondition<E> eq(V value) {
    return compare("=", value);
  }

  /** @param value the value @return {@code sk < value} */
  public SortCondition<E> lt(V value) {
    return compare("<", value);
  }

  /** @param value the value @return {@code sk <= value} */
  public SortCondition<E> le(V value) {
    return compare("<=", value);
  }

  /** @param value the value @return {@code sk > value} */
  public SortCondition<E> gt(V value) {
    return compare(">", value);
  }

  /** @param value the value @return {@code sk >= value} */
  public SortCondition<E> ge(V value) {
    return compare(">=", value);
  }

  /**
   * The sort key lies between two values, both included.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return {@code sk BETWEEN low AND high}
   */
  public SortCondition<E> between(V low, V high) {
    AttributeValue lo = encode(low);
    AttributeValue hi = encode(high);
    return new SortCondition<>(name, ctx -> ctx.name(name) + " BETWEEN " + ctx.value(lo) + " AND " + ctx.value(hi));
  }

  SortCondition<E> beginsWithValue(AttributeValue prefix) {
    return new SortCondition<>(name, ctx -> "begins_with(" + ctx.name(name) + ", " + ctx.value(prefix) + ")");
  }

  AttributeValue encode(V value) {
    AttributeValue encoded = value == null ? null : codec.encode(value);
    if (encoded == null) {
      throw new DynamoException("sort key '" + name + "': a null value cannot be compared");
    }
    return encoded;
  }

  private SortCondition<E> compare(String operator, V value) {
    AttributeValue encoded = encode(value);
    return new SortCondition<>(name, ctx -> ctx.name(name) + " " + operator + " " + ctx.value(encoded));
  }

  /**
   * A string sort key: adds {@code beginsWith}, the sort condition queries use most.
   *
   * @param <E> the entity type
   */
  public static final class Text<E> extends SortKey<E, String> {
    Text(String name, Codec<String> codec) {
      super(name, codec);
    }

    /** @param prefix the prefix @return {@code begins_with(sk, prefix)} */
    public SortCondition<E> beginsWith(String prefix) {
      return beginsWithValue(encode(Objects.requireNonNull(prefix, "prefix")));
    }
  }
}
