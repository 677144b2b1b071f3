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

/** DeleteItem with an optional condition: alone (ReturnValues=ALL_OLD) or as a transaction item. */
final class DeleteItem {
  private DeleteItem() {}

  static Call<DeleteItemRequest, DeleteItemResponse, Map<String, AttributeValue>> of(String table,
      Map<String, AttributeValue> key, Expr condition, String conflict) {
    ExpressionContext ctx = new ExpressionContext();
    DeleteItemRequest request = DeleteItemRequest.builder().tableName(table).key(key).returnValues(ReturnValue.ALL_OLD)
        .conditionExpression(Expr.render(condition, ctx)).expressionAttributeNames(ctx.names())
        .expressionAttributeValues(ctx.values()).build();
    return new Call<>(table, "DeleteItem", request, DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem,
        r -> r.hasAttributes() && !r.attributes().isEmpty() ? r.attributes() : null, conflict);
  }

  static TransactWriteItem transactItem(String table, Map<String, AttributeValue> key, Expr condition) {
    ExpressionContext ctx = new ExpressionContext();
    return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
        .conditionExpression(Expr.render(condition, ctx)).expressionAttributeNames(ctx.names())
        .expressionAttributeValues(ctx.values()).build()).build();
  }
}
