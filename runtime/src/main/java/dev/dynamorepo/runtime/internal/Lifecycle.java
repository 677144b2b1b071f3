package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes the runtime writes by itself, on every write path (put, update, partial
 * update, upsert, transactions, bulk writes): generated ids, created-at (set on create, never
 * overwritten: {@code if_not_exists}), updated-at (every write), and a default TTL.
 */
final class Lifecycle {
  private final EntitySchema<?> schema;
  private final Clock clock;

  Lifecycle(EntitySchema<?> schema, Clock clock) {
    this.schema = schema;
    this.clock = clock;
  }

  /** A create (put, bulk overwrite): an id for a null generated key, created-at, updated-at, TTL. */
  void onCreate(Map<String, AttributeValue> item) {
    Instant now = clock.instant();
    String pk = schema.partitionKey().name();
    if (schema.generatedId() != null && item.get(pk) == null) {
      item.put(pk, AttributeValue.fromS(newId(now)));
    }
    if (schema.createdAt() != null) {
      item.putIfAbsent(schema.createdAt().name(), encode(schema.createdAt().codec(), now));
    }
    onWrite(item, now);
  }

  /** A ULID from the process's one monotonic generator (ids made in one millisecond still sort), or a UUID. */
  private String newId(Instant now) {
    return schema.generatedId() == EntitySchema.IdStrategy.ULID ? Ulids.PROCESS.next(now.toEpochMilli()) : UUID.randomUUID().toString();
  }

  /**
   * A whole-item update or upsert: updated-at and TTL in the item; created-at leaves the item and
   * is returned as the clause that sets it only if the stored item has none.
   */
  Expr onReplace(Map<String, AttributeValue> item) {
    Instant now = clock.instant();
    onWrite(item, now);
    if (schema.createdAt() == null) {
      return null;
    }
    String name = schema.createdAt().name();
    AttributeValue given = item.remove(name);
    AttributeValue value = given != null ? given : encode(schema.createdAt().codec(), now);
    return ctx -> ctx.name(name) + " = if_not_exists(" + ctx.name(name) + ", " + ctx.value(value) + ")";
  }

  /** A partial update: updated-at. */
  void onPartial(UpdateClauses clauses) {
    if (schema.updatedAt() != null) {
      String name = schema.updatedAt().name();
      AttributeValue now = encode(schema.updatedAt().codec(), clock.instant());
      clauses.set(ctx -> ctx.name(name) + " = " + ctx.value(now));
    }
  }

  private void onWrite(Map<String, AttributeValue> item, Instant now) {
    if (schema.updatedAt() != null) {
      item.put(schema.updatedAt().name(), encode(schema.updatedAt().codec(), now));
    }
    if (schema.timeToLive() != null && schema.lifetimeSeconds() > 0) {
      item.putIfAbsent(schema.timeToLive().name(), AttributeValue.fromN(Long.toString(now.getEpochSecond() + schema.lifetimeSeconds())));
    }
  }

  @SuppressWarnings("unchecked")
  private static AttributeValue encode(Codec<?> codec, Instant now) {
    return ((Codec<Instant>) codec).encode(now);
  }
}
