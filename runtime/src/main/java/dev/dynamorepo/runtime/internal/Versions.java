package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Optimistic locking for entities with a {@code @Version} attribute: a create stores 1, and every
 * other write is conditioned on the version the caller holds and stores that version plus one.
 */
final class Versions {
  private Versions() {}

  /**
   * Sets the version of an item about to be created to 1.
   *
   * @return whether the item changed (the caller then returns the decoded item)
   */
  static <E> boolean initial(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    if (schema.version() == null) {
      return false;
    }
    item.put(schema.version().name(), AttributeValue.fromN("1"));
    return true;
  }

  /**
   * The condition that the stored version is the one {@code item} holds, for deletes.
   *
   * @return the condition, or null for an entity without a version
   */
  static <E> Condition<E> held(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    if (schema.version() == null) {
      return null;
    }
    String name = schema.version().name();
    AttributeValue held = item.get(name);
    if (held == null) {
      return Condition.of(ctx -> "attribute_not_exists(" + ctx.name(name) + ")");
    }
    return Condition.of(ctx -> ctx.name(name) + " = " + ctx.value(held));
  }

  /**
   * Replaces the held version in {@code item} by the next one and returns the condition that the
   * stored version is still the held one (or that there is none, when the caller holds none).
   *
   * @return the condition, or null for an entity without a version
   */
  static <E> Condition<E> advance(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    if (schema.version() == null) {
      return null;
    }
    String name = schema.version().name();
    AttributeValue held = item.get(name);
    long next = held == null ? 1 : Long.parseLong(held.n()) + 1;
    item.put(name, AttributeValue.fromN(Long.toString(next)));
    if (held == null) {
      return Condition.of(ctx -> "attribute_not_exists(" + ctx.name(name) + ")");
    }
    return Condition.of(ctx -> ctx.name(name) + " = " + ctx.value(held));
  }
}
