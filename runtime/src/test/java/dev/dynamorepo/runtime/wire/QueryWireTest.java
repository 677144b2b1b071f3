package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.ReadConsistency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Query on the wire: key condition, index, direction, Limit, filter, projection, cursors, pages and counts. */
class QueryWireTest extends WireTest {
  static final Order A = new Order("alice", "o-1", 10, null, "NEW", null, 1L);
  static final Order B = new Order("alice", "o-2", 20, null, "NEW", null, 1L);

  static CannedHttp.Answer page(List<Order> items, Map<String, Object> lastKey) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("Items", items.stream().map(WireTest::wire).toList());
    body.put("Count", items.size());
    if (lastKey != null) {
      body.put("LastEvaluatedKey", lastKey);
    }
    return ok(body);
  }

  /** The same query made on the sync or the async repository, then shaped by {@code options}. */
  private <T> Query<Order, T> query(java.util.function.Function<Query<Order, Order>, Query<Order, T>> options) {
    return options.apply(side == Side.SYNC ? orders.query("alice", sk -> sk.beginsWith("o-"))
        : ordersAsync.query("alice", sk -> sk.beginsWith("o-")));
  }

  private <T> Page<T> page(Query<Order, T> query, String cursor) {
    return call(() -> query.page(cursor), () -> query.pageAsync(cursor));
  }

  @BothSides
  void theKeyConditionAndEveryOptionGoOut(Side side) {
    on(side);
    http.on("Query", ok(Map.of("Items", List.of(wire(Map.of("orderId", AttributeValue.fromS("o-1"), "total",
        AttributeValue.fromN("10")))), "Count", 1)));
    Query<Order, Order.Summary> q = query(x -> x.descending().pageSize(10).filter(OrderSchema.STATUS.eq("NEW"))
        .consistency(ReadConsistency.STRONG).project(OrderSchema.SUMMARY));
    Page<Order.Summary> page = page(q, null);
    assertEquals(List.of(new Order.Summary("o-1", 10)), page.items());
    assertFalse(page.hasMore());
    Sent sent = only("Query");
    assertEquals("orders", sent.get("TableName"));
    assertEquals("customerId = 'alice' AND begins_with(orderId, 'o-')", sent.expr("KeyConditionExpression"));
    assertEquals("status = 'NEW'", sent.expr("FilterExpression"));
    assertEquals("orderId, total", sent.expr("ProjectionExpression"));
    assertEquals(Boolean.FALSE, sent.get("ScanIndexForward"));
    assertEquals(Boolean.TRUE, sent.get("ConsistentRead"));
    assertEquals(10, ((Number) sent.get("Limit")).intValue());
    assertNull(sent.get("IndexName"));
  }

  @BothSides
  void anIndexQueryNamesTheIndexAndItsKeys(Side side) {
    on(side);
    http.on("Query", page(List.of(B), null));
    Query<Order, Order> q = side == Side.SYNC ? orders.queryByStatus("NEW", sk -> sk.ge(15L))
        : ordersAsync.queryByStatus("NEW", sk -> sk.ge(15L));
    assertEquals(List.of(B), page(q, null).items());
    Sent sent = only("Query");
    assertEquals("by-status", sent.get("IndexName"));
    assertEquals("status = 'NEW' AND total >= 15", sent.expr("KeyConditionExpression"));
    assertEquals(Set.of("TableName", "IndexName", "KeyConditionExpression", "ExpressionAttributeNames",
        "ExpressionAttributeValues"), sent.body().keySet(), "ascending, eventually consistent, no Limit");
    Query<Order, Order> strong = q.consistency(ReadConsistency.STRONG);
    DynamoException e = fails(DynamoException.class, () -> strong.page(null), () -> strong.pageAsync(null));
    assertTrue(e.getMessage().contains("'by-status'") && e.getMessage().contains("strong"), e.getMessage());
    assertEquals(1, http.sent().size(), "refused before sending");
  }

  @BothSides
  void aCursorResumesAtTheLastEvaluatedKey(Side side) {
    on(side);
    Map<String, Object> last = Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-1"));
    http.on("Query", page(List.of(A), last), page(List.of(B), null));
    Query<Order, Order> q = query(x -> x.pageSize(1));
    Page<Order> first = page(q, null);
    assertEquals(List.of(A), first.items());
    assertTrue(first.hasMore());
    assertNotNull(first.cursor());
    Page<Order> second = page(q, first.cursor());
    assertEquals(List.of(B), second.items());
    assertFalse(second.hasMore());
    List<Sent> sent = sent("Query");
    assertNull(sent.get(0).get("ExclusiveStartKey"));
    assertEquals(last, sent.get(1).get("ExclusiveStartKey"));
  }

  @BothSides
  void aCursorOfAnotherQueryOrEditedIsRefusedBeforeSending(Side side) {
    on(side);
    http.on("Query", page(List.of(A), Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-1"))));
    String cursor = page(query(UnaryOperator.identity()), null).cursor();
    Query<Order, Order> other = query(x -> x.filter(OrderSchema.STATUS.eq("PAID")));
    DynamoException foreign = fails(DynamoException.class, () -> other.page(cursor), () -> other.pageAsync(cursor));
    assertTrue(foreign.getMessage().contains("'orders'"), foreign.getMessage());
    // One significant character changed (the last one may carry only padding bits): always a different cursor.
    char sealed = cursor.charAt(cursor.length() - 2);
    String edited = cursor.substring(0, cursor.length() - 2) + (sealed == 'A' ? 'B' : 'A') + cursor.charAt(cursor.length() - 1);
    Query<Order, Order> same = query(UnaryOperator.identity());
    fails(DynamoException.class, () -> same.page(edited), () -> same.pageAsync(edited));
    assertEquals(1, http.sent().size(), "only the first page was sent");
  }

  @BothSides
  void aStreamFollowsThePagesAndALimitStopsIt(Side side) {
    on(side);
    Map<String, Object> last = Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-2"));
    http.on("Query", page(List.of(A, B), last), page(List.of(A), null), page(List.of(A, B), last));
    Query<Order, Order> all = query(UnaryOperator.identity());
    assertEquals(List.of(A, B, A), call(() -> all.stream().toList(), () -> collect(all.publisher())));
    assertEquals(last, sent("Query").get(1).get("ExclusiveStartKey"));
    Query<Order, Order> two = query(x -> x.limit(2));
    assertEquals(List.of(A, B), call(() -> two.stream().toList(), () -> collect(two.publisher())));
    List<Sent> sent = sent("Query");
    assertEquals(3, sent.size(), "nothing fetched after the limit was reached");
    assertEquals(2, ((Number) sent.get(2).get("Limit")).intValue());
  }

  @BothSides
  void countAsksForCountsOnlyAndAddsThePages(Side side) {
    on(side);
    Map<String, Object> last = Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-2"));
    http.on("Query", ok(Map.of("Count", 2, "LastEvaluatedKey", last)), ok(Map.of("Count", 3)));
    Query<Order, Order> q = query(x -> x.filter(OrderSchema.TOTAL.gt(5L)));
    assertEquals(5L, call(q::count, q::countAsync));
    List<Sent> sent = sent("Query");
    assertEquals(List.of("COUNT", "COUNT"), sent.stream().map(s -> s.get("Select")).toList());
    assertEquals("total > 5", sent.get(0).expr("FilterExpression"));
    assertEquals(last, sent.get(1).get("ExclusiveStartKey"));
  }
}
