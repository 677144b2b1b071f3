package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Runner;
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
    return ops.createTable(runner(), java.util.Objects.requireNonNull(options, "options"));
  }

  /** @return completes when the auto-increment counter exists */
  public CompletableFuture<Void> initCounter() {
    return ops.initCounter(runner());
  }

  /** @param item the new item @return the stored item; fails with {@link ConflictException} when the key exists */
  public CompletableFuture<E> put(E item) {
    return ops.put(runner(), item);
  }

  /** @param item the new state @return the stored item; strict: the item must exist */
  public CompletableFuture<E> update(E item) {
    return ops.update(runner(), item, null, true);
  }

  /** @param item the new state @param condition must hold @return the stored item */
  public CompletableFuture<E> update(E item, Condition<E> condition) {
    return defer(() -> ops.update(runner(), item, expr(Objects.requireNonNull(condition, "condition")), true));
  }

  /** @param item the state to write @return the stored item, created or replaced */
  public CompletableFuture<E> upsert(E item) {
    return ops.update(runner(), item, null, false);
  }

  /** @param item the state to write @param nulls what null attributes do @return the stored item */
  public CompletableFuture<E> upsert(E item, NullPolicy nulls) {
    return java.util.Objects.requireNonNull(nulls, "nulls") == NullPolicy.KEEP ? upsert(item)
        : ops.upsertRemovingNulls(runner(), item, null);
  }

  /** @param item the state to write @param condition must hold @return the stored item */
  public CompletableFuture<E> upsert(E item, Condition<E> condition) {
    return defer(() -> ops.update(runner(), item, expr(Objects.requireNonNull(condition, "condition")), false));
  }

  /** @param key the key @return the item, or empty */
  public CompletableFuture<Optional<E>> get(Key<E> key) {
    return get(key, ReadConsistency.EVENTUAL);
  }

  /** @param key the key @param consistency eventual or strong @return the item, or empty */
  public CompletableFuture<Optional<E>> get(Key<E> key, ReadConsistency consistency) {
    return defer(() -> ops.get(runner(), checked(key), consistency));
  }

  /** @param key the key @param projection a generated projection @param <P> its type @return the projection, or empty */
  public <P> CompletableFuture<Optional<P>> get(Key<E> key, dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return defer(() -> ops.get(runner(), checked(key), ReadConsistency.EVENTUAL, java.util.Objects.requireNonNull(projection)));
  }

  /** @param keys the keys @param projection a generated projection @param <P> its type @return the projections, in key order */
  public <P> CompletableFuture<List<P>> getAll(Collection<Key<E>> keys, dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return defer(() -> ops.getAll(runner(), checkedAll(keys, "getAll"),
        ReadConsistency.EVENTUAL, java.util.Objects.requireNonNull(projection)));
  }

  /** @param key the key @return a partial update to fill in and {@code executeAsync()} */
  public UpdateBuilder<E> update(Key<E> key) {
    return new UpdateBuilder<>(this, checked(key));
  }

  /** @param key the key @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(Key<E> key) {
    return defer(() -> ops.delete(runner(), checked(key), null));
  }

  /** @param key the key @param condition must hold @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(Key<E> key, Condition<E> condition) {
    return defer(() -> ops.delete(runner(), checked(key), expr(Objects.requireNonNull(condition, "condition"))));
  }

  /** @param item the entity as read (its version is checked) @return the old item, if there was one */
  public CompletableFuture<Optional<E>> delete(E item) {
    return ops.deleteEntity(runner(), item);
  }

  /** @param keys the keys @return the items that exist, in key order (BatchGetItem) */
  public CompletableFuture<List<E>> getAll(Collection<Key<E>> keys) {
    return getAll(keys, ReadConsistency.EVENTUAL);
  }

  /** @param keys the keys @param consistency eventual or strong @return the items that exist, in key order */
  public CompletableFuture<List<E>> getAll(Collection<Key<E>> keys, ReadConsistency consistency) {
    return defer(
        () -> ops.getAll(runner(), checkedAll(keys, "getAll"), consistency));
  }

  /** @param keys the keys @return the old items that existed, in input order (16 deletes in flight) */
  public CompletableFuture<List<E>> deleteAll(Collection<Key<E>> keys) {
    return defer(
        () -> ops.deleteAll(runner(), checkedAll(keys, "deleteAll")));
  }

  /** @param items created or replaced with BatchWriteItem, no condition (see {@link BulkWrite}) @return completes when all are written */
  public CompletableFuture<Void> batchOverwrite(Collection<E> items) {
    return defer(() -> dynamo().bulkWrite().overwrite(this, presentAll(items, "batchOverwrite", "item")).executeAsync());
  }

  /** @param keys deleted with BatchWriteItem, old items not returned @return completes when all are deleted */
  public CompletableFuture<Void> batchDelete(Collection<Key<E>> keys) {
    return defer(() -> dynamo().bulkWrite().delete(this, presentAll(keys, "batchDelete", "key")).executeAsync());
  }

  /** @param key the key @param attributes non-key attributes to remove @return the item after removal */
  public CompletableFuture<E> deleteAttributes(Key<E> key, List<ValueAttribute<E, ?>> attributes) {
    return defer(() -> UpdateBuilder.removing(update(key), attributes).executeAsync());
  }

  /** @return every item as a publisher with back-pressure; nothing is sent before the first request */
  public Flow.Publisher<E> scan() {
    return scanner().publisher();
  }

  /** @return a scan to configure, run with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()} */
  public Scan<E> scanner() {
    return new Scan<>(ops);
  }

  /** @return the item count ({@code Select=COUNT}, every page) */
  public CompletableFuture<Long> count() {
    return scanner().countAsync();
  }
}
