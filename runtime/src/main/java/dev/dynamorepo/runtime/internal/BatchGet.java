package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@code getAll}: BatchGetItem in chunks of 100 keys (DynamoDB's limit), chunks one after
 * another, {@code UnprocessedKeys} retried with jittered backoff a bounded number of times.
 */
public final class BatchGet<E, T> {
  static final int CHUNK = 100;
  static final int MAX_ATTEMPTS = 10;
  private final TableContext<E> context;
  private final Runner runner;
  private final java.util.function.Function<Map<String, AttributeValue>, T> decode;
  private final dev.dynamorepo.runtime.support.ProjectionSchema<E, ?> projection;
  private final Map<Map<String, AttributeValue>, T> found = new HashMap<>();

  private BatchGet(TableContext<E> context, Runner runner, java.util.function.Function<Map<String, AttributeValue>, T> decode,
      dev.dynamorepo.runtime.support.ProjectionSchema<E, ?> projection) {
    this.context = context;
    this.runner = runner;
    this.decode = decode;
    this.projection = projection;
  }

  /**
   * Reads many items, whole or as a projection (plus the key attributes, to order the results).
   *
   * @param context the table
   * @param runner sync or async
   * @param keys the checked keys
   * @param consistency eventual or strong
   * @param projection the projection, or null for the entity
   * @param <E> the entity type
   * @param <P> the result type
   * @return the items that exist, in key order
   */
  public static <E, P> CompletableFuture<List<P>> run(TableContext<E> context, Runner runner, List<Map<String, AttributeValue>> keys,
      dev.dynamorepo.runtime.ReadConsistency consistency, dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return Futures.defer(() -> new BatchGet<>(context, runner, context.decoder(projection), projection)
        .getAll(keys, consistency == dev.dynamorepo.runtime.ReadConsistency.STRONG));
  }

  private CompletableFuture<List<T>> getAll(List<Map<String, AttributeValue>> keys, boolean consistent) {
    List<Map<String, AttributeValue>> unique = new ArrayList<>(new LinkedHashSet<>(keys));
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int from = 0; from < unique.size(); from += CHUNK) {
      List<Map<String, AttributeValue>> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
      chain = chain.thenCompose(v -> fetch(Map.of(context.table(), keysAndAttributes(chunk, consistent)), 1, new Backoff()));
    }
    return chain.thenApply(v -> {
      List<T> out = new ArrayList<>(found.size());
      for (Map<String, AttributeValue> key : unique) {
        T item = found.get(key);
        if (item != null) {
          out.add(item);
        }
      }
      return out;
    });
  }

  private KeysAndAttributes keysAndAttributes(List<Map<String, AttributeValue>> keys, boolean consistent) {
    KeysAndAttributes.Builder b = KeysAndAttributes.builder().keys(keys).consistentRead(consistent ? Boolean.TRUE : null);
    if (projection != null) {
      // The keys are read too, to put each item in its key's place.
      dev.dynamorepo.runtime.support.ExpressionContext ctx = new dev.dynamorepo.runtime.support.ExpressionContext();
      List<String> keyNames = new ArrayList<>(keys.get(0).keySet());
      b.projectionExpression(projection.expression(ctx, keyNames)).expressionAttributeNames(ctx.names());
    }
    return b.build();
  }

  private CompletableFuture<Void> fetch(Map<String, KeysAndAttributes> pending, int attempt, Backoff backoff) {
    BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(pending).build();
    Call<BatchGetItemRequest, BatchGetItemResponse, BatchGetItemResponse> call = new Call<>(context.table(), "BatchGetItem",
        request, DynamoDbClient::batchGetItem, DynamoDbAsyncClient::batchGetItem, r -> r, null);
    return runner.run(call).thenCompose(response -> {
      synchronized (found) {
        response.responses().getOrDefault(context.table(), List.of())
            .forEach(item -> found.put(Keys.fromItem(context.schema(), context.table(), item), decode.apply(item)));
      }
      Map<String, KeysAndAttributes> left = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      if (left.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new DynamoException(Errors.prefix("BatchGetItem", context.table()) + left.get(context.table()).keys().size()
            + " keys still unprocessed after " + attempt + " attempts (throttled); retry later");
      }
      return runner.pause(backoff.nextMillis()).thenCompose(v -> fetch(left, attempt + 1, backoff));
    });
  }
}
