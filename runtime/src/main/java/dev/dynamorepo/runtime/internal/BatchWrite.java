package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Bulk writes with BatchWriteItem across tables: checked whole before anything is sent, chunks of
 * 25 (DynamoDB's limit), {@link Fanout#IN_FLIGHT} chunks in flight, {@code UnprocessedItems}
 * retried with jittered exponential backoff. When a chunk fails or its retries run out, no further
 * chunk starts, and the {@link BulkWriteException} lists exactly what DynamoDB confirmed.
 * BatchWriteItem carries no conditions: a put replaces the item.
 */
public final class BatchWrite {
  /** DynamoDB's limit on requests per BatchWriteItem. */
  public static final int CHUNK = 25;
  /** Attempts per chunk while DynamoDB keeps returning unprocessed items. */
  static final int MAX_ATTEMPTS = 8;

  /** One write of a bulk call: its table, key (for checks and reports) and request. */
  record Write(String table, Map<String, AttributeValue> key, WriteRequest request) {}

  private final List<Write> writes = new ArrayList<>();
  private final Set<List<Object>> seen = new HashSet<>();

  /** An empty bulk write. */
  public BatchWrite() {}

  /**
   * Adds puts that replace whole items; checked now (keys, size, numbers, the same key twice).
   *
   * @param context the repository's operations
   * @param runner reserves auto-increment ids, if the entity has them
   * @param entities the items
   * @param <E> the entity type
   * @return completes when the puts are added (after auto-increment ids are reserved)
   */
  public <E> CompletableFuture<Void> overwrite(TableContext<E> context, Runner runner, List<E> entities) {
    return Futures.defer(() -> {
      if (context.schema().version() != null) {
        throw new DynamoException("table '" + context.table() + "': " + context.schema().entityType().getSimpleName() + " has a @Version"
            + " attribute, and BatchWriteItem cannot check it; use put, update or a transaction for versioned entities");
      }
      List<Map<String, AttributeValue>> items = new ArrayList<>(entities.size());
      int missingIds = 0;
      for (E entity : entities) {
        Map<String, AttributeValue> item = context.encode(entity);
        keepsCreatedAt(context, item, items.size());
        // Prepared as every create is (lifecycle, checks); versioned entities were refused above.
        PutItem.NewItem created = PutItem.NewItem.completing(context, item);
        missingIds += created.needsId() ? 1 : 0;
        items.add(created.item());
      }
      CompletableFuture<java.math.BigInteger> ids = missingIds == 0 ? CompletableFuture.completedFuture(null)
          : context.autoIncrement().counter().reserveBlock(runner, missingIds);
      int count = missingIds;
      return ids.thenAccept(last -> {
        java.math.BigInteger next = last == null ? null : last.subtract(java.math.BigInteger.valueOf(count - 1L));
        for (Map<String, AttributeValue> item : items) {
          Map<String, AttributeValue> stored = item;
          if (context.autoIncrement() != null && item.get(context.partitionKeyName()) == null) {
            stored = context.autoIncrement().withId(item, next);
            next = next.add(java.math.BigInteger.ONE);
          }
          Map<String, AttributeValue> finalItem = stored;
          add(new Write(context.table(), Keys.fromItem(context.schema(), context.table(), stored),
              WriteRequest.builder().putRequest(p -> p.item(finalItem)).build()));
        }
      });
    });
  }

  /**
   * Refuses an item of a given key whose {@code @CreatedAt} is null: BatchWriteItem has no
   * {@code if_not_exists}, so the runtime could only replace a stored creation time with the bulk
   * write's time. A given value is written as given; an item whose key is generated here
   * ({@code @GeneratedId}, {@code @AutoIncrement}) is new, and gets the time of the write.
   */
  private static void keepsCreatedAt(TableContext<?> context, Map<String, AttributeValue> item, int position) {
    var createdAt = context.schema().createdAt();
    boolean newKey = (context.schema().generatedId() != null || context.autoIncrement() != null)
        && item.get(context.partitionKeyName()) == null;
    if (createdAt != null && !newKey) {
      AttributeValue value = item.get(createdAt.name());
      if (value == null || Boolean.TRUE.equals(value.nul())) {
        throw new DynamoException("table '" + context.table() + "': the item at position " + position + " has no @CreatedAt '"
            + createdAt.name() + "', and a bulk overwrite cannot keep a stored one (BatchWriteItem has no if_not_exists);"
            + " give each entity its creation time (written as given), or use put for new items and upsert for existing ones");
      }
    }
  }

  /**
   * Adds deletes; checked now.
   *
   * @param context the repository's operations
   * @param keys the checked keys
   */
  public void delete(TableContext<?> context, List<Map<String, AttributeValue>> keys) {
    for (Map<String, AttributeValue> key : keys) {
      add(new Write(context.table(), key, WriteRequest.builder().deleteRequest(d -> d.key(key)).build()));
    }
  }

  private void add(Write write) {
    if (!seen.add(List.of(write.table(), Keys.normalized(write.key())))) {
      throw new DynamoException("table '" + write.table() + "': the key " + Keys.describe(write.key())
          + " is written twice in one bulk write; DynamoDB refuses that (and the order would be undefined)");
    }
    writes.add(write);
  }

  /**
   * Sends every chunk.
   *
   * @param runner async for overlapping chunks, sync for one after another
   * @return completes when every write is confirmed, or fails with {@link BulkWriteException}
   */
  public CompletableFuture<Void> execute(Runner runner) {
    List<List<Write>> chunks = new ArrayList<>();
    for (int from = 0; from < writes.size(); from += CHUNK) {
      chunks.add(writes.subList(from, Math.min(writes.size(), from + CHUNK)));
    }
    return Fanout.all(chunks, chunk -> send(runner, chunk, 1, new Backoff())).handle((ok, error) -> {
      if (error != null) {
        throw report(chunks, Futures.unwrap(error));
      }
      return null;
    });
  }

  /** A chunk that stopped: the writes still pending when it did. */
  static final class ChunkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<Write> pending;
    final boolean unknown;

    ChunkFailure(String message, Throwable cause, List<Write> pending, boolean unknown) {
      super(message, cause);
      this.pending = pending;
      this.unknown = unknown;
    }
  }

  private CompletableFuture<Void> send(Runner runner, List<Write> chunk, int attempt, Backoff backoff) {
    Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
    chunk.forEach(w -> byTable.computeIfAbsent(w.table(), t -> new ArrayList<>()).add(w.request()));
    BatchWriteItemRequest request = BatchWriteItemRequest.builder().requestItems(byTable).build();
    String tables = String.join("', '", byTable.keySet());
    Call<BatchWriteItemRequest, BatchWriteItemResponse, BatchWriteItemResponse> call = new Call<>(tables, "BatchWriteItem",
        request, DynamoDbClient::batchWriteItem, DynamoDbAsyncClient::batchWriteItem, r -> r, null);
    return runner.run(call).handle((response, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        throw new ChunkFailure(cause.getMessage(), cause, chunk, cause instanceof OutcomeUnknownException);
      }
      List<Write> left = unprocessed(chunk, response);
      if (left.isEmpty()) {
        return CompletableFuture.<Void>completedFuture(null);
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new ChunkFailure("table '" + tables + "': BatchWriteItem left " + left.size() + " items unprocessed after "
            + attempt + " attempts (throttled); retry them later", null, left, false);
      }
      return runner.pause(backoff.nextMillis()).thenCompose(v -> send(runner, left, attempt + 1, backoff));
    }).thenCompose(f -> f);
  }

  private static List<Write> unprocessed(List<Write> chunk, BatchWriteItemResponse response) {
    if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
      return List.of();
    }
    Set<WriteRequest> left = new HashSet<>();
    response.unprocessedItems().values().forEach(left::addAll);
    List<Write> out = new ArrayList<>();
    for (Write w : chunk) {
      if (left.contains(w.request())) {
        out.add(w);
      }
    }
    return out;
  }

  private RuntimeException report(List<List<Write>> chunks, Throwable error) {
    if (!(error instanceof Fanout.Failure failure)) {
      return (RuntimeException) error;
    }
    List<BulkWriteException.Done> done = new ArrayList<>();
    List<Map<String, AttributeValue>> notDone = new ArrayList<>();
    List<Map<String, AttributeValue>> unknown = new ArrayList<>();
    Throwable first = null;
    for (int i = 0; i < chunks.size(); i++) {
      Set<Write> pending = new HashSet<>();
      boolean unknownOutcome = false;
      if (!failure.finished[i]) {
        pending.addAll(chunks.get(i));
      } else if (failure.errors[i] instanceof ChunkFailure stopped) {
        pending.addAll(stopped.pending);
        unknownOutcome = stopped.unknown;
        first = first == null ? stopped : first;
      }
      for (Write w : chunks.get(i)) {
        if (!pending.contains(w)) {
          done.add(new BulkWriteException.Done(w.key(), null));
        } else {
          (unknownOutcome ? unknown : notDone).add(w.key());
        }
      }
    }
    Throwable cause = first == null ? failure.getCause() : first.getCause() == null ? first : first.getCause();
    return new BulkWriteException("BatchWriteItem stopped after the first failure: " + done.size() + " of " + writes.size()
        + " written, " + notDone.size() + " not written, " + unknown.size() + " with an unknown outcome; first failure: "
        + (first == null ? failure.getCause().getMessage() : first.getMessage()), cause, done, notDone, unknown);
  }
}
