package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.Conflict;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.ConflictException.Reason;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * What a conditional write expected of the stored item, kept with its unit (single call or
 * transaction action) to tell a refused caller why. DynamoDB returns the stored item with the
 * refusal (every conditional write asks for ReturnValuesOnConditionCheckFailure=ALL_OLD); it is
 * classified here, once: create-only put found an item, then no item, then a version other than the
 * one held, then the caller's condition. Nothing is computed unless a write is refused.
 */
final class Refusal {
  private final String action;
  private final Map<String, AttributeValue> key;
  private final EntitySchema<?> schema;
  private final boolean createOnly;
  private final boolean versionChecked;
  private final AttributeValue expected;

  private Refusal(String action, Map<String, AttributeValue> key, EntitySchema<?> schema, boolean createOnly,
      boolean versionChecked, AttributeValue expected) {
    this.action = action;
    this.key = key;
    this.schema = schema;
    this.createOnly = createOnly;
    this.versionChecked = versionChecked;
    this.expected = expected;
  }

  /** A create-only put; {@code key} is null while an auto-increment id is not assigned. */
  static Refusal put(EntitySchema<?> schema, Map<String, AttributeValue> key) {
    return new Refusal("put", key, schema, true, false, null);
  }

  /** A write that checks no version (a partial update, a delete by key, a condition check). */
  static Refusal of(String action, EntitySchema<?> schema, Map<String, AttributeValue> key) {
    return new Refusal(action, key, schema, false, false, null);
  }

  /** A write conditioned on the version {@code held} holds (before it is advanced), if the entity has one. */
  static Refusal versioned(String action, EntitySchema<?> schema, Map<String, AttributeValue> key,
      Map<String, AttributeValue> held) {
    boolean versioned = schema.version() != null;
    return new Refusal(action, key, schema, false, versioned, versioned ? held.get(schema.version().name()) : null);
  }

  String action() {
    return action;
  }

  Map<String, AttributeValue> key() {
    return key;
  }

  /**
   * Why the write was refused.
   *
   * @param stored the item DynamoDB returned with the refusal, or null
   * @return the reason, the versions and the stored entity (null if it cannot be read as one)
   */
  Conflict classify(Map<String, AttributeValue> stored) {
    AttributeValue version = stored == null || schema.version() == null ? null : stored.get(schema.version().name());
    Reason reason = createOnly ? Reason.ITEM_EXISTS
        : stored == null ? Reason.ITEM_MISSING
        : versionChecked && !Items.same(version, expected) ? Reason.VERSION_MISMATCH
        : Reason.CONDITION_FAILED;
    return new Conflict(reason, number(version), number(expected), decode(stored));
  }

  /** The single write's exception: the message names the table, the action and the key, never other values. */
  ConflictException exception(String prefix, ConditionalCheckFailedException refused) {
    Conflict conflict = classify(refused.hasItem() && !refused.item().isEmpty() ? refused.item() : null);
    return new ConflictException(prefix + explain(conflict.reason()), refused, conflict);
  }

  /** @return {@code "update of {id=d}: the item does not exist"} and the like */
  String explain(Reason reason) {
    String what = switch (reason) {
      case ITEM_EXISTS -> "an item with this key exists already";
      case ITEM_MISSING -> "the item does not exist";
      case VERSION_MISMATCH -> "the stored @Version '" + schema.version().name()
          + "' is not the one the entity holds: the item changed since it was read";
      case CONDITION_FAILED -> "the condition failed";
      case CONTENDED -> "other writers kept winning";
    };
    return action + " of " + (key == null ? "{new auto-increment id}" : Keys.describe(key)) + ": " + what;
  }

  /** A foreign or undecodable item gives no entity, and no second error: the reason stands. */
  private Object decode(Map<String, AttributeValue> stored) {
    if (stored == null) {
      return null;
    }
    try {
      return schema.fromItem(stored);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Long number(AttributeValue v) {
    try {
      return v == null || v.n() == null ? null : Long.valueOf(v.n());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
