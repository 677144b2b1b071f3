package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.BatchWrite;
import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Runner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A bulk write across tables with BatchWriteItem: chunks of 25, up to 16 chunks in flight,
 * unprocessed items retried with jittered exponential backoff. Unlike {@code put}, an overwrite
 * carries no condition: it creates the item or replaces it whole, without a {@code @Version}
 * check (versioned entities are refused) and without telling whether it existed. Deletes do not
 * return the old items (use {@code deleteAll} for that). Null {@code @AutoIncrement} keys get ids
 * from one atomic counter ADD per bulk write: never issued twice, a failed write leaves a gap.
 *
 * <pre>{@code
 * dynamo.bulkWrite()
 *     .overwrite(orders, importedOrders)
 *     .delete(customers, List.of(customers.key("gone")))
 *     .execute();                                     // or executeAsync()
 * }</pre>
 *
 * <p>Refused before sending, with nothing written: the same key twice, items over 400 KB, empty
 * or null keys, values DynamoDB cannot store. When the writes stop part-way, a
 * {@link BulkWriteException} says exactly which were confirmed. Not thread-safe.
 */
public final class BulkWrite {
  private final DynamoDb dynamo;
  private final List<Function<Runner, CompletableFuture<Void>>> steps = new ArrayList<>();
  private final BatchWrite batch = new BatchWrite();

  BulkWrite(DynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  /**
   * Creates or replaces whole items.
   *
   * @param repository the items' repository (sync or async)
   * @param items the items
   * @param <E> the entity type
   * @return this
   */
  public <E> BulkWrite overwrite(EntityTable<E> repository, Collection<E> items) {
    return overwrite(repository, items, "bulkWrite().overwrite");
  }

  /** The same, with refusals naming {@code call} (a repository's {@code batchOverwrite}). */
  <E> BulkWrite overwrite(EntityTable<E> repository, Collection<E> items, String call) {
    List<E> copy = repository.presentAll(items, call, "item");
    steps.add(runner -> batch.overwrite(repository.context, runner, copy));
    return this;
  }

  /**
   * Deletes items; no error when one does not exist, and no old item is returned.
   *
   * @param repository the items' repository
   * @param keys the keys
   * @param <E> the entity type
   * @return this
   */
  public <E> BulkWrite delete(EntityTable<E> repository, Collection<Key<E>> keys) {
    return delete(repository, keys, "bulkWrite().delete");
  }

  /** The same, with refusals naming {@code call} (a repository's {@code batchDelete}). */
  <E> BulkWrite delete(EntityTable<E> repository, Collection<Key<E>> keys, String call) {
    List<java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> checked =
        repository.checkedAll(keys, call);
    steps.add(runner -> {
      batch.delete(repository.context, checked);
      return CompletableFuture.completedFuture(null);
    });
    return this;
  }

  /**
   * Checks and sends every write.
   *
   * @throws BulkWriteException when the writes stopped part-way (what was confirmed is listed)
   * @throws DynamoException when the input is refused (nothing was sent)
   */
  public void execute() {
    Futures.join(run(dynamo.engine().fanout()));
  }

  /** @return completes when every write is confirmed, or with the same failures as {@link #execute()} */
  public CompletableFuture<Void> executeAsync() {
    return run(dynamo.engine().async());
  }

  private CompletableFuture<Void> run(Runner runner) {
    return Futures.defer(() -> {
      CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
      for (Function<Runner, CompletableFuture<Void>> step : steps) {
        chain = chain.thenCompose(v -> step.apply(runner));
      }
      return chain.thenCompose(v -> batch.execute(runner));
    });
  }
}
