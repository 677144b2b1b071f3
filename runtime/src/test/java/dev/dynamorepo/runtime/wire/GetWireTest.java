package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.ReadConsistency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** GetItem on the wire: key, ConsistentRead and ProjectionExpression sent; the item decoded. */
class GetWireTest extends WireTest {
  static final Order ORDER = new Order("alice", "o-1", 250, Set.of("gift"), "NEW", null, 3L);

  @BothSides
  void sendsTheKeyAloneAndDecodesTheItem(Side side) {
    on(side);
    http.on("GetItem", ok(Map.of("Item", wire(ORDER))));
    Optional<Order> found = call(() -> orders.get(orders.key("alice", "o-1")), () -> ordersAsync.get(orders.key("alice", "o-1")));
    assertEquals(Optional.of(ORDER), found);
    Sent get = only("GetItem");
    assertEquals("orders", get.get("TableName"));
    assertEquals(key("alice", "o-1"), get.item("Key"));
    assertEquals(Set.of("TableName", "Key"), get.body().keySet(), "eventually consistent, whole item: nothing else");
  }

  @BothSides
  void aMissingItemIsEmpty(Side side) {
    on(side);
    Optional<Order> found = call(() -> orders.get(orders.key("alice", "o-9")), () -> ordersAsync.get(orders.key("alice", "o-9")));
    assertEquals(Optional.empty(), found);
    assertEquals(1, sent("GetItem").size());
  }

  @BothSides
  void strongConsistencyAndAProjectionGoOutTogether(Side side) {
    on(side);
    http.on("GetItem", ok(Map.of("Item", wire(Map.of("orderId", AttributeValue.fromS("o-1"), "total", AttributeValue.fromN("250"))))));
    Get<Order, Order.Summary> get = Get.of(orders.key("alice", "o-1")).project(OrderSchema.SUMMARY).consistency(ReadConsistency.STRONG);
    Optional<Order.Summary> found = call(() -> orders.get(get), () -> ordersAsync.get(get));
    assertEquals(Optional.of(new Order.Summary("o-1", 250)), found);
    Sent sent = only("GetItem");
    assertEquals(Boolean.TRUE, sent.get("ConsistentRead"));
    assertEquals("orderId, total", sent.expr("ProjectionExpression"));
  }

  @BothSides
  void anAttributeStoredAsAnotherTypeFailsTheReadNamingItNotItsValue(Side side) {
    on(side);
    Map<String, AttributeValue> stored = OrderSchema.toItem(ORDER);
    stored.put("total", AttributeValue.fromS("SECRET-250"));
    http.on("GetItem", ok(Map.of("Item", wire(stored))));
    DynamoException e = fails(DynamoException.class, () -> orders.get(orders.key("alice", "o-1")),
        () -> ordersAsync.get(orders.key("alice", "o-1")));
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("'total'") && e.getMessage().contains("o-1"),
        e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  @BothSides
  void aServerErrorOnEveryAttemptOfAReadIsAFailureNotAnUnknownOutcome(Side side) {
    on(side);
    http.onEach("GetItem", s -> error(500, "InternalServerError", Map.of()));
    DynamoException e = fails(DynamoException.class, () -> orders.get(orders.key("alice", "o-1")),
        () -> ordersAsync.get(orders.key("alice", "o-1")));
    assertFalse(e instanceof OutcomeUnknownException, e.toString());
    assertTrue(e.getMessage().startsWith("table 'orders': GetItem failed: "), e.getMessage());
    assertTrue(sent("GetItem").size() > 1, "the SDK retries a 500");
  }

  @BothSides
  void aMissingTableIsReportedWithItsName(Side side) {
    on(side);
    http.on("GetItem", error(400, "ResourceNotFoundException", Map.of()));
    DynamoException e = fails(DynamoException.class, () -> orders.get(orders.key("alice", "o-1")),
        () -> ordersAsync.get(orders.key("alice", "o-1")));
    assertTrue(e.getMessage().startsWith("table 'orders': GetItem failed: "), e.getMessage());
    assertInstanceOf(software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.class, e.getCause());
    assertEquals(1, sent("GetItem").size(), "a 400 is not retried");
  }
}
