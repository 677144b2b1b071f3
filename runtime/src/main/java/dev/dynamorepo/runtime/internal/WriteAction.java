package dev.dynamorepo.runtime.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One action of a write transaction, built and checked by {@link TableOps} with the same code as
 * the single call (keys, item size, numbers), so bad input is refused before anything is sent.
 */
public final class WriteAction {
  private final TableOps<?> ops;
  private final String kind;
  private final Map<String, AttributeValue> key;
  private final Map<String, AttributeValue> item;
  private final TransactWriteItem transactItem;

  WriteAction(TableOps<?> ops, String kind, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
      TransactWriteItem transactItem) {
    this.ops = ops;
    this.kind = kind;
    this.key = key;
    this.item = item;
    this.transactItem = transactItem;
  }

  /** @return put, update, upsert, delete or conditionCheck */
  public String kind() {
    return kind;
  }

  /** @return the physical table */
  public String table() {
    return ops.table();
  }

  /** @return the entity class this action writes */
  public Class<?> entityType() {
    return ops.schema().entityType();
  }

  /** @return the key, or null for a put that waits for an auto-increment id */
  public Map<String, AttributeValue> key() {
    return key;
  }

  boolean needsId() {
    return key == null;
  }

  TableOps<?> ops() {
    return ops;
  }

  Map<String, AttributeValue> item() {
    return item;
  }

  TransactWriteItem transactItem() {
    return transactItem;
  }

  /** What this action wrote, as an entity, or null for delete, conditionCheck and partial updates. */
  Object written(Map<String, AttributeValue> stored) {
    return stored == null ? null : ops.schema().fromItem(stored);
  }
}
