package dev.dynamorepo.runtime.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The create-only put: {@code attribute_not_exists(pk)}, as a single call or a transaction item.
 * Every put goes through here: plain, auto-increment, in a transaction.
 */
final class PutItem {
  /** Fixed per table, so it is built once, not on every put. */
  private static final String CREATE_ONLY = "attribute_not_exists(#pk)";

  private PutItem() {}

  static Call<PutItemRequest, PutItemResponse, PutItemResponse> of(String table, String partitionKey,
      Map<String, AttributeValue> item, Refusal refusal) {
    // ALL_OLD on failure: a retry refused by this call's own first attempt (its response lost) is
    // recognised by the stored item, so the caller is not told its own write conflicted; and a
    // real conflict is told with the stored item (Refusal). The transaction item asks for it too.
    PutItemRequest request = PutItemRequest.builder().tableName(table).item(item).conditionExpression(CREATE_ONLY)
        .expressionAttributeNames(Map.of("#pk", partitionKey))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
    return new Call<>(table, "PutItem", request, DynamoDbClient::putItem, DynamoDbAsyncClient::putItem, r -> r, refusal);
  }

  static TransactWriteItem transactItem(String table, String partitionKey, Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression(CREATE_ONLY)
        .expressionAttributeNames(Map.of("#pk", partitionKey))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();
  }
}
