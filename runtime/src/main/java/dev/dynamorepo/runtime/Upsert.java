package dev.dynamorepo.runtime;

import java.util.Objects;

/**
 * An upsert: creates the item or writes the attributes the entity holds, in one UpdateItem. By
 * default ({@link NullPolicy#KEEP}) a null attribute keeps its stored value;
 * {@link NullPolicy#REMOVE} replaces the item whole. Immutable; options compose in any order, and
 * the sync and async repositories and {@link Transaction} take the same request.
 *
 * <pre>{@code
 * Order o = orders.upsert(Upsert.of(order).nulls(NullPolicy.REMOVE).when(OrderSchema.STATUS.ne(Status.PAID)));
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Upsert<E> {
  private final E entity;
  private final Condition<E> condition;
  private final NullPolicy nulls;

  private Upsert(E entity, Condition<E> condition, NullPolicy nulls) {
    this.entity = entity;
    this.condition = condition;
    this.nulls = nulls;
  }

  /**
   * Creates or writes the item the entity names, keeping stored values of null attributes.
   *
   * @param entity the state to write
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Upsert<E> of(E entity) {
    return new Upsert<>(Objects.requireNonNull(entity, "entity"), null, NullPolicy.KEEP);
  }

  /**
   * The same request, written only if {@code condition} holds (for a missing item, every attribute
   * is absent).
   *
   * @param condition the condition
   * @return the new request
   */
  public Upsert<E> when(Condition<E> condition) {
    return new Upsert<>(entity, Objects.requireNonNull(condition, "condition"), nulls);
  }

  /**
   * The same request with another policy for null attributes.
   *
   * @param nulls {@link NullPolicy#KEEP} (the default) or {@link NullPolicy#REMOVE}
   * @return the new request
   */
  public Upsert<E> nulls(NullPolicy nulls) {
    return new Upsert<>(entity, condition, Objects.requireNonNull(nulls, "nulls"));
  }

  /** @return the state to write */
  public E entity() {
    return entity;
  }

  /** @return the caller's condition, or null */
  public Condition<E> condition() {
    return condition;
  }

  /** @return what null attributes do */
  public NullPolicy nulls() {
    return nulls;
  }
}
