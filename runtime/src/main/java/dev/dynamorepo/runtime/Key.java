package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Keys;
import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The primary key of one item of entity {@code E}, made by a generated repository's
 * {@code key(pk[, sk])} and checked when it is made (no null or empty values, DynamoDB's key size
 * limits), for bulk and transaction calls.
 *
 * <pre>{@code
 * orders.deleteAll(List.of(orders.key("alice", "o-2"), orders.key("bob", "o-3")));
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Key<E> {
  private final EntitySchema<E> schema;
  private final Map<String, AttributeValue> attributes;

  /**
   * A checked key; made by {@code EntitySchema.key(...)} only.
   *
   * @param access the support package's token
   * @param schema the entity's schema
   * @param attributes the checked key attributes, partition key first
   */
  public Key(Access access, EntitySchema<E> schema, Map<String, AttributeValue> attributes) {
    Access.check(access);
    this.schema = Objects.requireNonNull(schema, "schema");
    // Partition key first, then sort key: messages and cursors print keys in that order.
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** @return the schema of the entity this key names */
  public EntitySchema<E> schema() {
    return schema;
  }

  /** @return the entity's logical table name, as declared in {@code @Table} */
  public String table() {
    return schema.tableName();
  }

  /** @return the key as DynamoDB's {@code Key} map: one or two attributes, unmodifiable */
  public Map<String, AttributeValue> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key<?> k && k.schema == schema && k.attributes.equals(attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schema.tableName(), attributes);
  }

  /** @return the key as {@code {name=value, ...}} for messages */
  @Override
  public String toString() {
    return Keys.describe(attributes);
  }
}
