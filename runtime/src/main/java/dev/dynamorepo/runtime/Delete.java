package dev.dynamorepo.runtime;

import java.util.Objects;

/**
 * A DeleteItem request: by key, or by an entity as read (whose {@code @Version}, if it has one,
 * must still be the stored one). The old item comes back. Immutable; options compose in any
 * order, and the sync and async repositories and {@link Transaction} take the same request.
 *
 * <pre>{@code
 * Optional<Order> old = orders.delete(Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.NEW)));
 * orders.delete(Delete.entity(read));                 // refused when another writer changed it since
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Delete<E> {
  private final Key<E> key;
  private final E entity;
  private final Condition<E> condition;

  private Delete(Key<E> key, E entity, Condition<E> condition) {
    this.key = key;
    this.entity = entity;
    this.condition = condition;
  }

  /**
   * Deletes the item of a key.
   *
   * @param key the key, from the repository's {@code key(..)}
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Delete<E> of(Key<E> key) {
    return new Delete<>(Objects.requireNonNull(key, "key"), null, null);
  }

  /**
   * Deletes the item an entity names, only if its {@code @Version} (when it has one) is the stored
   * one.
   *
   * @param entity the entity as read
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Delete<E> entity(E entity) {
    return new Delete<>(null, Objects.requireNonNull(entity, "entity"), null);
  }

  /**
   * The same request, deleting only if {@code condition} holds on the stored item.
   *
   * @param condition the condition
   * @return the new request
   */
  public Delete<E> when(Condition<E> condition) {
    return new Delete<>(key, entity, Objects.requireNonNull(condition, "condition"));
  }

  /** @return the key, or null when the request names an entity */
  public Key<E> key() {
    return key;
  }

  /** @return the entity, or null when the request names a key */
  public E entity() {
    return entity;
  }

  /** @return the caller's condition, or null */
  public Condition<E> condition() {
    return condition;
  }
}
