package dev.dynamorepo.runtime.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One action of a write transaction, built and checked by {@link TableContext} with the same code as
 * the single call (keys, item size, numbers), so bad input is refused before anything is sent.
 */
public final class WriteAction {
  private final TableContext<?> context;
  private final Refusal refusal;
  private final Map<String, AttributeValue> item;
  private final TransactWriteItem transactItem;

  WriteAction(TableContext<?> context, Refusal refusal, Map<String, AttributeValue> item, TransactWriteItem transactItem) {
    this.context = context;
    this.refusal = refusal;
    this.item = item;
    this.transactItem = transactItem;
  }

  /** @return put, update, upsert, delete or conditionCheck */
  public String kind() {
    return refusal.action();
  }

  /** @return the physical table */
  public String table() {
    return context.table();
  }

  /** @return the entity class this action writes */
  public Class<?> entityType() {
    return context.schema().entityType();
  }

  /** @return the key, or null for a put that waits for an auto-increment id */
  public Map<String, AttributeValue> key() {
    return refusal.key();
  }

  boolean needsId() {
    return refusal.key() == null;
  }

  /** @return what this action expected of the stored item, to say why its condition failed */
  Refusal refusal() {
    return refusal;
  }

  TableContext<?> context() {
    return context;
  }

  Map<String, AttributeValue> item() {
    return item;
  }

  TransactWriteItem transactItem() {
    return transactItem;
  }

  /** What this action wrote, as an entity, or null for delete, conditionCheck and partial updates. */
  Object written(Map<String, AttributeValue> stored) {
    return stored == null ? null : context.schema().fromItem(stored);
  }
}
