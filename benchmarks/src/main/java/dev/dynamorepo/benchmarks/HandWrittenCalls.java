package dev.dynamorepo.benchmarks;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * What a careful programmer writes by hand against the raw SDK client to do what the generated
 * repository's put and get do, with {@link HandWritten} mapping: the same request on the wire
 * (create-only put with the version set to 1; get by key), and the same result (the stored order;
 * the decoded order or empty). No checks the server would make anyway, no decode of the item just
 * sent. This is the bar of the "within 1.05x of raw" target.
 */
final class HandWrittenCalls {
  private static final AttributeValue ONE = AttributeValue.createN("1");
  private static final String CREATE_ONLY = "attribute_not_exists(#pk)";
  private static final Map<String, String> CREATE_ONLY_NAMES = Map.of("#pk", "pk");

  private HandWrittenCalls() {}

  /**
   * @param order the new order
   * @return the create-only PutItem the repository sends for it
   */
  static PutItemRequest put(Order12 order) {
    Map<String, AttributeValue> item = HandWritten.toItem(order);
    item.put("version", ONE);
    return PutItemRequest.builder().tableName("orders").item(item).conditionExpression(CREATE_ONLY)
        .expressionAttributeNames(CREATE_ONLY_NAMES).build();
  }

  /**
   * @param order what was put
   * @return the stored order: the same, with version 1
   */
  static Order12 stored(Order12 order) {
    return new Order12(order.pk(), order.sk(), order.totalCents(), order.quantity(), order.gift(), order.createdAt(),
        order.price(), order.lines(), order.tags(), order.counts(), order.status(), 1L);
  }

  /**
   * @param pk partition key
   * @param sk sort key
   * @return the GetItem for that key (eventually consistent)
   */
  static GetItemRequest get(String pk, String sk) {
    return GetItemRequest.builder().tableName("orders")
        .key(Map.of("pk", AttributeValue.createS(pk), "sk", AttributeValue.createS(sk))).build();
  }

  /**
   * @param response a GetItem response
   * @return the decoded order, or empty
   */
  static Optional<Order12> found(GetItemResponse response) {
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(HandWritten.fromItem(response.item())) : Optional.empty();
  }
}
