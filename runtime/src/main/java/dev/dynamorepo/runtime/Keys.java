package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Numbers;
import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Makes and checks keys: no null or empty values, DynamoDB's key size limits. */
final class Keys {
  /** DynamoDB's limit on a partition key value, in bytes. */
  static final int MAX_PARTITION_KEY_BYTES = 2048;
  /** DynamoDB's limit on a sort key value, in bytes. */
  static final int MAX_SORT_KEY_BYTES = 1024;

  private Keys() {}

  static <E> Key<E> make(EntitySchema<E> schema, Object pk, Object sk, boolean hasSort) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(4);
    item.put(schema.partitionKey().name(), encode(schema, schema.partitionKey(), pk, MAX_PARTITION_KEY_BYTES));
    if (hasSort) {
      item.put(schema.sortKey().name(), encode(schema, schema.sortKey(), sk, MAX_SORT_KEY_BYTES));
    }
    return new Key<>(schema.tableName(), item);
  }

  /** Checks the key attributes of an item about to be written. */
  static <E> Key<E> fromItem(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    key.put(schema.partitionKey().name(), check(schema, schema.partitionKey(), item.get(schema.partitionKey().name()), MAX_PARTITION_KEY_BYTES));
    if (schema.sortKey() != null) {
      key.put(schema.sortKey().name(), check(schema, schema.sortKey(), item.get(schema.sortKey().name()), MAX_SORT_KEY_BYTES));
    }
    return new Key<>(schema.tableName(), key);
  }

  @SuppressWarnings("unchecked")
  private static <E> AttributeValue encode(EntitySchema<E> schema, KeyAttribute<E, ?> attribute, Object value, int limit) {
    AttributeValue encoded = value == null ? null : ((Codec<Object>) attribute.codec()).encode(value);
    return check(schema, attribute, encoded, limit);
  }

  private static <E> AttributeValue check(EntitySchema<E> schema, KeyAttribute<E, ?> attribute, AttributeValue value, int limit) {
    String where = "table '" + schema.tableName() + "', key attribute '" + attribute.name() + "'";
    if (value == null) {
      throw new DynamoException(where + ": the key value is null; every key attribute needs a value");
    }
    int size = value.s() != null ? value.s().getBytes(StandardCharsets.UTF_8).length
        : value.b() != null ? value.b().asByteArrayUnsafe().length : value.n().length();
    if (size == 0) {
      throw new DynamoException(where + ": the key value is empty; DynamoDB refuses empty string and binary keys");
    }
    if (size > limit) {
      throw new DynamoException(where + ": the key value is " + size + " bytes, over DynamoDB's limit of " + limit + " bytes");
    }
    if (value.n() != null) {
      Numbers.check(value.n(), where);
    }
    return value;
  }

  static String describe(Map<String, AttributeValue> key) {
    StringBuilder out = new StringBuilder("{");
    key.forEach((name, v) -> out.append(out.length() > 1 ? ", " : "").append(name).append('=').append(text(v)));
    return out.append('}').toString();
  }

  private static String text(AttributeValue v) {
    if (v.s() != null) {
      return v.s();
    }
    return v.n() != null ? v.n() : "<" + v.b().asByteArrayUnsafe().length + " bytes>";
  }
}
