package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Backoff;
import dev.dynamorepo.runtime.internal.Errors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * {@code getAll}: BatchGetItem in chunks of 100 keys (DynamoDB's limit), retrying
 * {@code UnprocessedKeys} with jittered backoff a bounded number of times.
 */
final class BatchGet<E> {
  static final int CHUNK = 100;
  static final int MAX_ATTEMPTS = 10;
  private final Operations<E> ops;

  BatchGet(Operations<E> ops) {
    this.ops = ops;
  }

  List<E> getAll(List<Key<E>> keys, boolean consistent) {
    Set<Map<String, AttributeValue>> unique = new LinkedHashSet<>();
    keys.forEach(k -> unique.add(k.attributes()));
    List<Map<String, AttributeValue>> all = new ArrayList<>(unique);
    Map<Map<String, AttributeValue>, E> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      fetch(all.subList(from, Math.min(all.size(), from + CHUNK)), consistent, found);
    }
    List<E> out = new ArrayList<>(found.size());
    for (Map<String, AttributeValue> key : all) {
      E item = found.get(key);
      if (item != null) {
        out.add(item);
      }
    }
    return out;
  }

  private void fetch(List<Map<String, AttributeValue>> chunk, boolean consistent,
      Map<Map<String, AttributeValue>, E> found) {
    Map<String, KeysAndAttributes> pending = Map.of(ops.table,
        KeysAndAttributes.builder().keys(chunk).consistentRead(consistent).build());
    Backoff backoff = new Backoff();
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      Map<String, KeysAndAttributes> request = pending;
      BatchGetItemResponse response = ops.call("BatchGetItem", () -> ops.client.batchGetItem(b -> b.requestItems(request)), null);
      response.responses().getOrDefault(ops.table, List.of()).forEach(item -> found.put(keyOf(item), ops.schema.fromItem(item)));
      pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      if (!pending.isEmpty()) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new DynamoException(Errors.prefix("BatchGetItem", ops.table) + pending.get(ops.table).keys().size()
              + " keys still unprocessed after " + attempt + " attempts (throttled); retry later");
        }
        backoff.pause();
      }
    }
  }

  private Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    return Keys.fromItem(ops.schema, item).attributes();
  }
}
