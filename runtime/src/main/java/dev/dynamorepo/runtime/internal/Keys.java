package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Makes and checks keys: no null or empty values, DynamoDB's key size limits. */
public final class Keys {
  private Keys() {}

  /**
   * The checked key attributes of a key made from its values.
   *
   * @param schema the entity's schema
   * @param pk the partition key value
   * @param sk the sort key value (ignored when the table has no sort key)
   * @param <E> the entity type
   * @return the key attributes, partition key first
   */
  public static <E> Map<String, AttributeValue> make(EntitySchema<E> schema, Object pk, Object sk) {
    return make(schema, schema.tableName(), pk, sk);
  }

  /**
   * The checked key attributes of a key made from its values, for a table of another name.
   *
   * @param schema the entity's schema
   * @param table the physical table, for messages
   * @param pk the partition key value
   * @param sk the sort key value (ignored when the table has no sort key)
   * @param <E> the entity type
   * @return the key attributes, partition key first
   */
  public static <E> Map<String, AttributeValue> make(EntitySchema<E> schema, String table, Object pk, Object sk) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    key.put(schema.partitionKey().name(), encode(schema, table, schema.partitionKey(), pk, ItemChecks.MAX_PARTITION_KEY_BYTES));
    if (schema.sortKey() != null) {
      key.put(schema.sortKey().name(), encode(schema, table, schema.sortKey(), sk, ItemChecks.MAX_SORT_KEY_BYTES));
    }
    return key;
  }

  /**
   * Checks the key attributes of an item about to be written.
   *
   * @param schema the entity's schema
   * @param table the table, for messages
   * @param item the item
   * @param <E> the entity type
   * @return the key attributes, partition key first
   */
  public static <E> Map<String, AttributeValue> fromItem(EntitySchema<E> schema, String table, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>(4);
    String pk = schema.partitionKey().name();
    key.put(pk, ItemChecks.checkKey(table, pk, item.get(pk), ItemChecks.MAX_PARTITION_KEY_BYTES));
    if (schema.sortKey() != null) {
      String sk = schema.sortKey().name();
      key.put(sk, ItemChecks.checkKey(table, sk, item.get(sk), ItemChecks.MAX_SORT_KEY_BYTES));
    }
    return key;
  }

  /**
   * Encodes a key value with its attribute's codec and checks it; queries use it for index keys too.
   *
   * @param schema the entity's schema
   * @param attribute the key attribute
   * @param value the Java value
   * @param limit the size limit in bytes
   * @param <E> the entity type
   * @return the checked value
   */
  public static <E> AttributeValue encode(EntitySchema<E> schema, AttributePath<E, ?> attribute, Object value, int limit) {
    return encode(schema, schema.tableName(), attribute, value, limit);
  }

  @SuppressWarnings("unchecked")
  private static <E> AttributeValue encode(EntitySchema<E> schema, String table, AttributePath<E, ?> attribute, Object value,
      int limit) {
    AttributeValue encoded;
    try {
      encoded = value == null ? null : ((Codec<Object>) attribute.codec()).encode(value);
    } catch (ClassCastException e) {
      throw new dev.dynamorepo.runtime.DynamoException("table '" + table + "', key attribute '"
          + attribute.name() + "': a " + value.getClass().getSimpleName() + " is not a value of this key", e);
    }
    return ItemChecks.checkKey(table, attribute.name(), encoded, limit);
  }

  /**
   * A key as DynamoDB compares it: numbers by value, so {@code 7.0} and {@code 7.00} are one key.
   *
   * @param key the key attributes
   * @return a map to compare keys with
   */
  public static Map<String, Object> normalized(Map<String, AttributeValue> key) {
    Map<String, Object> out = new LinkedHashMap<>(4);
    key.forEach((name, v) -> out.put(name, v.n() != null ? Numbers.normalized(v.n()) : v));
    return out;
  }

  /**
   * A key as {@code {name=value, ...}} for messages.
   *
   * @param key the key attributes
   * @return the text
   */
  public static String describe(Map<String, AttributeValue> key) {
    StringBuilder out = new StringBuilder("{");
    key.forEach((name, v) -> out.append(out.length() > 1 ? ", " : "").append(name).append('=').append(text(v)));
    return out.append('}').toString();
  }

  private static String text(AttributeValue v) {
    if (v == null) {
      return "(missing)";
    } else if (v.s() != null) {
      return v.s();
    } else if (v.n() != null) {
      return v.n();
    }
    // never a value of another type: a mistyped key attribute may hold anything
    return v.b() != null ? "<" + v.b().asByteArrayUnsafe().length + " bytes>" : "<stored as " + v.type() + ">";
  }
}
