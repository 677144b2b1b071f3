package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codecs;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A string key attribute: adds {@code beginsWith}, the sort-key condition queries use most.
 *
 * <pre>{@code
 * orders.query("alice", OrderSchema.ORDER_ID.beginsWith("2026-")).stream();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class StringKeyAttribute<E> extends KeyAttribute<E, String> {
  StringKeyAttribute(String name) {
    super(name, Codecs.STRING);
  }

  /**
   * A string key constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param <E> the entity type
   * @return the attribute
   */
  public static <E> StringKeyAttribute<E> of(String name) {
    return new StringKeyAttribute<>(name);
  }

  /** @param prefix the prefix @return {@code begins_with(attr, prefix)} */
  public KeyCondition<E> beginsWith(String prefix) {
    return beginsWithValue(AttributeValue.fromS(prefix));
  }
}
