package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.Put;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PutItem on the wire: create-only, version 1, ALL_OLD on a refusal, and what a refusal or a lost answer tells. */
class PutWireTest extends WireTest {
  static final Order NEW = new Order("alice", "o-1", 250, Set.of("gift", "red"), "NEW", "leave at door", null);

  @BothSides
  void sendsTheItemCreateOnlyWithVersionOne(Side side) {
    on(side);
    Order saved = call(() -> orders.put(NEW), () -> ordersAsync.put(NEW));
    assertEquals(NEW.withVersion(1L), saved);
    Sent put = only("PutItem");
    assertEquals("orders", put.get("TableName"));
    assertEquals(OrderSchema.toItem(NEW.withVersion(1L)), put.item("Item"));
    assertEquals("attribute_not_exists(customerId)", put.expr("ConditionExpression"));
    assertEquals("ALL_OLD", put.get("ReturnValuesOnConditionCheckFailure"));
    assertNull(put.get("ReturnValues"), "a put returns what it wrote, not the old item");
  }

  @BothSides
  void anEntityWithoutVersionIsWrittenAsEncoded(Side side) {
    on(side);
    Note note = new Note("n-1", "hello");
    assertEquals(note, call(() -> notes.put(Put.of(note)), () -> notesAsync.put(Put.of(note))));
    Sent put = only("PutItem");
    assertEquals(NoteSchema.toItem(note), put.item("Item"));
    assertEquals("attribute_not_exists(id)", put.expr("ConditionExpression"));
  }

  @BothSides
  void anExistingItemRefusesThePutAndComesBackInTheConflict(Side side) {
    on(side);
    Order stored = new Order("alice", "o-1", 990, null, "PAID", "SECRET-NOTE", 4L);
    http.on("PutItem", error(400, "ConditionalCheckFailedException", Map.of("Item", wire(stored))));
    ConflictException e = fails(ConflictException.class, () -> orders.put(NEW), () -> ordersAsync.put(NEW));
    assertEquals(ConflictException.Reason.ITEM_EXISTS, e.reason());
    assertEquals(stored, e.stored(Order.class).orElseThrow());
    assertEquals(4L, e.storedVersion().orElseThrow());
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("o-1"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("990"), e.getMessage());
    assertEquals(1, sent("PutItem").size());
  }

  @BothSides
  void aServerErrorOnEveryAttemptIsAnUnknownOutcome(Side side) {
    on(side);
    http.onEach("PutItem", s -> error(500, "InternalServerError", Map.of()));
    OutcomeUnknownException e = fails(OutcomeUnknownException.class, () -> orders.put(NEW), () -> ordersAsync.put(NEW));
    assertTrue(e.getMessage().startsWith("table 'orders': PutItem failed: "), e.getMessage());
    List<Sent> attempts = sent("PutItem");
    assertTrue(attempts.size() > 1, "the SDK retries a 500");
    attempts.forEach(a -> assertEquals(attempts.get(0).body(), a.body(), "every attempt sends the same request"));
  }

  @BothSides
  void aRetryRefusedBecauseItsLostFirstAttemptWroteTheItemIsTheSuccessItWas(Side side) {
    on(side);
    http.on("PutItem", error(500, "InternalServerError", Map.of()),
        error(400, "ConditionalCheckFailedException", Map.of("Item", wire(NEW.withVersion(1L)))));
    assertEquals(NEW.withVersion(1L), call(() -> orders.put(NEW), () -> ordersAsync.put(NEW)));
    assertEquals(2, sent("PutItem").size());
  }

  @BothSides
  void aRetryRefusedByAnotherItemAfterALostAnswerIsAnUnknownOutcomeNotAConflict(Side side) {
    on(side);
    Order other = new Order("alice", "o-1", 1, null, "PAID", null, 1L);
    http.on("PutItem", error(500, "InternalServerError", Map.of()),
        error(400, "ConditionalCheckFailedException", Map.of("Item", wire(other))));
    OutcomeUnknownException e = fails(OutcomeUnknownException.class, () -> orders.put(NEW), () -> ordersAsync.put(NEW));
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("may or may not"), e.getMessage());
  }

  @BothSides
  void badInputIsRefusedBeforeAnythingIsSent(Side side) {
    on(side);
    Order unpaired = new Order("alice", "o-1", 1, null, "NEW", "x\uD83D", null);
    DynamoException surrogate = fails(DynamoException.class, () -> orders.put(unpaired), () -> ordersAsync.put(unpaired));
    assertTrue(surrogate.getMessage().contains("'orders'") && surrogate.getMessage().contains("'note'"), surrogate.getMessage());
    Order noKey = new Order(null, "o-1", 1, null, "NEW", null, null);
    DynamoException missing = fails(DynamoException.class, () -> orders.put(noKey), () -> ordersAsync.put(noKey));
    assertTrue(missing.getMessage().contains("'orders'") && missing.getMessage().contains("customerId"), missing.getMessage());
    Order big = new Order("alice", "o-1", 1, null, "NEW", "x".repeat(400 * 1024), null);
    DynamoException size = fails(DynamoException.class, () -> orders.put(big), () -> ordersAsync.put(big));
    assertTrue(size.getMessage().contains("400 KB"), size.getMessage());
    nothingSent();
  }
}
