package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codecs;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A string key attribute: adds {@code beginsWith} for conditions (a query takes its sort condition from the query lambda, see {@link SortKey}).
 *
 * <pre>{@code
 * Condition<Order> march = OrderSchema.ORDER_ID.beginsWith("2026-03");
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class StringKeyAttribute<E> extends KeyAttribute<E, String> {
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   */
  public StringKeyAttribute(Access access, String name) {
    this(name);
    Access.check(access);
  }

  StringKeyAttribute(String name) {
    super(name, Codecs.STRING);
  }

  /** @param prefix the prefix @return {@code begins_with(attr, prefix)} */
  public Condition<E> beginsWith(String prefix) {
    return beginsWithValue(AttributeValue.fromS(prefix));
  }
}
