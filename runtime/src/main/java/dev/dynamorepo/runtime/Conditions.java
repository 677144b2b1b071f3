package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;

/** The condition the runtime adds by itself to strict updates: the item exists. */
final class Conditions {
  private Conditions() {}

  /** The item exists: {@code attribute_exists(pk)}, what makes an update strict. */
  static <E> Condition<E> exists(EntitySchema<E> schema) {
    return schema.partitionKey().<E>exists();
  }
}
