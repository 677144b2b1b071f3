package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.DeleteItem;
import dev.dynamorepo.runtime.internal.Runner;
import dev.dynamorepo.runtime.internal.Tables;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The asynchronous operations every generated {@code <Entity>AsyncRepository} offers (get one
 * with {@code orders.async()} or {@code new OrderAsyncRepository(dynamo)}): the same operations,
 * checks and errors as {@link Repository}, each returning a {@link CompletableFuture} that
 * completes with the result or with the same {@link DynamoException}. Runs on the
 * {@code DynamoDbAsyncClient} of the {@link DynamoDb}; no thread is blocked.
 *
 * <pre>{@code
 * OrderAsyncRepository orders = new OrderRepository(dynamo).async();
 * orders.put(order)
 *     .thenCompose(saved -> orders.get(saved.customerId(), saved.orderId()))
 *     .thenAccept(found -> log.info("stored {}", found));
 * }</pre>
 *
 * @param <E> the entity type
 */
public abstract non-sealed class AsyncRepository<E> extends EntityTable<E> {
  /**
   * Binds a schema to a {@link DynamoDb}; called by generated constructors.
   *
   * @param dynamo the connection
   * @param schema the generated schema
   */
  protected AsyncRepository(DynamoDb dynamo, EntitySchema<E> schema) {
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
  protected AsyncRepository(DynamoDb dynamo, EntitySchema<E> schema, String tableName) {
    super(dynamo, schema, java.util.Objects.requireNonNull(tableName, "tableName"));
  }

  /** Every refusal, even of an argument, completes the future instead of being thrown. */
  private static <T> CompletableFuture<T> defer(java.util.function.Supplier<CompletableFuture<T>> call) {
    return dev.dynamorepo.runtime.internal.Futures.defer(call);
  }

  private Runner runner() {
    return dynamo().engine().async();
  }

  /** @return completes when the table (and an auto-increment counter) exists and is active */
  public CompletableFuture<Void> createTable() {
    return createTable(TableOptions.onDemand());
  }

  /** @param options billing, capacities, tags @return completes when the table and its indexes are active */
  public CompletableFuture<Void> createTable(TableOptions options) {
    return Tables.createTable(context, runner(), java.util.Objects.requireNonNull(options, "options"));
  }

  /** @return completes when the auto-increment counter exists */
  public CompletableFuture<Void> initCounter() {
    return Tables.initCounter(context, runner());
  }

  /** @param item the new item @return the stored item; fails with {@link ConflictException} when the key exists */
  public CompletableFuture<E> put(E item) {
    return defer(() -> put(Put.of(item)));
  }

  /** @param request the new item, as for {@link Repository#put(Put)} @return the stored item */
  public CompletableFuture<E> put(Put<E> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param item the new state @return the stored item; strict: the item must exist */
  public CompletableFuture<E> update(E item) {
    return defer(() -> update(Update.of(item)));
  }

  /** @param request the new state and options, as for {@link Repository#update(Update)} @return the stored item */
  public CompletableFuture<E> update(Update<E> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param item the state to write @return the stored item, created or replaced */
  public CompletableFuture<E> upsert(E item) {
    return defer(() -> upsert(Upsert.of(item)));
  }

  /** @param request the state to write and options, as for {@link Repository#upsert(Upsert)} @return the stored item */
  public CompletableFuture<E> upsert(Upsert<E> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param key the key @return the item, or empty */
  public CompletableFuture<Optional<E>> get(Key<E> key) {
    return get(Get.of(key));
  }

  /**
   * Paging one item, or a projection of it, with the request's options.
   *
   * @param request the key and options, as for {@link Repository#get(Get)}
   * @param <T> the entity or projection type
   * @return the item, or empty
   */
  public <T> CompletableFuture<Optional<T>> get(Get<E, T> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param key the key @return a partial update to fill in and {@code executeAsync()} */
  public PartialUpdate<E> update(Key<E> key) {
    return new PartialUpdate<>(this, checked(key));
  }

  /** @param key the key @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(Key<E> key) {
    return defer(() -> delete(Delete.of(key)));
  }

  /** @param item the entity as read (its version is checked) @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(E item) {
    return defer(() -> delete(Delete.entity(item)));
  }

  /** @param request the key or entity, and options, as for {@link Repository#delete(Delete)} @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(Delete<E> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param keys the keys @return the items that exist, in key order (BatchGetItem) */
  public CompletableFuture<List<E>> getAll(Collection<Key<E>> keys) {
    return getAll(BatchGet.of(keys));
  }

  /**
   * Paging many items, or projections of them, with the request's options.
   *
   * @param request the keys and options, as for {@link Repository#getAll(BatchGet)}
   * @param <T> the entity or projection type
   * @return the items that exist, in key order
   */
  public <T> CompletableFuture<List<T>> getAll(BatchGet<E, T> request) {
    return defer(() -> run(runner(), request));
  }

  /** @param keys the keys @return the old items that existed, in input order (16 deletes in flight) */
  public CompletableFuture<List<E>> deleteAll(Collection<Key<E>> keys) {
    return defer(
        () -> DeleteItem.deleteAll(context, runner(), checkedAll(keys, "deleteAll")));
  }

  /** @param items created or replaced with BatchWriteItem, no condition (see {@link BulkWrite}) @return completes when all are written */
  public CompletableFuture<Void> batchOverwrite(Collection<E> items) {
    return defer(() -> dynamo().bulkWrite().overwrite(this, items, "batchOverwrite").executeAsync());
  }

  /** @param keys deleted with BatchWriteItem, old items not returned @return completes when all are deleted */
  public CompletableFuture<Void> batchDelete(Collection<Key<E>> keys) {
    return defer(() -> dynamo().bulkWrite().delete(this, keys, "batchDelete").executeAsync());
  }

  /** @param key the key @param attributes non-key attributes to remove @return the item after removal */
  public CompletableFuture<E> deleteAttributes(Key<E> key, List<ValueAttribute<E, ?>> attributes) {
    return defer(() -> PartialUpdate.removing(update(key), attributes).executeAsync());
  }

  /** @return every item as a publisher with back-pressure; nothing is sent before the first request */
  public Flow.Publisher<E> scan() {
    return scanner().publisher();
  }

  /** @return a scan to configure, run with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()} */
  public Scan<E, E> scanner() {
    return Scan.of(context);
  }

  /** @return the item count ({@code Select=COUNT}, every page) */
  public CompletableFuture<Long> count() {
    return scanner().countAsync();
  }
}
