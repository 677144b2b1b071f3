package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
final class BatchGet<E, T> {
  static final int CHUNK = 100;
  static final int MAX_ATTEMPTS = 10;
  private final TableOps<E> ops;
  private final Runner runner;
  private final java.util.function.Function<Map<String, AttributeValue>, T> decode;
  private final dev.dynamorepo.runtime.support.ProjectionSchema<E, ?> projection;
  private final Map<Map<String, AttributeValue>, T> found = new HashMap<>();

  BatchGet(TableOps<E> ops, Runner runner, java.util.function.Function<Map<String, AttributeValue>, T> decode,
      dev.dynamorepo.runtime.support.ProjectionSchema<E, ?> projection) {
    this.ops = ops;
    this.runner = runner;
    this.decode = decode;
    this.projection = projection;
  }

  CompletableFuture<List<T>> getAll(List<Map<String, AttributeValue>> keys, boolean consistent) {
    List<Map<String, AttributeValue>> unique = new ArrayList<>(new LinkedHashSet<>(keys));
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int from = 0; from < unique.size(); from += CHUNK) {
      List<Map<String, AttributeValue>> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
      chain = chain.thenCompose(v -> fetch(Map.of(ops.table(), keysAndAttributes(chunk, consistent)), 1, new Backoff()));
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
    Call<BatchGetItemRequest, BatchGetItemResponse, BatchGetItemResponse> call = new Call<>(ops.table(), "BatchGetItem",
        request, DynamoDbClient::batchGetItem, DynamoDbAsyncClient::batchGetItem, r -> r, null);
    return runner.run(call).thenCompose(response -> {
      synchronized (found) {
        response.responses().getOrDefault(ops.table(), List.of())
            .forEach(item -> found.put(Keys.fromItem(ops.schema(), ops.table(), item), decode.apply(item)));
      }
      Map<String, KeysAndAttributes> left = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      if (left.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new DynamoException(Errors.prefix("BatchGetItem", ops.table()) + left.get(ops.table()).keys().size()
            + " keys still unprocessed after " + attempt + " attempts (throttled); retry later");
      }
      return runner.pause(backoff.nextMillis()).thenCompose(v -> fetch(left, attempt + 1, backoff));
    });
  }
}
