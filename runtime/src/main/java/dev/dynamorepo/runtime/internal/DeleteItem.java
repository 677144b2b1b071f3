package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * DeleteItem with an optional condition: alone (ReturnValues=ALL_OLD) or as a transaction item.
 * A retried delete that finds nothing may follow an attempt whose response was lost after it
 * deleted the item, so the unit also reports whether the SDK retried (its RETRY_COUNT metric, from
 * a publisher on this request alone).
 */
final class DeleteItem {
  private DeleteItem() {}

  /** What a DeleteItem found: the old item (or null) and whether the SDK sent it more than once. */
  record Deleted(Map<String, AttributeValue> old, boolean retried) {}

  static Call<DeleteItemRequest, DeleteItemResponse, Deleted> of(String table, Map<String, AttributeValue> key, Expr condition,
      Refusal refusal, Retries retries) {
    ExpressionContext ctx = new ExpressionContext();
    String rendered = Expr.render(condition, ctx);
    DeleteItemRequest request = DeleteItemRequest.builder().tableName(table).key(key).returnValues(ReturnValue.ALL_OLD)
        .conditionExpression(rendered).expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values())
        .returnValuesOnConditionCheckFailure(UpdateItem.allOld(rendered))
        .overrideConfiguration(o -> o.addMetricPublisher(retries)).build();
    return new Call<>(table, "DeleteItem", request, DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem,
        r -> new Deleted(r.hasAttributes() && !r.attributes().isEmpty() ? r.attributes() : null, retries.retried()), refusal);
  }

  static TransactWriteItem transactItem(String table, Map<String, AttributeValue> key, Expr condition) {
    ExpressionContext ctx = new ExpressionContext();
    String rendered = Expr.render(condition, ctx);
    return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).conditionExpression(rendered)
        .expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values())
        .returnValuesOnConditionCheckFailure(UpdateItem.allOld(rendered)).build()).build();
  }
}
