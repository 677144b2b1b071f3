package dev.dynamorepo.runtime;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The primary key of one item of entity {@code E}, made by a generated repository's
 * {@code key(pk[, sk])} and checked when it is made (no null or empty values, DynamoDB's key size
 * limits), for bulk and transaction calls.
 *
 * <pre>{@code
 * orders.deleteAll(List.of(orders.key("alice", "o-2"), orders.key("bob", "o-3")));
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Key<E> {
  private final String table;
  private final Map<String, AttributeValue> item;

  Key(String table, Map<String, AttributeValue> item) {
    this.table = table;
    // Partition key first, then sort key: messages and cursors print keys in that order.
    this.item = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(item));
  }

  /**
   * The table this key belongs to.
   *
   * @return the table name
   */
  public String table() {
    return table;
  }

  /**
   * The key as DynamoDB's {@code Key} map.
   *
   * @return one or two attributes, unmodifiable
   */
  public Map<String, AttributeValue> attributes() {
    return item;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key<?> k && k.table.equals(table) && k.item.equals(item);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, item);
  }

  /** @return the key as {@code {name=value, ...}} for messages */
  @Override
  public String toString() {
    return Keys.describe(item);
  }
}
