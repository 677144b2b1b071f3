package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem: an update expression and a condition on one key, rendered once into one set of
 * placeholders, sent alone (ReturnValues=ALL_NEW) or as a transaction item. An update with
 * nothing to write (a key-only entity) becomes a condition check in a transaction.
 */
final class UpdateItem {
  private UpdateItem() {}

  /** The rendered parts shared by both forms. */
  record Spec(String table, Map<String, AttributeValue> key, String update, String condition,
      Map<String, String> names, Map<String, AttributeValue> values) {
    static Spec of(String table, Map<String, AttributeValue> key, UpdateClauses clauses, Expr condition) {
      ExpressionContext ctx = new ExpressionContext();
      String update = clauses.isEmpty() ? null : clauses.render(ctx);
      String rendered = Expr.render(condition, ctx);
      return new Spec(table, key, update, rendered, ctx.names(), ctx.values());
    }
  }

  static Call<UpdateItemRequest, UpdateItemResponse, Map<String, AttributeValue>> of(Spec spec, Refusal refusal) {
    UpdateItemRequest request = UpdateItemRequest.builder().tableName(spec.table()).key(spec.key())
        .updateExpression(spec.update()).conditionExpression(spec.condition()).returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(allOld(spec.condition()))
        .expressionAttributeNames(spec.names()).expressionAttributeValues(spec.values()).build();
    return new Call<>(spec.table(), "UpdateItem", request, DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem,
        UpdateItemResponse::attributes, refusal);
  }

  static TransactWriteItem transactItem(Spec spec) {
    if (spec.update() == null) {
      return ConditionCheck.transactItem(spec.table(), spec.key(), spec.condition(), spec.names(), spec.values());
    }
    return TransactWriteItem.builder().update(Update.builder().tableName(spec.table()).key(spec.key())
        .updateExpression(spec.update()).conditionExpression(spec.condition()).expressionAttributeNames(spec.names())
        .expressionAttributeValues(spec.values()).returnValuesOnConditionCheckFailure(allOld(spec.condition())).build()).build();
  }

  /** ALL_OLD whenever there is a condition: the stored item tells a refused caller why (see {@link Refusal}). */
  static ReturnValuesOnConditionCheckFailure allOld(String condition) {
    return condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
  }
}
