package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One action of a {@link Transaction}, checked when it is added (keys, item size, numbers) so that
 * bad input is refused before anything is sent.
 *
 * @param <E> the entity type
 */
final class TransactionAction<E> {
  private final Operations<E> ops;
  private final int index;
  private final String kind;
  private final Map<String, AttributeValue> item;
  private final Map<String, AttributeValue> key;
  private final Condition<E> condition;

  private TransactionAction(Operations<E> ops, int index, String kind, Map<String, AttributeValue> item,
      Map<String, AttributeValue> key, Condition<E> condition) {
    this.ops = ops;
    this.index = index;
    this.kind = kind;
    this.item = item;
    this.key = key;
    this.condition = condition;
  }

  static <E> TransactionAction<E> put(Operations<E> ops, int index, E entity) {
    Map<String, AttributeValue> item = new HashMap<>(ops.schema.toItem(entity));
    Versions.initial(ops.schema, item);
    boolean newId = ops.autoIncrement() != null && item.get(ops.schema.partitionKey().name()) == null;
    Map<String, AttributeValue> key = newId ? null : Keys.fromItem(ops.schema, item).attributes();
    ItemChecks.checkItem(ops.table, newId ? ops.autoIncrement().withId(item, java.math.BigInteger.ONE) : item);
    return new TransactionAction<>(ops, index, "put", item, key, null);
  }

  static <E> TransactionAction<E> update(Operations<E> ops, int index, E entity, Condition<E> condition, boolean strict) {
    Map<String, AttributeValue> item = new HashMap<>(ops.schema.toItem(entity));
    Map<String, AttributeValue> key = Keys.fromItem(ops.schema, item).attributes();
    ItemChecks.checkItem(ops.table, item);
    Condition<E> all = Operations.and(strict ? Conditions.exists(ops.schema) : null,
        Operations.and(Versions.advance(ops.schema, item), condition));
    return new TransactionAction<>(ops, index, strict ? "update" : "upsert", item, key, all);
  }

  static <E> TransactionAction<E> delete(Operations<E> ops, int index, Key<E> key, Condition<E> condition) {
    ops.checkTable(key);
    return new TransactionAction<>(ops, index, "delete", null, key.attributes(), condition);
  }

  static <E> TransactionAction<E> deleteEntity(Operations<E> ops, int index, E entity) {
    Map<String, AttributeValue> item = ops.schema.toItem(entity);
    Key<E> key = Keys.fromItem(ops.schema, item);
    return new TransactionAction<>(ops, index, "delete", null, key.attributes(), Versions.held(ops.schema, item));
  }

  static <E> TransactionAction<E> conditionCheck(Operations<E> ops, int index, Key<E> key, Condition<E> condition) {
    ops.checkTable(key);
    return new TransactionAction<>(ops, index, "conditionCheck", null, key.attributes(), condition);
  }

  /** @return whether this put waits for an auto-increment id */
  boolean needsId() {
    return key == null;
  }

  int index() {
    return index;
  }

  String kind() {
    return kind;
  }

  String table() {
    return ops.table;
  }

  Operations<E> operations() {
    return ops;
  }

  /** @return the key, or null for a put that waits for its id */
  Map<String, AttributeValue> key() {
    return key;
  }

  Map<String, AttributeValue> item() {
    return item;
  }

  /** @return what this action wrote, as an entity, or null for delete and conditionCheck */
  Object written(Map<String, AttributeValue> stored) {
    return stored == null ? null : ops.schema.fromItem(stored);
  }

  TransactWriteItem toWriteItem() {
    ExpressionContext ctx = new ExpressionContext();
    switch (kind) {
      case "put":
        return ops.createOnlyPutAction(item);
      case "delete":
        return TransactWriteItem.builder().delete(Delete.builder().tableName(ops.table).key(key)
            .conditionExpression(render(ctx)).expressionAttributeNames(ctx.names())
            .expressionAttributeValues(ctx.values()).build()).build();
      case "conditionCheck":
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(ops.table).key(key)
            .conditionExpression(render(ctx)).expressionAttributeNames(ctx.names())
            .expressionAttributeValues(ctx.values()).build()).build();
      default:
        return updateItem(ctx);
    }
  }

  private TransactWriteItem updateItem(ExpressionContext ctx) {
    String expression = UpdateExpressions.replace(ctx, ops.schema, item, "update".equals(kind));
    if (expression == null) {
      // A key-only entity has nothing to write: a strict update is then a check that it exists.
      return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(ops.table).key(key)
          .conditionExpression(render(ctx)).expressionAttributeNames(ctx.names())
          .expressionAttributeValues(ctx.values()).build()).build();
    }
    return TransactWriteItem.builder().update(Update.builder().tableName(ops.table).key(key)
        .updateExpression(expression).conditionExpression(render(ctx)).expressionAttributeNames(ctx.names())
        .expressionAttributeValues(ctx.values()).build()).build();
  }

  private String render(ExpressionContext ctx) {
    return condition == null ? null : condition.render(ctx);
  }
}
