package dev.dynamorepo.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final List<TransactionAction<?>> actions;
  private int bytes;

  private TransactionPlan(List<TransactionAction<?>> actions) {
    this.actions = actions;
  }

  static TransactionPlan of(List<TransactionAction<?>> actions) {
    TransactionPlan plan = new TransactionPlan(actions);
    Map<Integer, Map<String, AttributeValue>> stored = new LinkedHashMap<>();
    for (TransactionAction<?> action : actions) {
      if (!action.needsId()) {
        plan.add(action.toWriteItem(), action.index());
        stored.put(action.index(), action.item());
      }
    }
    plan.addAutoIncrementPuts(actions, stored);
    for (TransactionAction<?> action : actions) {
      plan.written.add(action.written(stored.get(action.index())));
    }
    return plan;
  }

  /** Auto-increment puts of one table share one counter read and one counter update. */
  private void addAutoIncrementPuts(List<TransactionAction<?>> all, Map<Integer, Map<String, AttributeValue>> stored) {
    Map<AutoIncrementPut<?>, List<TransactionAction<?>>> byTable = new LinkedHashMap<>();
    for (TransactionAction<?> action : all) {
      if (action.needsId()) {
        byTable.computeIfAbsent(action.operations().autoIncrement(), k -> new ArrayList<>()).add(action);
      }
    }
    byTable.forEach((counter, group) -> {
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      group.forEach(a -> items.add(a.item()));
      List<Map<String, AttributeValue>> withIds = new ArrayList<>();
      List<TransactWriteItem> writes = counter.transactionActions(items, withIds);
      for (int i = 0; i < group.size(); i++) {
        add(writes.get(i), group.get(i).index());
        stored.put(group.get(i).index(), withIds.get(i));
      }
      add(writes.get(writes.size() - 1), COUNTER);
    });
  }

  private void add(TransactWriteItem item, int owner) {
    items.add(item);
    owners.add(owner);
    bytes += Transaction.size(item);
  }

  List<TransactWriteItem> items() {
    return items;
  }

  /** @return the user action index of request item {@code position}, or {@link #COUNTER} */
  int owner(int position) {
    return owners.get(position);
  }

  TransactionAction<?> action(int index) {
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
