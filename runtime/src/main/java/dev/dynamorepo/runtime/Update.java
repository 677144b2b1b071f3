package dev.dynamorepo.runtime;

import java.util.Objects;

/**
 * A strict whole-item update: every non-key attribute of an existing item is replaced (null
 * attributes are removed), and nothing is created when the item does not exist. A
 * {@code @Version} is checked and incremented. Immutable; options compose in any order, and the
 * sync and async repositories and {@link Transaction} take the same request.
 *
 * <pre>{@code
 * Order paid = orders.update(Update.of(order).when(OrderSchema.STATUS.eq(Status.NEW)));
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Update<E> {
  private final E entity;
  private final Condition<E> condition;

  private Update(E entity, Condition<E> condition) {
    this.entity = entity;
    this.condition = condition;
  }

  /**
   * Replaces the existing item the entity names.
   *
   * @param entity the new state
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Update<E> of(E entity) {
    return new Update<>(Objects.requireNonNull(entity, "entity"), null);
  }

  /**
   * The same request, written only if {@code condition} holds on the stored item.
   *
   * @param condition the condition, such as {@code OrderSchema.STATUS.eq(Status.NEW)}
   * @return the new request
   */
  public Update<E> when(Condition<E> condition) {
    return new Update<>(entity, Objects.requireNonNull(condition, "condition"));
  }

  /** @return the new state */
  public E entity() {
    return entity;
  }

  /** @return the caller's condition, or null */
  public Condition<E> condition() {
    return condition;
  }
}
