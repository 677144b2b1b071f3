package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.VersionAttribute;
import dev.dynamorepo.runtime.support.EntitySchema.AutoIncrementSpec;
import dev.dynamorepo.runtime.support.EntitySchema.IdStrategy;
import dev.dynamorepo.runtime.support.EntitySchema.IndexSpec;
import dev.dynamorepo.runtime.support.EntitySchema.Mapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds an {@link EntitySchema}; generated {@code <Entity>Schema} classes start one with
 * {@link EntitySchema#builder} and give it the entity's keys, attributes and mapping. The fields
 * are what {@link #build()} hands the schema's constructor.
 *
 * <pre>{@code
 * EntitySchema<Order> schema = EntitySchema.builder(Order.class, "orders")
 *     .partitionKey(CUSTOMER_ID).sortKey(ORDER_ID)
 *     .attributes(CUSTOMER_ID, ORDER_ID, TOTAL_CENTS)
 *     .index("byStatus", STATUS, PLACED_AT)
 *     .mapper(new Mapping())
 *     .build();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class EntitySchemaBuilder<E> {
  final Class<E> entityType;
  final String tableName;
  KeyAttribute<E, ?> partitionKey;
  KeyAttribute<E, ?> sortKey;
  final List<AttributePath<E, ?>> attributes = new ArrayList<>();
  AutoIncrementSpec autoIncrement;
  VersionAttribute<E, ?> version;
  final List<IndexSpec<E>> indexes = new ArrayList<>();
  Mapper<E> mapper;
  AttributePath<E, ?> timeToLive;
  String tableTimeToLive;
  long lifetimeSeconds;
  AttributePath<E, ?> createdAt;
  AttributePath<E, ?> updatedAt;
  IdStrategy generatedId;
  String discriminator;
  String typeValue;
  final List<String> knownTypes = new ArrayList<>();
  final List<KeyTemplate<E>> templates = new ArrayList<>();

  /** A builder of the schema of {@code entityType} on the table {@code tableName}; see {@link EntitySchema#builder}. */
  EntitySchemaBuilder(Class<E> entityType, String tableName) {
    this.entityType = entityType;
    this.tableName = tableName;
  }

  /** @param key the partition key @return this */
  public EntitySchemaBuilder<E> partitionKey(KeyAttribute<E, ?> key) {
    this.partitionKey = key;
    return this;
  }

  /** @param key the sort key @return this */
  public EntitySchemaBuilder<E> sortKey(KeyAttribute<E, ?> key) {
    this.sortKey = key;
    return this;
  }

  /** @param all every stored attribute in declaration order @return this */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final EntitySchemaBuilder<E> attributes(AttributePath<E, ?>... all) {
    this.attributes.addAll(List.of(all));
    return this;
  }

  /** @param gapless see {@link AutoIncrementSpec} @param blockSize see {@link AutoIncrementSpec} @return this */
  public EntitySchemaBuilder<E> autoIncrement(boolean gapless, int blockSize) {
    this.autoIncrement = new AutoIncrementSpec(gapless, blockSize);
    return this;
  }

  /** @param attribute the TTL attribute @param lifetimeSeconds default lifetime, 0 for none @return this */
  public EntitySchemaBuilder<E> timeToLive(AttributePath<E, ?> attribute, long lifetimeSeconds) {
    this.timeToLive = attribute;
    this.lifetimeSeconds = lifetimeSeconds;
    return this;
  }

  /**
   * The TTL attribute of the table when this entity declares none: in a single-table design,
   * the stored name of the {@code @TimeToLive} attribute another entity of the design declares.
   *
   * @param attribute the stored attribute name
   * @return this
   */
  public EntitySchemaBuilder<E> tableTimeToLive(String attribute) {
    this.tableTimeToLive = Objects.requireNonNull(attribute, "attribute");
    return this;
  }

  /** @param attribute the created-at attribute @return this */
  public EntitySchemaBuilder<E> createdAt(AttributePath<E, ?> attribute) {
    this.createdAt = attribute;
    return this;
  }

  /** @param attribute the updated-at attribute @return this */
  public EntitySchemaBuilder<E> updatedAt(AttributePath<E, ?> attribute) {
    this.updatedAt = attribute;
    return this;
  }

  /** @param strategy how a null partition key is generated on put @return this */
  public EntitySchemaBuilder<E> generatedId(IdStrategy strategy) {
    this.generatedId = strategy;
    return this;
  }

  /**
   * Makes the schema one entity type of a single-table design, or a whole table's view.
   *
   * @param attribute the attribute that holds each item's type
   * @param type this entity's type, or null for the view of the whole table
   * @return this
   */
  public EntitySchemaBuilder<E> discriminator(String attribute, String type) {
    this.discriminator = Objects.requireNonNull(attribute, "attribute");
    this.typeValue = type;
    return this;
  }

  /**
   * The entity types of a whole single-table design, for reads that skip the others.
   *
   * @param types every entity's discriminator value
   * @return this
   */
  public EntitySchemaBuilder<E> knownTypes(String... types) {
    this.knownTypes.addAll(List.of(types));
    return this;
  }

  /**
   * The key templates of a single-table entity: the table's keys and its index keys.
   *
   * @param all one template per composed attribute
   * @return this
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final EntitySchemaBuilder<E> templates(KeyTemplate<E>... all) {
    this.templates.addAll(List.of(all));
    return this;
  }

  /** @param attribute the version attribute @return this */
  public EntitySchemaBuilder<E> version(VersionAttribute<E, ?> attribute) {
    this.version = attribute;
    return this;
  }

  /**
   * Declares a secondary index.
   *
   * @param name the index name
   * @param indexPartitionKey its partition key, or null for a local index
   * @param indexSortKey its sort key, or null
   * @return this
   */
  public EntitySchemaBuilder<E> index(String name, AttributePath<E, ?> indexPartitionKey, AttributePath<E, ?> indexSortKey) {
    this.indexes.add(new IndexSpec<>(name, indexPartitionKey, indexSortKey));
    return this;
  }

  /**
   * Declares a global index whose key has several attributes (up to four partition and four sort
   * attributes, DynamoDB's multi-attribute keys), each stored as itself.
   *
   * @param name the index name
   * @param partitionKeys its partition key attributes, in key order
   * @param sortKeys its sort key attributes, in key order, possibly empty
   * @return this
   */
  public EntitySchemaBuilder<E> multiIndex(String name, List<AttributePath<E, ?>> partitionKeys, List<AttributePath<E, ?>> sortKeys) {
    this.indexes.add(new IndexSpec<>(name, List.copyOf(partitionKeys), List.copyOf(sortKeys)));
    return this;
  }

  /**
   * The generated mapping as one class (generated schemas pass a nested {@code Mapping}): no
   * method references, so no lambda bootstrap runs before the first item.
   *
   * @param mapper the generated toItem and fromItem
   * @return this
   */
  public EntitySchemaBuilder<E> mapper(Mapper<E> mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    return this;
  }

  /** @param encoder the generated toItem @param decoder the generated fromItem @return this */
  public EntitySchemaBuilder<E> mapper(Function<E, Map<String, AttributeValue>> encoder, Function<Map<String, AttributeValue>, E> decoder) {
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(decoder, "decoder");
    this.mapper = new Mapper<>() {
      @Override
      public Map<String, AttributeValue> toItem(E entity) {
        return encoder.apply(entity);
      }

      @Override
      public E fromItem(Map<String, AttributeValue> item) {
        return decoder.apply(item);
      }
    };
    return this;
  }

  /** @return the schema */
  public EntitySchema<E> build() {
    return new EntitySchema<>(this);
  }
}
