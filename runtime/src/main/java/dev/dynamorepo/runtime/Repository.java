package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operations every generated {@code <Entity>Repository} offers. Generated subclasses add the
 * typed key methods ({@code get(pk[, sk])}, {@code update(pk[, sk])}, {@code delete(pk[, sk])},
 * {@code deleteAttributes(pk[, sk], attrs...)}, {@code key(pk[, sk])}).
 *
 * <pre>{@code
 * OrderRepository orders = new OrderRepository(dynamo);
 * orders.createTable();
 * Order saved = orders.put(order);                      // create only
 * Order changed = orders.update(saved, OrderSchema.STATUS.eq(Status.NEW));
 * long n = orders.count();
 * }</pre>
 *
 * <p>Thread-safe: one repository per table can be shared by the whole application.
 *
 * @param <E> the entity type
 */
public abstract class Repository<E> {
  private final DynamoDb dynamo;
  private final EntitySchema<E> schema;
  private final Operations<E> ops;

  /**
   * Binds a schema to a {@link DynamoDb}; called by generated constructors.
   *
   * @param dynamo the connection
   * @param schema the generated schema
   */
  protected Repository(DynamoDb dynamo, EntitySchema<E> schema) {
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.ops = new Operations<>(dynamo, schema);
  }

  /** @return the generated schema of this repository's entity */
  public final EntitySchema<E> schema() {
    return schema;
  }

  /** @return the table name */
  public final String tableName() {
    return schema.tableName();
  }

  /** @return the connection this repository uses */
  public final DynamoDb dynamo() {
    return dynamo;
  }

  /**
   * Creates the table from the schema (on-demand billing, with its secondary indexes) and waits
   * until it is active. A no-op when the table exists with the same key schema; an
   * auto-increment entity also gets its counter table and item.
   *
   * @throws DynamoException when the table exists with different keys (the message names the
   *     difference)
   */
  public void createTable() {
    ops.createTable();
  }

  /**
   * Creates the auto-increment counter table {@code <table>_SysItems} and its counter item at 0
   * when they do not exist (the Python helper's {@code put_atomic_counter}).
   *
   * @throws DynamoException when the entity has no {@code @AutoIncrement} key
   */
  public void initCounter() {
    ops.initCounter();
  }

  /**
   * Creates an item; fails if an item with the same key exists. A null {@code @AutoIncrement} key
   * gets the next id from the counter; a {@code @Version} attribute starts at 1.
   *
   * @param item the new item
   * @return the stored item (with its id and version)
   * @throws ConflictException when the key exists
   */
  public E put(E item) {
    return ops.put(item);
  }

  /**
   * Replaces every non-key attribute of an existing item (null attributes are removed); strict:
   * fails if the item does not exist, and nothing is created.
   *
   * @param item the new state
   * @return the stored item
   * @throws ConflictException when the item does not exist (or its version is stale)
   */
  public E update(E item) {
    return ops.update(item, null, true);
  }

  /**
   * Like {@link #update(Object)}, also conditioned on {@code condition}.
   *
   * @param item the new state
   * @param condition must hold on the stored item
   * @return the stored item
   * @throws ConflictException when the item does not exist or the condition fails
   */
  public E update(E item, Condition<E> condition) {
    return ops.update(item, Objects.requireNonNull(condition, "condition"), true);
  }

  /**
   * Creates the item or replaces the attributes it names, in one UpdateItem.
   *
   * @param item the state to write
   * @return the stored item
   */
  public E upsert(E item) {
    return ops.update(item, null, false);
  }

  /**
   * Like {@link #upsert(Object)}, conditioned on {@code condition} (which, for a missing item, sees
   * every attribute as absent).
   *
   * @param item the state to write
   * @param condition must hold
   * @return the stored item
   * @throws ConflictException when the condition fails
   */
  public E upsert(E item, Condition<E> condition) {
    return ops.update(item, Objects.requireNonNull(condition, "condition"), false);
  }

  /**
   * Reads one item.
   *
   * @param key the key
   * @return the item, or empty
   */
  public Optional<E> get(Key<E> key) {
    return ops.get(key, ReadConsistency.EVENTUAL);
  }

  /**
   * Reads one item with a chosen consistency.
   *
   * @param key the key
   * @param consistency eventual or strong
   * @return the item, or empty
   */
  public Optional<E> get(Key<E> key, ReadConsistency consistency) {
    return ops.get(key, consistency);
  }

  /**
   * Starts a partial update of the named attributes only; strict (the item must exist).
   *
   * @param key the key
   * @return the update to fill in and {@code execute()}
   */
  public UpdateBuilder<E> update(Key<E> key) {
    return new UpdateBuilder<>(ops, key);
  }

  /**
   * Deletes one item.
   *
   * @param key the key
   * @return the old item, if there was one
   */
  public Optional<E> delete(Key<E> key) {
    return ops.delete(key, null);
  }

  /**
   * Deletes one item if a condition holds.
   *
   * @param key the key
   * @param condition must hold on the stored item
   * @return the old item, if there was one
   * @throws ConflictException when the condition fails
   */
  public Optional<E> delete(Key<E> key, Condition<E> condition) {
    return ops.delete(key, Objects.requireNonNull(condition, "condition"));
  }

  /**
   * Deletes the item an entity names; with a {@code @Version} attribute, only if the stored version
   * is still the one the entity holds (optimistic locking on delete, which the Enhanced Client's
   * versioning extension does not check).
   *
   * @param item the entity to delete, as read
   * @return the old item, if there was one
   * @throws ConflictException when the stored version differs
   */
  public Optional<E> delete(E item) {
    return ops.deleteEntity(item, null);
  }

  /**
   * Reads many items with BatchGetItem, in chunks of 100, retrying unprocessed keys.
   *
   * @param keys the keys (duplicates are read once)
   * @return the items that exist, in the order of their keys
   */
  public List<E> getAll(Collection<Key<E>> keys) {
    return ops.getAll(keys, ReadConsistency.EVENTUAL);
  }

  /**
   * Reads many items with a chosen consistency.
   *
   * @param keys the keys
   * @param consistency eventual or strong
   * @return the items that exist, in the order of their keys
   */
  public List<E> getAll(Collection<Key<E>> keys, ReadConsistency consistency) {
    return ops.getAll(keys, consistency);
  }

  /**
   * Deletes many items, issued concurrently (bounded), not one after another.
   *
   * @param keys the keys
   * @return the old items that existed, in input order
   */
  public List<E> deleteAll(Collection<Key<E>> keys) {
    return ops.deleteAll(keys);
  }

  /**
   * Removes attributes from an existing item.
   *
   * @param key the key
   * @param attributes non-key attributes to remove
   * @return the item after removal
   * @throws ConflictException when the item does not exist
   */
  public E deleteAttributes(Key<E> key, List<ValueAttribute<E, ?>> attributes) {
    return ops.deleteAttributes(key, attributes);
  }

  /**
   * Every item of the table, read lazily page by page as the stream is consumed.
   *
   * @return the items; close the stream or consume it fully
   */
  public Stream<E> scan() {
    return ops.scan();
  }

  /**
   * Counts the table's items with {@code Select=COUNT} over every page; no items are
   * transferred.
   *
   * @return the item count
   */
  public long count() {
    return ops.count();
  }

  /**
   * Makes a key from its values; generated {@code key(...)} methods call this.
   *
   * @param partitionKey the partition key value
   * @return the checked key
   * @throws DynamoException when the value is null, empty or too long
   */
  protected final Key<E> newKey(Object partitionKey) {
    return Keys.make(schema, partitionKey, null, false);
  }

  /**
   * Makes a key from its values; generated {@code key(...)} methods call this.
   *
   * @param partitionKey the partition key value
   * @param sortKey the sort key value
   * @return the checked key
   * @throws DynamoException when a value is null, empty or too long
   */
  protected final Key<E> newKey(Object partitionKey, Object sortKey) {
    return Keys.make(schema, partitionKey, sortKey, true);
  }

  /**
   * Starts a query of the table; generated {@code query(pk[, sortCondition])} methods call this.
   *
   * @param partitionKey the partition key value
   * @param sortCondition a condition on the sort key, or null
   * @return the query
   */
  protected final Query<E> newQuery(Object partitionKey, KeyCondition<E> sortCondition) {
    return ops.query(null, partitionKey, sortCondition);
  }

  /**
   * Starts a query of a secondary index; generated {@code queryBy<Index>(...)} methods call this.
   *
   * @param index the index name
   * @param partitionKey the index partition key value (the table's for a local index)
   * @param sortCondition a condition on the index sort key, or null
   * @return the query
   */
  protected final Query<E> newIndexQuery(String index, Object partitionKey, KeyCondition<E> sortCondition) {
    return ops.query(index, partitionKey, sortCondition);
  }

  /** @return the operations, for transactions in this package */
  final Operations<E> operations() {
    return ops;
  }
}
