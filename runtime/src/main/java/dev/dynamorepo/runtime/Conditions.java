package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;

/** The conditions the runtime adds by itself: the item exists, or it does not. */
final class Conditions {
  private Conditions() {}

  /** The item exists: {@code attribute_exists(pk)}, what makes an update strict. */
  static <E> Condition<E> exists(EntitySchema<E> schema) {
    return schema.partitionKey().<E>exists();
  }

  /** No item with this key exists: {@code attribute_not_exists(pk)}, what makes a put create-only. */
  static <E> Condition<E> notExists(EntitySchema<E> schema) {
    return schema.partitionKey().<E>notExists();
  }
}
