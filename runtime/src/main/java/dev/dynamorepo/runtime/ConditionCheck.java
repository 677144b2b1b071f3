package dev.dynamorepo.runtime;

import java.util.Objects;

/**
 * A transaction's condition check: the transaction is written only if {@code condition} holds on
 * the item of {@code key}, which is not changed. Immutable.
 *
 * <pre>{@code
 * dynamo.transaction()
 *     .conditionCheck(customers, ConditionCheck.of(customers.key("alice"), CustomerSchema.ACTIVE.eq(true)))
 *     .put(orders, order)
 *     .commit();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class ConditionCheck<E> {
  private final Key<E> key;
  private final Condition<E> condition;

  private ConditionCheck(Key<E> key, Condition<E> condition) {
    this.key = key;
    this.condition = condition;
  }

  /**
   * A check of one item.
   *
   * @param key the item's key
   * @param condition must hold on the stored item
   * @param <E> the entity type
   * @return the request
   */
  public static <E> ConditionCheck<E> of(Key<E> key, Condition<E> condition) {
    return new ConditionCheck<>(Objects.requireNonNull(key, "key"), Objects.requireNonNull(condition, "condition"));
  }

  /** @return the key */
  public Key<E> key() {
    return key;
  }

  /** @return the condition */
  public Condition<E> condition() {
    return condition;
  }
}
