package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** ConditionCheck: a transaction-only unit that requires a condition on an item it does not write. */
public final class ConditionCheck {
  private ConditionCheck() {}

  /**
   * A condition on an item a transaction does not write.
   *
   * @param context the table
   * @param key the checked key attributes
   * @param condition the condition
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction action(TableContext<E> context, Map<String, AttributeValue> key, Expr condition) {
    return new WriteAction(context, Refusal.of("conditionCheck", context.schema(), key), null,
        transactItem(context.table(), key, condition));
  }

  static TransactWriteItem transactItem(String table, Map<String, AttributeValue> key, Expr condition) {
    ExpressionContext ctx = new ExpressionContext();
    return transactItem(table, key, Expr.render(condition, ctx), ctx.names(), ctx.values());
  }

  static TransactWriteItem transactItem(String table, Map<String, AttributeValue> key, String condition,
      Map<String, String> names, Map<String, AttributeValue> values) {
    return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(key).conditionExpression(condition)
        .expressionAttributeNames(names).expressionAttributeValues(values)
        .returnValuesOnConditionCheckFailure(UpdateItem.allOld(condition))).build();
  }
}
