package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Optimistic locking for entities with a {@code @Version} attribute: a create stores 1, and every
 * other write is conditioned on the version the caller holds and stores that version plus one.
 */
final class Versions {
  private static final AttributeValue ONE = AttributeValue.fromN("1");

  private Versions() {}

  /** Sets the version of an item about to be created to 1; returns whether the item changed. */
  static <E> boolean initial(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    if (schema.version() == null) {
      return false;
    }
    item.put(schema.version().name(), ONE);
    return true;
  }

  /** The condition that the stored version is the one {@code item} holds, or null without a version. */
  static <E> Expr held(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    if (schema.version() == null) {
      return null;
    }
    String name = schema.version().name();
    AttributeValue held = item.get(name);
    if (held == null) {
      return ctx -> "attribute_not_exists(" + ctx.name(name) + ")";
    }
    return ctx -> ctx.name(name) + " = " + ctx.value(held);
  }

  /**
   * Replaces the held version in {@code item} by the next one and returns the condition that the
   * stored version is still the held one, or null for an entity without a version.
   */
  static <E> Expr advance(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    Expr held = held(schema, item);
    if (held != null) {
      String name = schema.version().name();
      AttributeValue current = item.get(name);
      long next = current == null ? 1 : Long.parseLong(current.n()) + 1;
      item.put(name, AttributeValue.fromN(Long.toString(next)));
    }
    return held;
  }

  /** The partial-update action that increments the version, or null without a version. */
  static <E> Expr increment(EntitySchema<E> schema) {
    if (schema.version() == null) {
      return null;
    }
    String name = schema.version().name();
    return ctx -> ctx.name(name) + " " + ctx.value(ONE);
  }
}
