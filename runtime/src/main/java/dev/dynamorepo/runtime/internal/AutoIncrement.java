package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.Conflict;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.StoredType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Puts an item whose {@code @AutoIncrement} key is null, taking the next id from the counter item
 * shared with the Python helper ({@code <table>_SysItems}, see {@link Counter}).
 *
 * <p>Gapless (the default): read the counter, then one TransactWriteItems that puts the item
 * ({@code attribute_not_exists}) and moves the counter on, conditioned on the
 * {@code last_modified_timestamp} read; a lost race re-reads and retries with jittered backoff.
 * Two round trips per put, against the Python helper's three. Fast mode ({@code gapless = false}):
 * ids from one atomic ADD (or a reserved block of them), then a conditional put; an id found
 * taken is skipped.
 *
 * @param <E> the entity type
 */
final class AutoIncrement<E> {
  /** Attempts before a contended put gives up. */
  static final int MAX_ATTEMPTS = 64;

  /** Ids taken again and again, or a counter kept moving: no caller condition failed. */
  private static final Conflict CONTENDED = new Conflict(ConflictException.Reason.CONTENDED, null, null, null);
  private final TableContext<E> context;
  private final EntitySchema<E> schema;
  private final Counter counter;
  private final String pk;

  AutoIncrement(TableContext<E> context, Engine engine) {
    this.context = context;
    this.schema = context.schema();
    this.counter = new Counter(engine, context.table(), schema.autoIncrement().blockSize());
    this.pk = schema.partitionKey().name();
  }

  Counter counter() {
    return counter;
  }

  CompletableFuture<Void> initCounter(Runner runner) {
    return new Tables(runner).createSimple(counter.table(), Counter.KEY_ATTRIBUTE).thenCompose(v -> counter.init(runner));
  }

  /** Puts a checked item (see {@link PutItem.NewItem}) under the next id. */
  CompletableFuture<E> put(Runner runner, Map<String, AttributeValue> item) {
    return schema.autoIncrement().gapless() ? gapless(runner, item, 1, new Backoff()) : fast(runner, item, 1);
  }

  private CompletableFuture<E> gapless(Runner runner, Map<String, AttributeValue> item, int attempt, Backoff backoff) {
    return counter.read(runner).thenCompose(read -> {
      BigInteger id = read.value().add(BigInteger.ONE);
      Map<String, AttributeValue> withId = withId(item, id);
      TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
          .transactItems(PutItem.transactItem(context.table(), pk, withId), counter.advance(read, id)).build();
      Call<TransactWriteItemsRequest, TransactWriteItemsResponse, E> call = new Call<>(context.table(),
          "TransactWriteItems (auto-increment put)", request, DynamoDbClient::transactWriteItems,
          DynamoDbAsyncClient::transactWriteItems, r -> schema.fromItem(withId), null);
      return retrying(runner.run(call), cancelled -> {
        if (Counter.failed(cancelled, 0) && !Counter.failed(cancelled, 1)) {
          // An item holds this id already (a caller-given key): move the counter past it.
          return counter.skipTaken(runner, read, id);
        }
        return CompletableFuture.completedFuture(null);
      }, attempt, () -> runner.pause(backoff.nextMillis()).thenCompose(v -> gapless(runner, item, attempt + 1, backoff)));
    });
  }

  private CompletableFuture<E> fast(Runner runner, Map<String, AttributeValue> item, int attempt) {
    return counter.take(runner).thenCompose(id -> {
      Map<String, AttributeValue> withId = withId(item, id);
      CompletableFuture<E> put = runner.run(PutItem.of(context.table(), pk, withId, null).map(r -> schema.fromItem(withId)));
      return put.handle((stored, error) -> {
        if (error == null) {
          return CompletableFuture.completedFuture(stored);
        }
        Throwable cause = Futures.unwrap(error);
        if (cause.getCause() instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException refused
            && Retries.of(refused)
            && refused.hasItem() && Items.covers(refused.item(), withId, true)) {
          // The SDK retried a put whose response was lost: the item under this id is this call's own.
          return CompletableFuture.completedFuture(schema.fromItem(withId));
        }
        if (!(cause instanceof ConflictException) || attempt >= MAX_ATTEMPTS) {
          throw cause instanceof ConflictException
              ? new ConflictException("table '" + context.table() + "': " + attempt + " ids in a row were taken already", cause, CONTENDED)
              : (RuntimeException) cause;
        }
        return fast(runner, item, attempt + 1); // the id was taken by a caller-given key: take the next
      }).thenCompose(f -> f);
    });
  }

  /** On a cancelled transaction: {@code onCancel}, then {@code retry} until the attempts run out. */
  private CompletableFuture<E> retrying(CompletableFuture<E> call,
      java.util.function.Function<TransactionCanceledException, CompletableFuture<Void>> onCancel, int attempt,
      java.util.function.Supplier<CompletableFuture<E>> retry) {
    return call.handle((stored, error) -> {
      if (error == null) {
        return CompletableFuture.completedFuture(stored);
      }
      Throwable cause = Futures.unwrap(error);
      if (!(cause.getCause() instanceof TransactionCanceledException cancelled)) {
        throw (RuntimeException) cause;
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConflictException("table '" + context.table() + "': auto-increment put gave up after " + attempt
            + " attempts; the counter in '" + counter.table() + "' is contended", cancelled, CONTENDED);
      }
      return onCancel.apply(cancelled).thenCompose(v -> retry.get());
    }).thenCompose(f -> f);
  }

  /** Puts of new items in one transaction share this counter: the ids they take, then the counter update. */
  CompletableFuture<List<Map<String, AttributeValue>>> assignIds(Runner runner, List<Map<String, AttributeValue>> items,
      List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> actions) {
    return counter.read(runner).thenApply(read -> {
      BigInteger id = read.value();
      List<Map<String, AttributeValue>> withIds = new ArrayList<>();
      for (Map<String, AttributeValue> item : items) {
        id = id.add(BigInteger.ONE);
        Map<String, AttributeValue> withId = withId(item, id);
        withIds.add(withId);
        actions.add(PutItem.transactItem(context.table(), pk, withId));
      }
      actions.add(counter.advance(read, id));
      return withIds;
    });
  }

  Map<String, AttributeValue> withId(Map<String, AttributeValue> item, BigInteger id) {
    Map<String, AttributeValue> copy = new HashMap<>(item);
    StoredType type = schema.partitionKey().codec().storedType();
    if (type != StoredType.N && type != StoredType.S) {
      throw new DynamoException("table '" + context.table() + "': an auto-increment key is stored as N or S, not " + type);
    }
    copy.put(pk, type == StoredType.N ? AttributeValue.fromN(id.toString()) : AttributeValue.fromS(id.toString()));
    return copy;
  }
}
