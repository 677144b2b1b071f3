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
final class BatchGet<E> {
  static final int CHUNK = 100;
  static final int MAX_ATTEMPTS = 10;
  private final TableOps<E> ops;
  private final Runner runner;
  private final Map<Map<String, AttributeValue>, E> found = new HashMap<>();

  BatchGet(TableOps<E> ops, Runner runner) {
    this.ops = ops;
    this.runner = runner;
  }

  CompletableFuture<List<E>> getAll(List<Map<String, AttributeValue>> keys, boolean consistent) {
    List<Map<String, AttributeValue>> unique = new ArrayList<>(new LinkedHashSet<>(keys));
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int from = 0; from < unique.size(); from += CHUNK) {
      List<Map<String, AttributeValue>> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
      chain = chain.thenCompose(v -> fetch(Map.of(ops.table(), keysAndAttributes(chunk, consistent)), 1, new Backoff()));
    }
    return chain.thenApply(v -> {
      List<E> out = new ArrayList<>(found.size());
      for (Map<String, AttributeValue> key : unique) {
        E item = found.get(key);
        if (item != null) {
          out.add(item);
        }
      }
      return out;
    });
  }

  private static KeysAndAttributes keysAndAttributes(List<Map<String, AttributeValue>> keys, boolean consistent) {
    return KeysAndAttributes.builder().keys(keys).consistentRead(consistent ? Boolean.TRUE : null).build();
  }

  private CompletableFuture<Void> fetch(Map<String, KeysAndAttributes> pending, int attempt, Backoff backoff) {
    BatchGetItemRequest request = BatchGetItemRequest.builder().requestItems(pending).build();
    Call<BatchGetItemRequest, BatchGetItemResponse, BatchGetItemResponse> call = new Call<>(ops.table(), "BatchGetItem",
        request, DynamoDbClient::batchGetItem, DynamoDbAsyncClient::batchGetItem, r -> r, null);
    return runner.run(call).thenCompose(response -> {
      synchronized (found) {
        response.responses().getOrDefault(ops.table(), List.of())
            .forEach(item -> found.put(Keys.fromItem(ops.schema(), ops.table(), item), ops.schema().fromItem(item)));
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
