package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableMetadata;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Adapts an {@link EntitySchema} to the Enhanced Client's {@link TableSchema}, so that
 * {@code DynamoDbEnhancedClient} users can adopt a generated schema directly:
 * {@code enhanced.table("orders", OrderSchema.tableSchema())}. Mapping runs the generated code.
 *
 * @param <E> the entity type
 */
final class GeneratedTableSchema<E> implements TableSchema<E> {
  private final EntitySchema<E> schema;
  private final TableMetadata metadata;
  private final List<String> attributeNames;

  static <E> TableSchema<E> of(EntitySchema<E> schema) {
    return new GeneratedTableSchema<>(schema);
  }

  private GeneratedTableSchema(EntitySchema<E> schema) {
    this.schema = schema;
    this.metadata = metadataOf(schema);
    List<String> names = new ArrayList<>();
    schema.attributes().forEach(a -> names.add(a.name()));
    this.attributeNames = List.copyOf(names);
  }

  private static <E> TableMetadata metadataOf(EntitySchema<E> schema) {
    StaticTableMetadata.Builder b = StaticTableMetadata.builder();
    String primary = TableMetadata.primaryIndexName();
    b.addIndexPartitionKey(primary, schema.partitionKey().name(), valueType(schema.partitionKey()));
    if (schema.sortKey() != null) {
      b.addIndexSortKey(primary, schema.sortKey().name(), valueType(schema.sortKey()));
    }
    for (EntitySchema.IndexSpec<E> index : schema.indexes()) {
      AttributePath<E, ?> pk = index.global() ? index.partitionKey() : schema.partitionKey();
      b.addIndexPartitionKey(index.name(), pk.name(), valueType(pk));
      if (index.sortKey() != null) {
        b.addIndexSortKey(index.name(), index.sortKey().name(), valueType(index.sortKey()));
      }
    }
    return b.build();
  }

  private static AttributeValueType valueType(AttributePath<?, ?> key) {
    return AttributeValueType.valueOf(key.codec().storedType().name());
  }

  @Override
  public E mapToItem(Map<String, AttributeValue> attributeMap) {
    return attributeMap == null ? null : schema.fromItem(attributeMap);
  }

  @Override
  public Map<String, AttributeValue> itemToMap(E item, boolean ignoreNulls) {
    Map<String, AttributeValue> map = schema.toItem(item);
    if (ignoreNulls) {
      return map;
    }
    Map<String, AttributeValue> withNulls = new HashMap<>(map);
    attributeNames.forEach(n -> withNulls.putIfAbsent(n, AttributeValue.fromNul(true)));
    return withNulls;
  }

  @Override
  public Map<String, AttributeValue> itemToMap(E item, Collection<String> attributes) {
    Map<String, AttributeValue> all = schema.toItem(item);
    Map<String, AttributeValue> out = new HashMap<>();
    for (String name : attributes) {
      out.put(name, all.getOrDefault(name, AttributeValue.fromNul(true)));
    }
    return out;
  }

  @Override
  public AttributeValue attributeValue(E item, String attributeName) {
    return schema.toItem(item).get(attributeName);
  }

  @Override
  public TableMetadata tableMetadata() {
    return metadata;
  }

  @Override
  public EnhancedType<E> itemType() {
    return EnhancedType.of(schema.entityType());
  }

  @Override
  public List<String> attributeNames() {
    return attributeNames;
  }

  @Override
  public boolean isAbstract() {
    return false;
  }
}
