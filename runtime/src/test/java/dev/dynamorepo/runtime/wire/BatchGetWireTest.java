package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamorepo.runtime.BatchGet;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.ReadConsistency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** BatchGetItem on the wire: chunks of 100, unprocessed keys sent again, projections with the keys, results in key order. */
class BatchGetWireTest extends WireTest {
  static Order order(String id) {
    return new Order("alice", id, id.length(), null, "NEW", null, 1L);
  }

  static List<Key<Order>> keys(OrderRepository orders, int n) {
    return IntStream.range(0, n).mapToObj(i -> orders.key("alice", "o-" + i)).toList();
  }

  /** @return the keys a request asked for, in the order sent */
  @SuppressWarnings("unchecked")
  static List<Map<String, AttributeValue>> asked(Sent s) {
    return ((List<Object>) s.get("RequestItems", "orders", "Keys")).stream().map(WireJson::attributes).toList();
  }

  /** Answers with the orders of the keys asked for, the ones {@code skip} names unprocessed. */
  static CannedHttp.Answer found(Sent s, Set<String> skip) {
    List<Object> items = new ArrayList<>();
    List<Object> left = new ArrayList<>();
    for (Map<String, AttributeValue> key : asked(s)) {
      String id = key.get("orderId").s();
      (skip.contains(id) ? left : items).add(skip.contains(id) ? wire(key) : wire(order(id)));
    }
    Map<String, Object> kaa = new java.util.LinkedHashMap<>(s.part("RequestItems", "orders"));
    kaa.put("Keys", left);
    return ok(left.isEmpty() ? Map.of("Responses", Map.of("orders", items))
        : Map.of("Responses", Map.of("orders", items), "UnprocessedKeys", Map.of("orders", kaa)));
  }

  @BothSides
  void keysGoInChunksOfAHundredAndComeBackInKeyOrder(Side side) {
    on(side);
    http.onEach("BatchGetItem", s -> found(s, Set.of()));
    List<Key<Order>> keys = keys(orders, 150);
    List<Order> all = call(() -> orders.getAll(keys), () -> ordersAsync.getAll(keys));
    assertEquals(IntStream.range(0, 150).mapToObj(i -> order("o-" + i)).toList(), all);
    List<Sent> sent = sent("BatchGetItem");
    assertEquals(List.of(100, 50), sent.stream().map(s -> asked(s).size()).toList());
    assertEquals(keys.stream().map(Key::attributes).toList(), sent.stream().flatMap(s -> asked(s).stream()).toList());
    assertEquals(Set.of("Keys"), sent.get(0).part("RequestItems", "orders").keySet(), "whole items, eventually consistent");
  }

  @BothSides
  void unprocessedKeysAreSentAgainAlone(Side side) {
    on(side);
    http.onEach("BatchGetItem", s -> found(s, http.sent("BatchGetItem").size() == 1 ? Set.of("o-1", "o-3") : Set.of()));
    List<Key<Order>> keys = keys(orders, 5);
    List<Order> all = call(() -> orders.getAll(keys), () -> ordersAsync.getAll(keys));
    assertEquals(IntStream.range(0, 5).mapToObj(i -> order("o-" + i)).toList(), all, "in key order, retried ones included");
    List<Sent> sent = sent("BatchGetItem");
    assertEquals(2, sent.size());
    assertEquals(List.of(key("alice", "o-1"), key("alice", "o-3")), asked(sent.get(1)));
  }

  @BothSides
  void aProjectionReadsTheKeysTooAndConsistencyIsSent(Side side) {
    on(side);
    http.on("BatchGetItem", ok(Map.of("Responses", Map.of("orders", List.of(
        wire(Map.of("customerId", AttributeValue.fromS("alice"), "orderId", AttributeValue.fromS("o-1"),
            "total", AttributeValue.fromN("7"))))))));
    BatchGet<Order, Order.Summary> get = BatchGet.of(keys(orders, 2)).project(OrderSchema.SUMMARY)
        .consistency(ReadConsistency.STRONG);
    assertEquals(List.of(new Order.Summary("o-1", 7)), call(() -> orders.getAll(get), () -> ordersAsync.getAll(get)),
        "o-0 was not found");
    Map<String, Object> request = only("BatchGetItem").part("RequestItems", "orders");
    assertEquals(Boolean.TRUE, request.get("ConsistentRead"));
    assertEquals(Set.of("orderId", "total", "customerId"), Set.of(Sent.expression(request, "ProjectionExpression").split(", ")));
  }

  @BothSides
  void aKeyGivenTwiceIsAskedForOnce(Side side) {
    on(side);
    http.onEach("BatchGetItem", s -> found(s, Set.of()));
    List<Key<Order>> keys = List.of(orders.key("alice", "o-2"), orders.key("alice", "o-1"), orders.key("alice", "o-2"));
    assertEquals(List.of(order("o-2"), order("o-1")), call(() -> orders.getAll(keys), () -> ordersAsync.getAll(keys)));
    assertEquals(List.of(key("alice", "o-2"), key("alice", "o-1")), asked(only("BatchGetItem")));
    assertNull(only("BatchGetItem").get("RequestItems", "orders", "ProjectionExpression"));
  }
}
