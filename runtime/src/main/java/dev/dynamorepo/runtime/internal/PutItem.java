package dev.dynamorepo.runtime.internal;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The create-only put ({@code attribute_not_exists(pk)}), whole: a new item is prepared once
 * ({@link NewItem}: encoded, version 1, created-at and updated-at, generated id, key, checks)
 * and sent as a single call, a transaction item or, by {@link BatchWrite}, a bulk overwrite's put
 * request. Every create goes through here: plain, auto-increment, in a transaction, in bulk.
 */
public final class PutItem {
  /** Fixed per table, so it is built once, not on every put. */
  private static final String CREATE_ONLY = "attribute_not_exists(#pk)";

  private PutItem() {}

  /**
   * A new item, prepared once for every path that creates one.
   *
   * @param item the encoded, completed item
   * @param key its key, or null while it waits for an auto-increment id
   */
  record NewItem(Map<String, AttributeValue> item, Map<String, AttributeValue> key) {
    static <E> NewItem of(TableContext<E> context, E entity) {
      return completing(context, context.encode(entity));
    }

    /** Completes an encoded item and checks it; with a null auto-increment key, as it will be with an id. */
    static NewItem completing(TableContext<?> context, Map<String, AttributeValue> item) {
      Versions.initial(context.schema(), item);
      context.lifecycle().onCreate(item);
      if (context.autoIncrement() != null && item.get(context.partitionKeyName()) == null) {
        // Every check before the counter is touched: a refused item burns no id.
        ItemChecks.checkItem(context.table(), context.autoIncrement().withId(item, BigInteger.ONE));
        return new NewItem(item, null);
      }
      Map<String, AttributeValue> key = Keys.fromItem(context.schema(), context.table(), item);
      ItemChecks.checkItem(context.table(), item);
      return new NewItem(item, key);
    }

    boolean needsId() {
      return key == null;
    }
  }

  /**
   * Creates the item; a null auto-increment key takes the next id. A retry refused by this call's
   * own first attempt (its answer lost) is recognised by the stored item.
   *
   * @param context the table
   * @param runner sync or async
   * @param entity the new item
   * @param <E> the entity type
   * @return the stored entity, decoded from what is stored (so it is what get returns)
   */
  public static <E> CompletableFuture<E> run(TableContext<E> context, Runner runner, E entity) {
    return Futures.defer(() -> {
      NewItem created = NewItem.of(context, entity);
      if (created.needsId()) {
        return context.autoIncrement().put(runner, created.item());
      }
      E result = context.schema().fromItem(created.item());
      CompletableFuture<E> put = runner.run(of(context.table(), context.partitionKeyName(), created.item(),
          Refusal.put(context.schema(), created.key())).map(r -> result));
      return Items.ownWrite(put, stored -> Items.covers(stored, created.item(), true), stored -> result);
    });
  }

  /**
   * The same create as a transaction action; a null auto-increment key waits for its id.
   *
   * @param context the table
   * @param entity the new item
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction action(TableContext<E> context, E entity) {
    NewItem created = NewItem.of(context, entity);
    return new WriteAction(context, Refusal.put(context.schema(), created.key()), created.item(),
        created.needsId() ? null : transactItem(context.table(), context.partitionKeyName(), created.item()));
  }

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
