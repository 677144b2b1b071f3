package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.PartialUpdate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A partial update ({@code repo.update(key)}) on the wire: one SET/REMOVE/ADD/DELETE clause per
 * action, the item must exist, {@code when} conditions added, the version incremented, and the
 * new item (ALL_NEW) decoded.
 */
class PartialUpdateWireTest extends WireTest {
  static final Order AFTER = new Order("alice", "o-1", 275, Set.of("gift"), "PAID", null, 4L);

  /** Runs the same partial update built on the sync or the async repository. */
  private Order execute(UnaryOperator<PartialUpdate<Order>> actions) {
    return call(() -> actions.apply(orders.update(orders.key("alice", "o-1"))).execute(),
        () -> actions.apply(ordersAsync.update(orders.key("alice", "o-1"))).executeAsync());
  }

  @BothSides
  void eachActionIsItsClauseAndTheVersionIsIncremented(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(AFTER))));
    Order after = execute(u -> u.set(OrderSchema.STATUS, "PAID").add(OrderSchema.TOTAL, 25L)
        .addToSet(OrderSchema.TAGS, Set.of("gift")).remove(OrderSchema.NOTE).when(OrderSchema.STATUS.eq("NEW")));
    assertEquals(AFTER, after);
    Sent sent = only("UpdateItem");
    assertEquals(key("alice", "o-1"), sent.item("Key"));
    assertEquals("SET status = 'PAID' REMOVE note ADD total 25, tags {\"SS\":[\"gift\"]}, v 1", sent.expr("UpdateExpression"));
    assertEquals("(attribute_exists(customerId)) AND (status = 'NEW')", sent.expr("ConditionExpression"));
    assertEquals("ALL_NEW", sent.get("ReturnValues"));
    assertEquals("ALL_OLD", sent.get("ReturnValuesOnConditionCheckFailure"));
  }

  @BothSides
  void deleteFromSetAndSetIfNotExistsAndTwoConditions(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(AFTER))));
    execute(u -> u.deleteFromSet(OrderSchema.TAGS, Set.of("red")).setIfNotExists(OrderSchema.NOTE, "first")
        .when(OrderSchema.TOTAL.gt(100L)).when(OrderSchema.STATUS.ne("VOID")));
    Sent sent = only("UpdateItem");
    assertEquals("SET note = if_not_exists(note, 'first') ADD v 1 DELETE tags {\"SS\":[\"red\"]}", sent.expr("UpdateExpression"));
    assertEquals("(attribute_exists(customerId)) AND ((total > 100) AND (status <> 'VOID'))", sent.expr("ConditionExpression"));
  }

  @BothSides
  void anEntityWithoutVersionGetsNoIncrement(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(NoteSchema.toItem(new Note("n-1", "new"))))));
    Note after = call(() -> notes.update(notes.key("n-1")).set(NoteSchema.TEXT, "new").execute(),
        () -> notesAsync.update(notes.key("n-1")).set(NoteSchema.TEXT, "new").executeAsync());
    assertEquals(new Note("n-1", "new"), after);
    Sent sent = only("UpdateItem");
    assertEquals("SET text = 'new'", sent.expr("UpdateExpression"));
    assertEquals("attribute_exists(id)", sent.expr("ConditionExpression"));
  }

  @BothSides
  void deleteAttributesRemovesThemFromAnExistingItem(Side side) {
    on(side);
    http.on("UpdateItem", ok(Map.of("Attributes", wire(AFTER))));
    call(() -> orders.deleteAttributes(orders.key("alice", "o-1"), List.of(OrderSchema.NOTE, OrderSchema.TAGS)),
        () -> ordersAsync.deleteAttributes(orders.key("alice", "o-1"), List.of(OrderSchema.NOTE, OrderSchema.TAGS)));
    Sent sent = only("UpdateItem");
    assertEquals("REMOVE note, tags ADD v 1", sent.expr("UpdateExpression"));
    assertEquals("attribute_exists(customerId)", sent.expr("ConditionExpression"));
  }

  @BothSides
  void aMissingItemIsItemMissingAndAStoredOneTellsTheConditionFailed(Side side) {
    on(side);
    Order stored = new Order("alice", "o-1", 10, null, "VOID", null, 7L);
    http.on("UpdateItem", error(400, "ConditionalCheckFailedException", Map.of()),
        error(400, "ConditionalCheckFailedException", Map.of("Item", wire(stored))));
    UnaryOperator<PartialUpdate<Order>> pay = u -> u.set(OrderSchema.STATUS, "PAID").when(OrderSchema.STATUS.eq("NEW"));
    ConflictException missing = conflict(pay);
    assertEquals(ConflictException.Reason.ITEM_MISSING, missing.reason());
    ConflictException failed = conflict(pay);
    assertEquals(ConflictException.Reason.CONDITION_FAILED, failed.reason());
    assertEquals(stored, failed.stored(Order.class).orElseThrow());
    assertTrue(failed.getMessage().contains("'orders'") && failed.getMessage().contains("o-1"), failed.getMessage());
  }

  private ConflictException conflict(UnaryOperator<PartialUpdate<Order>> actions) {
    return fails(ConflictException.class, () -> actions.apply(orders.update(orders.key("alice", "o-1"))).execute(),
        () -> actions.apply(ordersAsync.update(orders.key("alice", "o-1"))).executeAsync());
  }

  @BothSides
  void anUpdateThatSetsNothingOrSetsNullIsRefusedBeforeSending(Side side) {
    on(side);
    DynamoException nothing = refused(u -> u.when(OrderSchema.STATUS.eq("NEW")));
    assertTrue(nothing.getMessage().contains("'orders'") && nothing.getMessage().contains("sets nothing"), nothing.getMessage());
    nothingSent();
  }

  private DynamoException refused(UnaryOperator<PartialUpdate<Order>> actions) {
    return fails(DynamoException.class, () -> actions.apply(orders.update(orders.key("alice", "o-1"))).execute(),
        () -> actions.apply(ordersAsync.update(orders.key("alice", "o-1"))).executeAsync());
  }

  @BothSides
  void twoActionsOnOverlappingPathsAreRefusedWhenTheSecondIsNamed(Side side) {
    on(side);
    PartialUpdate<Order> update = side == Side.SYNC ? orders.update(orders.key("alice", "o-1"))
        : ordersAsync.update(orders.key("alice", "o-1"));
    PartialUpdate<Order> setNote = update.set(OrderSchema.NOTE, "x");
    // before: sent as "SET note = :v REMOVE note", which DynamoDB refuses ("two document paths overlap")
    DynamoException twice = assertThrows(DynamoException.class, () -> setNote.remove(OrderSchema.NOTE));
    assertTrue(twice.getMessage().contains("'orders'") && twice.getMessage().contains("'note'")
        && twice.getMessage().contains("overlapping"), twice.getMessage());
    PartialUpdate<Order> add = update.add(OrderSchema.TOTAL, 1L);
    assertThrows(DynamoException.class, () -> add.add(OrderSchema.TOTAL, 2L));
    nothingSent();
  }

  @BothSides
  void aNullValueIsRefusedWhenTheActionIsNamed(Side side) {
    on(side);
    PartialUpdate<Order> update = side == Side.SYNC ? orders.update(orders.key("alice", "o-1"))
        : ordersAsync.update(orders.key("alice", "o-1"));
    DynamoException e = assertThrows(DynamoException.class, () -> update.set(OrderSchema.NOTE, null));
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("'note'") && e.getMessage().contains("remove("),
        e.getMessage());
    nothingSent();
  }

  @BothSides
  void aServerErrorOnEveryAttemptIsAnUnknownOutcome(Side side) {
    on(side);
    http.onEach("UpdateItem", s -> error(500, "InternalServerError", Map.of()));
    OutcomeUnknownException e = fails(OutcomeUnknownException.class,
        () -> orders.update(orders.key("alice", "o-1")).add(OrderSchema.TOTAL, 1L).execute(),
        () -> ordersAsync.update(orders.key("alice", "o-1")).add(OrderSchema.TOTAL, 1L).executeAsync());
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("may or may not"), e.getMessage());
  }
}
