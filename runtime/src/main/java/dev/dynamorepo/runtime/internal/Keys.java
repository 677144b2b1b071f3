package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Makes and checks keys: no null or empty values, DynamoDB's key size limits. */
final class Keys {
  private Keys() {}

  static <E> Key<E> make(EntitySchema<E> schema, Object pk, Object sk, boolean hasSort) {
    Map<String, AttributeValue> item = new LinkedHashMap<>(4);
    item.put(schema.partitionKey().name(), encode(schema, schema.partitionKey(), pk, ItemChecks.MAX_PARTITION_KEY_BYTES));
    if (hasSort) {
      item.put(schema.sortKey().name(), encode(schema, schema.sortKey(), sk, ItemChecks.MAX_SORT_KEY_BYTES));
    }
    return new Key<>(schema.tableName(), item);
  }

  /** Checks the key attributes of an item about to be written. */
  static <E> Key<E> fromItem(EntitySchema<E> schema, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    String pk = schema.partitionKey().name();
    key.put(pk, ItemChecks.checkKey(schema.tableName(), pk, item.get(pk), ItemChecks.MAX_PARTITION_KEY_BYTES));
    if (schema.sortKey() != null) {
      String sk = schema.sortKey().name();
      key.put(sk, ItemChecks.checkKey(schema.tableName(), sk, item.get(sk), ItemChecks.MAX_SORT_KEY_BYTES));
    }
    return new Key<>(schema.tableName(), key);
  }

  @SuppressWarnings("unchecked")
  /** Encodes a key value with its attribute's codec and checks it; queries use it for index keys too. */
  static <E> AttributeValue encode(EntitySchema<E> schema, AttributePath<E, ?> attribute, Object value, int limit) {
    AttributeValue encoded = value == null ? null : ((Codec<Object>) attribute.codec()).encode(value);
    return ItemChecks.checkKey(schema.tableName(), attribute.name(), encoded, limit);
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
