package dev.dynamorepo.runtime;

/**
 * What an upsert does with the entity's null attributes (and empty sets, which are not stored).
 *
 * <pre>{@code
 * orders.upsert(order);                            // KEEP: a null field leaves the stored value
 * orders.upsert(order, NullPolicy.REMOVE);         // REMOVE: a null field clears the stored value
 * }</pre>
 *
 * <p>Which write does what: {@code put} creates only; {@code update(entity)} replaces an existing
 * item whole (nulls removed); {@code upsert(entity)} creates or sets the attributes the entity
 * holds; {@code upsert(entity, REMOVE)} creates or replaces whole; {@code update(key).set/remove}
 * touches only what it names; {@code batchOverwrite} replaces whole without a condition.
 */
public enum NullPolicy {
  /** A null attribute keeps the stored value (the default upsert). */
  KEEP,
  /** A null attribute removes the stored value, so the stored item is exactly the entity. */
  REMOVE
}
