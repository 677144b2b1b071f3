package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a repository runs on, fixed when it is made: the connection's engine, the generated
 * schema, the physical table, the lifecycle and the auto-increment counter. It does nothing by
 * itself: each operation class ({@link GetItem}, {@link PutItem}, {@link UpdateItem},
 * {@link DeleteItem}, {@link BatchGet}, {@link Paging}, {@link BatchWrite}, {@link Tables}) takes
 * it and owns its operation's whole path.
 *
 * @param <E> the entity type
 */
public final class TableContext<E> {
  private final Engine engine;
  private final EntitySchema<E> schema;
  private final String table;
  private final String pk;
  private final AutoIncrement<E> autoIncrement;
  private final Lifecycle lifecycle;

  /**
   * The context of a schema on a table.
   *
   * @param engine the connection's engine
   * @param schema the generated schema
   * @param table the physical table name
   */
  public TableContext(Engine engine, EntitySchema<E> schema, String table) {
    this.engine = engine;
    this.schema = schema;
    this.table = table;
    this.pk = schema.partitionKey().name();
    this.autoIncrement = schema.autoIncrement() == null ? null : new AutoIncrement<>(this, engine);
    this.lifecycle = new Lifecycle(schema, java.time.Clock.systemUTC());
  }

  Lifecycle lifecycle() {
    return lifecycle;
  }

  /** @return the schema */
  public EntitySchema<E> schema() {
    return schema;
  }

  /** @return the physical table name */
  public String table() {
    return table;
  }

  /** @return the engine */
  public Engine engine() {
    return engine;
  }

  AutoIncrement<E> autoIncrement() {
    return autoIncrement;
  }

  String partitionKeyName() {
    return pk;
  }

  /** How items are read as {@code P}: the projection's decoder, or the entity's when there is none ({@code P} is {@code E}). */
  @SuppressWarnings("unchecked")
  public <P> Function<Map<String, AttributeValue>, P> decoder(dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return projection == null ? item -> (P) schema.fromItem(item) : item -> schema.fromItem(item, projection);
  }

  /** Encodes an entity; a value the codecs refuse is reported with the table. */
  Map<String, AttributeValue> encode(E entity) {
    java.util.Objects.requireNonNull(entity, "entity");
    try {
      return schema.toItem(entity);
    } catch (DynamoException e) {
      throw new DynamoException("table '" + table + "': " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new DynamoException("table '" + table + "': the " + schema.entityType().getSimpleName()
          + " cannot be encoded: " + e, e);
    }
  }

  /**
   * Refuses a key made for another entity.
   *
   * @param keySchema the schema the key was made with
   * @param key the key, for the message
   */
  public void checkKey(EntitySchema<?> keySchema, Object key) {
    if (keySchema != schema) {
      throw new DynamoException("table '" + table + "': the key " + key + " belongs to " + keySchema.entityType().getSimpleName()
          + " (table '" + keySchema.tableName() + "'), not " + schema.entityType().getSimpleName());
    }
  }
}
