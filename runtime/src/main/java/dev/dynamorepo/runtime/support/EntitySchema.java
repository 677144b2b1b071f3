package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.VersionAttribute;
import dev.dynamorepo.runtime.internal.Keys;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything the runtime knows about one entity: its table, keys, attributes, optional
 * auto-increment and version attributes, secondary indexes, and the generated item mapping.
 * Generated {@code <Entity>Schema} classes build one; the runtime never reflects on entities.
 *
 * <pre>{@code
 * static final EntitySchema<Order> SCHEMA = EntitySchema.builder(Order.class, "orders")
 *     .partitionKey(CUSTOMER_ID).sortKey(ORDER_ID)
 *     .attributes(CUSTOMER_ID, ORDER_ID, TOTAL_CENTS)
 *     .mapper(new Mapping())                     // a generated EntitySchema.Mapper
 *     .build();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class EntitySchema<E> {
  private final Class<E> entityType;
  private final String tableName;
  private final KeyAttribute<E, ?> partitionKey;
  private final KeyAttribute<E, ?> sortKey;
  private final List<AttributePath<E, ?>> attributes;
  private final AutoIncrementSpec autoIncrement;
  private final VersionAttribute<E, ?> version;
  private final List<String> valueAttributeNames;
  private final AttributePath<E, ?> timeToLive;
  private final String tableTimeToLive;
  private final long lifetimeSeconds;
  private final AttributePath<E, ?> createdAt;
  private final AttributePath<E, ?> updatedAt;
  private final IdStrategy generatedId;
  private final List<IndexSpec<E>> indexes;
  private final Mapper<E> mapper;
  private final SingleTableParts<E> single;
  private volatile TableSchema<E> tableSchema;

  /** The schema the builder describes; {@link EntitySchemaBuilder#build} calls this. */
  EntitySchema(EntitySchemaBuilder<E> b) {
    this.entityType = b.entityType;
    this.tableName = b.tableName;
    this.partitionKey = Objects.requireNonNull(b.partitionKey, "partitionKey");
    this.sortKey = b.sortKey;
    this.attributes = List.copyOf(b.attributes);
    this.autoIncrement = b.autoIncrement;
    this.version = b.version;
    this.indexes = List.copyOf(b.indexes);
    this.mapper = Objects.requireNonNull(b.mapper, "mapper");
    this.timeToLive = b.timeToLive;
    this.tableTimeToLive = b.timeToLive != null ? b.timeToLive.name() : b.tableTimeToLive;
    this.lifetimeSeconds = b.lifetimeSeconds;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.generatedId = b.generatedId;
    this.single = new SingleTableParts<>(b.discriminator, b.typeValue, b.knownTypes, b.templates, partitionKey.name(),
        sortKey == null ? null : sortKey.name());
    this.valueAttributeNames = single.valueNames(attributes);
  }

  /**
   * Starts a schema.
   *
   * @param entityType the entity class
   * @param tableName the table name
   * @param <E> the entity type
   * @return a builder
   */
  public static <E> EntitySchemaBuilder<E> builder(Class<E> entityType, String tableName) {
    return new EntitySchemaBuilder<>(entityType, tableName);
  }

  /** @return the entity class */
  public Class<E> entityType() {
    return entityType;
  }

  /** @return the table name */
  public String tableName() {
    return tableName;
  }

  /** @return the partition key attribute */
  public KeyAttribute<E, ?> partitionKey() {
    return partitionKey;
  }

  /** @return the sort key attribute, or null when the table has none */
  public KeyAttribute<E, ?> sortKey() {
    return sortKey;
  }

  /** @return every stored attribute, keys first, in declaration order */
  public List<AttributePath<E, ?>> attributes() {
    return attributes;
  }

  /** @return the auto-increment settings of the partition key, or null */
  public AutoIncrementSpec autoIncrement() {
    return autoIncrement;
  }

  /** @return the optimistic-locking version attribute, or null */
  public VersionAttribute<E, ?> version() {
    return version;
  }

  /** @return the {@code @TimeToLive} attribute (stored as N epoch seconds), or null */
  public AttributePath<E, ?> timeToLive() {
    return timeToLive;
  }

  /**
   * The attribute DynamoDB's TTL reads on this entity's table: its own {@code @TimeToLive}, or in a
   * single-table design the one another entity of the design declares; {@code createTable()}
   * enables it.
   *
   * <pre>{@code
   * String ttl = CustomerSchema.SCHEMA.tableTimeToLive();   // "expiresAt", declared by Session
   * }</pre>
   *
   * @return the stored attribute name, or null when the table has none
   */
  public String tableTimeToLive() {
    return tableTimeToLive;
  }

  /** @return the default lifetime in seconds set on writes without an expiry, 0 for none */
  public long lifetimeSeconds() {
    return lifetimeSeconds;
  }

  /** @return the {@code @CreatedAt} attribute, or null */
  public AttributePath<E, ?> createdAt() {
    return createdAt;
  }

  /** @return the {@code @UpdatedAt} attribute, or null */
  public AttributePath<E, ?> updatedAt() {
    return updatedAt;
  }

  /** @return how a null partition key is generated on put, or null when it is not */
  public IdStrategy generatedId() {
    return generatedId;
  }

  /**
   * The item mapping a generated schema provides.
   *
   * @param <E> the entity type
   */
  public interface Mapper<E> {
    /** @param entity the entity @return a new, mutable item */
    Map<String, AttributeValue> toItem(E entity);

    /** @param item a stored item @return the entity */
    E fromItem(Map<String, AttributeValue> item);
  }

  /** How {@code @GeneratedId} keys are made. */
  public enum IdStrategy {
    /** A random UUID. */
    UUID,
    /** A time-ordered ULID. */
    ULID
  }

  /** @return the stored names of every non-key attribute, in declaration order */
  public List<String> valueAttributeNames() {
    return valueAttributeNames;
  }

  /**
   * The checked key of a table without a sort key; generated {@code key(pk)} methods call this.
   *
   * @param partitionValue the partition key value
   * @return the key
   * @throws DynamoException when the value is null, empty, too long or the table has a sort key
   */
  public Key<E> key(Object partitionValue) {
    if (sortKey != null) {
      throw new DynamoException("table '" + tableName + "': the key needs a sort key value for '" + sortKey.name() + "' too");
    }
    return new Key<>(Access.TOKEN, this, Keys.make(this, partitionValue, null));
  }

  /**
   * The checked key of a table with a sort key; generated {@code key(pk, sk)} methods call this.
   *
   * @param partitionValue the partition key value
   * @param sortValue the sort key value
   * @return the key
   * @throws DynamoException when a value is null, empty or too long
   */
  public Key<E> key(Object partitionValue, Object sortValue) {
    if (sortKey == null) {
      throw new DynamoException("table '" + tableName + "': the table has no sort key; make the key from the partition key alone");
    }
    return new Key<>(Access.TOKEN, this, Keys.make(this, partitionValue, sortValue));
  }

  /**
   * The checked key of a single-table entity, composed by its key templates; generated
   * {@code key(...)} methods call this.
   *
   * @param values the partition template's component values, then the sort template's, in
   *     template order (a component in both templates is given twice)
   * @return the key
   * @throws DynamoException when a value is null, empty, holds a separator or the key is too long
   */
  public Key<E> templateKey(Object... values) {
    return templateKeyIn(tableName, values);
  }

  /**
   * {@link #templateKey} for a repository on a table of another name (a {@code TableNames}
   * prefix, or one given to its constructor), which messages then name; generated
   * {@code key(...)} methods call this with their repository's table.
   *
   * <pre>{@code
   * Key<Order> key = OrderSchema.SCHEMA.templateKeyIn("shop-dev", "alice", placedAt, "o-101");
   * }</pre>
   *
   * @param table the physical table, for messages
   * @param values as for {@link #templateKey}
   * @return the key
   * @throws DynamoException when a value is null, empty, holds a separator or the key is too long
   */
  public Key<E> templateKeyIn(String table, Object... values) {
    String[] keys = single.keys(values, table, entityType.getSimpleName());
    return new Key<>(Access.TOKEN, this, Keys.make(this, table, keys[0], keys[1]));
  }

  /**
   * The template that composes a physical attribute.
   *
   * @param attribute the attribute, such as {@code "sk"} or {@code "gsi1pk"}
   * @return the template, or null
   */
  public KeyTemplate<E> template(String attribute) {
    return single.template(attribute);
  }

  /** @return the key templates of a single-table entity, empty for a table of its own */
  public List<KeyTemplate<E>> templates() {
    return single.templates();
  }

  /** @return the attribute that holds each item's entity type in a single-table design, or null */
  public String discriminator() {
    return single.discriminator();
  }

  /** @return a whole single-table design's entity types (its discriminator values); empty otherwise */
  public List<String> knownTypes() {
    return single.knownTypes();
  }

  /** @return this entity's type in its single-table design, or null (also for a whole table's view) */
  public String typeValue() {
    return single.typeValue();
  }

  /** @return the secondary indexes */
  public List<IndexSpec<E>> indexes() {
    return indexes;
  }

  /**
   * The generated encoder.
   *
   * @param entity the entity
   * @return a new, mutable item (the runtime adds to it, such as the version); null attributes and
   *     empty sets are left out
   */
  public Map<String, AttributeValue> toItem(E entity) {
    Map<String, AttributeValue> item = mapper.toItem(entity);
    if (single.entity()) {
      single.compose(item, indexes, entityType.getSimpleName());
    }
    return item;
  }

  /**
   * The generated decoder.
   *
   * @param item a stored item
   * @return the entity; missing attributes are null (or the primitive's zero); for a whole
   *     single-table design's view, null when the item's type names no entity of it
   * @throws DynamoException when a single-table entity's item holds another entity's type, or an
   *     attribute is stored as another type than the entity's (naming the table, the item's key,
   *     the attribute's path and both types, never the value) or is no value of its Java type
   * @throws dev.dynamorepo.runtime.InconsistentItemException when its template attributes do not
   *     compose its own keys
   */
  public E fromItem(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> readable = single.entity() ? single.readable(item, tableName, entityType.getSimpleName()) : item;
    try {
      return mapper.fromItem(readable);
    } catch (DecodeFailure f) {
      throw f.describe(tableName, single.describeKey(readable), readable);
    }
  }

  /**
   * Decodes a projection of one of this entity's items, refusing what it cannot read as
   * {@link #fromItem} does.
   *
   * <pre>{@code
   * OrderSummary s = OrderSchema.SCHEMA.fromItem(item, OrderSummarySchema.PROJECTION);
   * }</pre>
   *
   * @param item the projected item
   * @param projection the projection
   * @param <P> the projection type
   * @return the projection
   * @throws DynamoException when an attribute cannot be read
   */
  public <P> P fromItem(Map<String, AttributeValue> item, ProjectionSchema<E, P> projection) {
    try {
      return projection.fromItem(item);
    } catch (DecodeFailure f) {
      throw f.describe(tableName, single.describeKey(item), item);
    }
  }

  /**
   * An Enhanced Client {@code TableSchema} backed by this schema's generated code, created once.
   *
   * @return the table schema
   */
  public TableSchema<E> tableSchema() {
    TableSchema<E> result = tableSchema;
    if (result == null) {
      result = GeneratedTableSchema.of(this); // via a factory: verifying this class loads no Enhanced Client type
      tableSchema = result;
    }
    return result;
  }

  /**
   * Auto-increment settings of a partition key.
   *
   * @param gapless ids issued in the same transaction as the item (no gaps)
   * @param blockSize ids reserved per counter update when not gapless
   */
  public record AutoIncrementSpec(boolean gapless, int blockSize) {}

  /**
   * A secondary index: global when it has its own partition key, local otherwise. A global index
   * may have up to four partition and four sort key attributes (DynamoDB's multi-attribute keys):
   * a query gives every partition attribute and the sort attributes from the left.
   *
   * @param name the index name
   * @param partitionKeys the index partition key attributes, empty for a local index
   * @param sortKeys the index sort key attributes, possibly empty
   * @param <E> the entity type
   */
  public record IndexSpec<E>(String name, List<AttributePath<E, ?>> partitionKeys, List<AttributePath<E, ?>> sortKeys) {
    /**
     * A single-attribute index.
     *
     * @param name the index name
     * @param partitionKey the partition key, or null for a local index
     * @param sortKey the sort key, or null
     */
    public IndexSpec(String name, AttributePath<E, ?> partitionKey, AttributePath<E, ?> sortKey) {
      this(name, partitionKey == null ? List.of() : List.of(partitionKey), sortKey == null ? List.of() : List.of(sortKey));
    }

    /** @return true for a global secondary index */
    public boolean global() {
      return !partitionKeys.isEmpty();
    }

    /** @return the (first) partition key attribute, or null for a local index */
    public AttributePath<E, ?> partitionKey() {
      return partitionKeys.isEmpty() ? null : partitionKeys.get(0);
    }

    /** @return the (first) sort key attribute, or null */
    public AttributePath<E, ?> sortKey() {
      return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }
  }
}
