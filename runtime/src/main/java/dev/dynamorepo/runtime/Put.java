package dev.dynamorepo.runtime;

import java.util.Objects;

/**
 * A create-only PutItem request ({@code attribute_not_exists} on the key): a null
 * {@code @AutoIncrement} or {@code @GeneratedId} key gets its id, a {@code @Version} starts at 1.
 * Immutable; the sync and async repositories and {@link Transaction} take the same request.
 *
 * <pre>{@code
 * Order saved = orders.put(Put.of(order));          // the same as orders.put(order)
 * dynamo.transaction().put(orders, Put.of(order)).commit();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Put<E> {
  private final E entity;

  private Put(E entity) {
    this.entity = entity;
  }

  /**
   * Creates the item the entity describes.
   *
   * @param entity the new item
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Put<E> of(E entity) {
    return new Put<>(Objects.requireNonNull(entity, "entity"));
  }

  /** @return the new item */
  public E entity() {
    return entity;
  }
}
