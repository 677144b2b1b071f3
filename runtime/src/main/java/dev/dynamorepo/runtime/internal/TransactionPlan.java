package dev.dynamorepo.runtime.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One attempt at a transaction: the TransactWriteItems to send, which action each came from (the
 * counter updates of auto-increment puts belong to none), and what each action writes. Made anew
 * for each attempt because auto-increment ids come from the counter as read now.
 */
final class TransactionPlan {
  /** Marks a request item that updates an auto-increment counter rather than a user action. */
  static final int COUNTER = -1;

  private final List<TransactWriteItem> items = new ArrayList<>();
  private final List<Integer> owners = new ArrayList<>();
  private final List<Object> written = new ArrayList<>();
  private final List<WriteAction> actions;
  private int bytes;

  private TransactionPlan(List<WriteAction> actions) {
    this.actions = actions;
  }

  static CompletableFuture<TransactionPlan> of(Runner runner, List<WriteAction> actions) {
    TransactionPlan plan = new TransactionPlan(actions);
    Map<Integer, Map<String, AttributeValue>> stored = new LinkedHashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      WriteAction action = actions.get(i);
      if (!action.needsId()) {
        plan.add(action.transactItem(), i);
        stored.put(i, action.item());
      }
    }
    return plan.addAutoIncrementPuts(runner, stored).thenApply(v -> {
      for (int i = 0; i < actions.size(); i++) {
        plan.written.add(actions.get(i).written(stored.get(i)));
      }
      return plan;
    });
  }

  /** Auto-increment puts of one table share one counter read and one counter update. */
  private CompletableFuture<Void> addAutoIncrementPuts(Runner runner, Map<Integer, Map<String, AttributeValue>> stored) {
    Map<AutoIncrement<?>, List<Integer>> byTable = new LinkedHashMap<>();
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).needsId()) {
        byTable.computeIfAbsent(actions.get(i).context().autoIncrement(), k -> new ArrayList<>()).add(i);
      }
    }
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Map.Entry<AutoIncrement<?>, List<Integer>> group : byTable.entrySet()) {
      chain = chain.thenCompose(v -> {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        group.getValue().forEach(i -> items.add(actions.get(i).item()));
        List<TransactWriteItem> writes = new ArrayList<>();
        return group.getKey().assignIds(runner, items, writes).thenAccept(withIds -> {
          for (int i = 0; i < group.getValue().size(); i++) {
            add(writes.get(i), group.getValue().get(i));
            stored.put(group.getValue().get(i), withIds.get(i));
          }
          add(writes.get(writes.size() - 1), COUNTER);
        });
      });
    }
    return chain;
  }

  private void add(TransactWriteItem item, int owner) {
    items.add(item);
    owners.add(owner);
    bytes += size(item);
  }

  private static int size(TransactWriteItem item) {
    Map<String, AttributeValue> map = item.put() != null ? item.put().item()
        : item.update() != null ? item.update().key() : item.delete() != null ? item.delete().key() : item.conditionCheck().key();
    int size = ItemChecks.checkValue("transaction", "item", AttributeValue.fromM(map));
    if (item.update() != null && item.update().hasExpressionAttributeValues()) {
      size += ItemChecks.checkValue("transaction", "values", AttributeValue.fromM(item.update().expressionAttributeValues()));
    }
    return size;
  }

  List<TransactWriteItem> items() {
    return items;
  }

  /** @return the user action index of request item {@code position}, or {@link #COUNTER} */
  int owner(int position) {
    return owners.get(position);
  }

  WriteAction action(int index) {
    return actions.get(index);
  }

  List<Object> written() {
    return written;
  }

  int bytes() {
    return bytes;
  }

  String tables() {
    Set<String> names = new LinkedHashSet<>();
    actions.forEach(a -> names.add(a.table()));
    return String.join("', '", names);
  }
}
