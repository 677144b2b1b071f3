package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.NullPolicy;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.Update;
import dev.dynamorepo.runtime.Upsert;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * UpdateItem from a whole entity on the wire: {@code update(entity)} is strict (the item exists),
 * checks the held version and stores the next, and removes what the entity holds as null;
 * {@code upsert} keeps null attributes unless {@code NullPolicy.REMOVE}.
 */
class UpdateWireTest extends WireTest {
  static final Order HELD = new Order("alice", "o-1", 250, Set.of("gift"), "NEW", null, 3L);
  static final String SET_ALL = "SET total = 250, tags = {\"SS\":[\"gift\"]}, status = 'NEW', v = 4";

  @BothSides
  void updateIsStrictChecksTheVersionAndRemovesNulls(Side side) {
    on(side);
    Order stored = HELD.withVersion(4L);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(stored))));
    Update<Order> update = Update.of(HELD).when(OrderSchema.STATUS.eq("NEW"));
    assertEquals(stored, call(() -> orders.update(update), () -> ordersAsync.update(update)));
    Sent sent = only("UpdateItem");
    assertEquals(key("alice", "o-1"), sent.item("Key"));
    assertEquals(SET_ALL + " REMOVE note", sent.expr("UpdateExpression"));
    assertEquals("(attribute_exists(customerId)) AND ((v = 3) AND (status = 'NEW'))", sent.expr("ConditionExpression"));
    assertEquals("ALL_NEW", sent.get("ReturnValues"));
    assertEquals("ALL_OLD", sent.get("ReturnValuesOnConditionCheckFailure"));
  }

  @BothSides
  void aStaleVersionIsAVersionMismatchWithBothVersionsAndTheStoredItem(Side side) {
    on(side);
    Order newer = new Order("alice", "o-1", 999, null, "PAID", "SECRET-NOTE", 5L);
    http.on("UpdateItem", error(400, "ConditionalCheckFailedException", Map.of("Item", wire(newer))));
    ConflictException e = fails(ConflictException.class, () -> orders.update(HELD), () -> ordersAsync.update(HELD));
    assertEquals(ConflictException.Reason.VERSION_MISMATCH, e.reason());
    assertEquals(OptionalLong.of(5), e.storedVersion());
    assertEquals(OptionalLong.of(3), e.expectedVersion());
    assertEquals(newer, e.stored(Order.class).orElseThrow());
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("'v'"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("999"), e.getMessage());
  }

  @BothSides
  void noStoredItemIsItemMissing(Side side) {
    on(side);
    http.on("UpdateItem", error(400, "ConditionalCheckFailedException", Map.of()));
    ConflictException e = fails(ConflictException.class, () -> orders.update(HELD), () -> ordersAsync.update(HELD));
    assertEquals(ConflictException.Reason.ITEM_MISSING, e.reason());
    assertTrue(e.stored(Order.class).isEmpty());
  }

  @BothSides
  void theSameVersionStoredMeansTheCallersConditionFailed(Side side) {
    on(side);
    Order paid = new Order("alice", "o-1", 250, null, "PAID", null, 3L);
    http.on("UpdateItem", error(400, "ConditionalCheckFailedException", Map.of("Item", wire(paid))));
    Update<Order> update = Update.of(HELD).when(OrderSchema.STATUS.eq("NEW"));
    ConflictException e = fails(ConflictException.class, () -> orders.update(update), () -> ordersAsync.update(update));
    assertEquals(ConflictException.Reason.CONDITION_FAILED, e.reason());
    assertEquals(paid, e.stored(Order.class).orElseThrow());
  }

  @BothSides
  void upsertKeepsNullAttributesAndNeedsNoItem(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(HELD.withVersion(4L)))));
    call(() -> orders.upsert(HELD), () -> ordersAsync.upsert(HELD));
    Sent sent = only("UpdateItem");
    assertEquals(SET_ALL, sent.expr("UpdateExpression"));
    assertEquals("v = 3", sent.expr("ConditionExpression"));
  }

  @BothSides
  void upsertOfANewEntityStoresVersionOneWhereNoneIsStored(Side side) {
    on(side);
    Order fresh = HELD.withVersion(null);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(fresh.withVersion(1L)))));
    assertEquals(fresh.withVersion(1L), call(() -> orders.upsert(fresh), () -> ordersAsync.upsert(fresh)));
    Sent sent = only("UpdateItem");
    assertEquals("SET total = 250, tags = {\"SS\":[\"gift\"]}, status = 'NEW', v = 1", sent.expr("UpdateExpression"));
    assertEquals("attribute_not_exists(v)", sent.expr("ConditionExpression"));
  }

  @BothSides
  void upsertRemovingNullsReplacesTheItemWholeWithTheCallersCondition(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(HELD.withVersion(4L)))));
    Upsert<Order> upsert = Upsert.of(HELD).nulls(NullPolicy.REMOVE).when(OrderSchema.STATUS.ne("PAID"));
    call(() -> orders.upsert(upsert), () -> ordersAsync.upsert(upsert));
    Sent sent = only("UpdateItem");
    assertEquals(SET_ALL + " REMOVE note", sent.expr("UpdateExpression"));
    assertEquals("(v = 3) AND (status <> 'PAID')", sent.expr("ConditionExpression"));
  }

  @BothSides
  void aConditionedUpsertOfAMissingItemIsItemMissing(Side side) {
    on(side);
    http.on("UpdateItem", error(400, "ConditionalCheckFailedException", Map.of()));
    Upsert<Order> upsert = Upsert.of(HELD).when(OrderSchema.STATUS.eq("NEW"));
    ConflictException e = fails(ConflictException.class, () -> orders.upsert(upsert), () -> ordersAsync.upsert(upsert));
    assertEquals(ConflictException.Reason.ITEM_MISSING, e.reason());
  }

  @BothSides
  void aServerErrorOnEveryAttemptIsAnUnknownOutcome(Side side) {
    on(side);
    http.onEach("UpdateItem", s -> error(500, "InternalServerError", Map.of()));
    OutcomeUnknownException e = fails(OutcomeUnknownException.class, () -> orders.update(HELD), () -> ordersAsync.update(HELD));
    assertTrue(e.getMessage().startsWith("table 'orders': UpdateItem failed: "), e.getMessage());
    assertTrue(sent("UpdateItem").size() > 1);
  }
}
