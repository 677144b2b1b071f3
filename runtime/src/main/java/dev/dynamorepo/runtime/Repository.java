package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.DeleteItem;
import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Runner;
import dev.dynamorepo.runtime.internal.Tables;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The synchronous operations every generated {@code <Entity>Repository} offers; generated
 * subclasses add the typed key methods ({@code get(pk[, sk])}, {@code update(pk[, sk])},
 * {@code delete(pk[, sk])}, {@code deleteAttributes(pk[, sk], attrs...)}, {@code key(pk[, sk])},
 * {@code query(...)}) and {@code async()}, the same repository with every operation returning a
 * {@code CompletableFuture}.
 *
 * <pre>{@code
 * OrderRepository orders = new OrderRepository(dynamo);
 * orders.createTable();
 * Order saved = orders.put(order);                      // create only
 * Order changed = orders.update(saved, OrderSchema.STATUS.eq(Status.NEW));
 * long n = orders.count();
 * }</pre>
 *
 * <p>Every failure is a {@link DynamoException} naming the table and the operation. Thread-safe:
 * one repository per table can be shared by the whole application.
 *
 * @param <E> the entity type
 */
public abstract non-sealed class Repository<E> extends EntityTable<E> {
  /**
   * Binds a schema to a {@link DynamoDb}; called by generated constructors.
   *
   * @param dynamo the connection
   * @param schema the generated schema
   */
  protected Repository(DynamoDb dynamo, EntitySchema<E> schema) {
    super(dynamo, schema, null);
  }

  /**
   * Binds a schema to an explicit table, whatever the connection's {@link TableNames} say;
   * called by generated constructors.
   *
   * @param dynamo the connection
   * @param schema the generated schema
   * @param tableName the physical table
   */
  protected Repository(DynamoDb dynamo, EntitySchema<E> schema, String tableName) {
    super(dynamo, schema, java.util.Objects.requireNonNull(tableName, "tableName"));
  }

  private Runner runner() {
    return dynamo().engine().sync();
  }

  /**
   * Creates the table from the schema (on-demand billing, with its secondary indexes) and waits
   * until it is active. When the table exists with the same keys, only the global indexes it lacks
   * are added; an auto-increment entity also gets its counter table and item.
   *
   * @throws DynamoException when the table exists with different keys (the message names the
   *     difference)
   */
  public void createTable() {
    createTable(TableOptions.onDemand());
  }

  /**
   * Like {@link #createTable()}, with billing mode, capacities and tags for a new table. On an
   * existing table, a global index the entity declares and the table lacks is added (UpdateTable)
   * and waited for; a missing local index or different index keys are refused with the
   * difference listed.
   *
   * @param options billing, capacities, tags
   * @throws DynamoException when the table exists with other keys or indexes that cannot be added
   */
  public void createTable(TableOptions options) {
    Futures.join(Tables.createTable(context, runner(), java.util.Objects.requireNonNull(options, "options")));
  }

  /**
   * Creates the auto-increment counter table {@code <table>_SysItems} and its counter item at 0
   * when they do not exist (the Python helper's {@code put_atomic_counter}).
   *
   * @throws DynamoException when the entity has no {@code @AutoIncrement} key
   */
  public void initCounter() {
    Futures.join(Tables.initCounter(context, runner()));
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
    return put(Put.of(item));
  }

  /**
   * Creates an item, as {@link #put(Object)}, from a request.
   *
   * @param request the item
   * @return the stored item
   * @throws ConflictException when the key exists
   */
  public E put(Put<E> request) {
    return Futures.join(run(runner(), request));
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
    return update(Update.of(item));
  }

  /**
   * Replaces an existing item whole, with the request's options.
   *
   * <pre>{@code
   * Order paid = orders.update(Update.of(order).when(OrderSchema.STATUS.eq(Status.NEW)));
   * }</pre>
   *
   * @param request the new state and options
   * @return the stored item
   * @throws ConflictException when the item does not exist, its version is stale or the condition fails
   */
  public E update(Update<E> request) {
    return Futures.join(run(runner(), request));
  }

  /**
   * Creates the item or replaces the attributes it names, in one UpdateItem; null attributes
   * keep their stored values.
   *
   * @param item the state to write
   * @return the stored item
   */
  public E upsert(E item) {
    return upsert(Upsert.of(item));
  }

  /**
   * Creates or writes an item with the request's options: a condition, and what null attributes do.
   *
   * <pre>{@code
   * Order o = orders.upsert(Upsert.of(order).nulls(NullPolicy.REMOVE));
   * }</pre>
   *
   * @param request the state to write and options
   * @return the stored item
   * @throws ConflictException when the condition fails
   */
  public E upsert(Upsert<E> request) {
    return Futures.join(run(runner(), request));
  }

  /**
   * Paging one item, eventually consistent.
   *
   * @param key the key
   * @return the item, or empty
   */
  public Optional<E> get(Key<E> key) {
    return get(Get.of(key));
  }

  /**
   * Paging one item, or a projection of it, with the request's options.
   *
   * <pre>{@code
   * Optional<OrderSummary> s = orders.get(Get.of(orders.key("alice", "o-1"))
   *     .project(OrderSummarySchema.PROJECTION).consistency(ReadConsistency.STRONG));
   * }</pre>
   *
   * @param request the key and options
   * @param <T> the entity or projection type
   * @return the item, or empty
   */
  public <T> Optional<T> get(Get<E, T> request) {
    return Futures.join(run(runner(), request));
  }

  /**
   * Starts a partial update of the named attributes only; strict (the item must exist). Run it
   * with {@code execute()}, or add it to a transaction.
   *
   * @param key the key
   * @return the update to fill in
   */
  public PartialUpdate<E> update(Key<E> key) {
    return new PartialUpdate<>(this, checked(key));
  }

  /**
   * Deletes one item.
   *
   * @param key the key
   * @return the old item, if there was one
   */
  public Optional<E> delete(Key<E> key) {
    return delete(Delete.of(key));
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
    return delete(Delete.entity(item));
  }

  /**
   * Deletes one item with the request's options.
   *
   * <pre>{@code
   * orders.delete(Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.NEW)));
   * }</pre>
   *
   * @param request the key or entity, and options
   * @return the old item, if there was one
   * @throws ConflictException when the condition or version check fails
   */
  public Optional<E> delete(Delete<E> request) {
    return Futures.join(run(runner(), request));
  }

  /**
   * Paging many items with BatchGetItem (100 per call, unprocessed keys retried), eventually
   * consistent.
   *
   * @param keys the keys
   * @return the items that exist, in key order
   */
  public List<E> getAll(Collection<Key<E>> keys) {
    return getAll(BatchGet.of(keys));
  }

  /**
   * Paging many items, or projections of them, with the request's options.
   *
   * <pre>{@code
   * List<Order> found = orders.getAll(BatchGet.of(keys).consistency(ReadConsistency.STRONG));
   * }</pre>
   *
   * @param request the keys and options
   * @param <T> the entity or projection type
   * @return the items that exist, in key order
   */
  public <T> List<T> getAll(BatchGet<E, T> request) {
    return Futures.join(run(runner(), request));
  }

  /**
   * Deletes many items, one DeleteItem each so that the old items come back, up to 16 in flight
   * on the connection's sync client (so its interceptors, retry strategy and timeouts apply).
   *
   * @param keys the keys
   * @return the old items that existed, in input order
   */
  public List<E> deleteAll(Collection<Key<E>> keys) {
    return Futures.join(DeleteItem.deleteAll(context, dynamo().engine().fanout(), checkedAll(keys, "deleteAll")));
  }

  /**
   * Creates or replaces many items with BatchWriteItem (25 per request, 16 requests in flight).
   * Not {@link #put}: there is no create-only condition and no {@code @Version} check (versioned
   * entities are refused); an existing item is replaced whole.
   *
   * @param items the items
   * @throws BulkWriteException when the writes stopped part-way (what was written is listed)
   */
  public void batchOverwrite(Collection<E> items) {
    dynamo().bulkWrite().overwrite(this, items, "batchOverwrite").execute();
  }

  /**
   * Deletes many items with BatchWriteItem, faster than {@link #deleteAll} but without the old
   * items.
   *
   * @param keys the keys
   * @throws BulkWriteException when the deletes stopped part-way (what was deleted is listed)
   */
  public void batchDelete(Collection<Key<E>> keys) {
    dynamo().bulkWrite().delete(this, keys, "batchDelete").execute();
  }

  /**
   * Removes attributes from an existing item; the same as {@code update(key).remove(...)}.
   *
   * @param key the key
   * @param attributes non-key attributes to remove
   * @return the item after removal
   * @throws ConflictException when the item does not exist
   */
  public E deleteAttributes(Key<E> key, List<ValueAttribute<E, ?>> attributes) {
    return PartialUpdate.removing(update(key), attributes).execute();
  }

  /**
   * Every item of the table, read lazily page by page as the stream is consumed; nothing is sent
   * before the first item is asked for.
   *
   * @return the items; close the stream or consume it fully
   */
  public Stream<E> scan() {
    return scanner().stream();
  }

  /**
   * A scan to configure: filter, consistency, page size, limit, cursor pages, count.
   *
   * @return the scan
   */
  public Scan<E, E> scanner() {
    return Scan.of(context);
  }

  /**
   * Counts the table's items with {@code Select=COUNT} over every page; no items are
   * transferred.
   *
   * @return the item count
   */
  public long count() {
    return scanner().count();
  }
}
