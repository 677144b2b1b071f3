package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** DeleteItem on the wire: the key, ALL_OLD back, a condition and an entity's version when given. */
class DeleteWireTest extends WireTest {
  static final Order OLD = new Order("alice", "o-1", 250, Set.of("gift"), "NEW", "n", 3L);

  @BothSides
  void aDeleteByKeySendsTheKeyAndReturnsTheOldItem(Side side) {
    on(side);
    http.on("DeleteItem", ok(Map.of("Attributes", wire(OLD))), ok("{}"));
    Key<Order> key = orders.key("alice", "o-1");
    assertEquals(Optional.of(OLD), call(() -> orders.delete(key), () -> ordersAsync.delete(key)));
    assertEquals(Optional.empty(), call(() -> orders.delete(key), () -> ordersAsync.delete(key)), "nothing was there");
    Sent sent = sent("DeleteItem").get(0);
    assertEquals(Set.of("TableName", "Key", "ReturnValues"), sent.body().keySet(), "no condition, nothing else");
    assertEquals(key("alice", "o-1"), sent.item("Key"));
    assertEquals("ALL_OLD", sent.get("ReturnValues"));
  }

  @BothSides
  void aConditionGoesOutWithAllOldOnFailure(Side side) {
    on(side);
    Delete<Order> delete = Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq("NEW"));
    call(() -> orders.delete(delete), () -> ordersAsync.delete(delete));
    Sent sent = only("DeleteItem");
    assertEquals("status = 'NEW'", sent.expr("ConditionExpression"));
    assertEquals("ALL_OLD", sent.get("ReturnValuesOnConditionCheckFailure"));
  }

  @BothSides
  void aRefusedConditionTellsWhetherTheItemWasThere(Side side) {
    on(side);
    Order paid = new Order("alice", "o-1", 250, null, "PAID", null, 3L);
    http.on("DeleteItem", error(400, "ConditionalCheckFailedException", Map.of()),
        error(400, "ConditionalCheckFailedException", Map.of("Item", wire(paid))));
    Delete<Order> delete = Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq("NEW"));
    ConflictException missing = fails(ConflictException.class, () -> orders.delete(delete), () -> ordersAsync.delete(delete));
    assertEquals(ConflictException.Reason.ITEM_MISSING, missing.reason());
    ConflictException failed = fails(ConflictException.class, () -> orders.delete(delete), () -> ordersAsync.delete(delete));
    assertEquals(ConflictException.Reason.CONDITION_FAILED, failed.reason());
    assertEquals(paid, failed.stored(Order.class).orElseThrow());
    assertTrue(failed.getMessage().contains("'orders'") && failed.getMessage().contains("o-1"), failed.getMessage());
  }

  @BothSides
  void anEntityIsDeletedOnTheVersionItHolds(Side side) {
    on(side);
    http.on("DeleteItem", ok(Map.of("Attributes", wire(OLD))));
    assertEquals(Optional.of(OLD), call(() -> orders.delete(OLD), () -> ordersAsync.delete(OLD)));
    Sent sent = only("DeleteItem");
    assertEquals(key("alice", "o-1"), sent.item("Key"), "only the key of the entity is sent");
    assertEquals("v = 3", sent.expr("ConditionExpression"));
    assertNull(sent.get("Item"));
  }

  @BothSides
  void anEntityAndAConditionAreBothChecked(Side side) {
    on(side);
    Order newer = OLD.withVersion(5L);
    http.on("DeleteItem", error(400, "ConditionalCheckFailedException", Map.of("Item", wire(newer))));
    Delete<Order> delete = Delete.entity(OLD).when(OrderSchema.STATUS.eq("NEW"));
    ConflictException e = fails(ConflictException.class, () -> orders.delete(delete), () -> ordersAsync.delete(delete));
    assertEquals("(v = 3) AND (status = 'NEW')", only("DeleteItem").expr("ConditionExpression"));
    assertEquals(ConflictException.Reason.VERSION_MISMATCH, e.reason());
    assertEquals(OptionalLong.of(5), e.storedVersion());
    assertEquals(OptionalLong.of(3), e.expectedVersion());
  }

  @BothSides
  void deleteAllSendsOneDeleteItemPerKeyAndKeepsTheirOrder(Side side) {
    on(side);
    Order other = new Order("bob", "o-2", 1, null, "NEW", null, 1L);
    http.onEach("DeleteItem", s -> ok(s.item("Key").equals(key("bob", "o-2")) ? Map.of("Attributes", wire(other))
        : s.item("Key").equals(key("alice", "o-1")) ? Map.of("Attributes", wire(OLD)) : Map.of()));
    List<Key<Order>> keys = List.of(orders.key("bob", "o-2"), orders.key("carol", "o-3"), orders.key("alice", "o-1"));
    assertEquals(List.of(other, OLD), call(() -> orders.deleteAll(keys), () -> ordersAsync.deleteAll(keys)));
    assertEquals(Set.of(key("bob", "o-2"), key("carol", "o-3"), key("alice", "o-1")),
        Set.copyOf(sent("DeleteItem").stream().map(s -> s.item("Key")).toList()));
  }

  @BothSides
  void aServerErrorOnEveryAttemptIsAnUnknownOutcome(Side side) {
    on(side);
    http.onEach("DeleteItem", s -> error(500, "InternalServerError", Map.of()));
    Key<Order> key = orders.key("alice", "o-1");
    OutcomeUnknownException e = fails(OutcomeUnknownException.class, () -> orders.delete(key), () -> ordersAsync.delete(key));
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("DeleteItem"), e.getMessage());
  }
}
