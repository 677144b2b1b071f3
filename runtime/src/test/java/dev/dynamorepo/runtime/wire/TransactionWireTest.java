package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.CancellationReason;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.EntityTable;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.Transaction;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.runtime.Update;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** TransactWriteItems on the wire: the token, each action's shape, and what a cancellation or a lost answer tells. */
class TransactionWireTest extends WireTest {
  static final Note NOTE = new Note("n-1", "hi");
  static final Order HELD = new Order("alice", "o-1", 250, null, "NEW", null, 3L);

  private EntityTable<Order> orderTable() {
    return side == Side.SYNC ? orders : ordersAsync;
  }

  /** One action of each kind, on two tables. */
  private Transaction fiveActions() {
    EntityTable<Note> noteTable = side == Side.SYNC ? notes : notesAsync;
    return dynamo.transaction()
        .put(noteTable, NOTE)
        .update(orderTable(), Update.of(HELD).when(OrderSchema.STATUS.eq("NEW")))
        .update((side == Side.SYNC ? orders.update(orders.key("alice", "o-2")) : ordersAsync.update(orders.key("alice", "o-2")))
            .add(OrderSchema.TOTAL, 5L))
        .delete(orderTable(), Delete.of(orders.key("alice", "o-3")).when(OrderSchema.STATUS.eq("VOID")))
        .conditionCheck(orderTable(), orders.key("bob", "o-9"), OrderSchema.STATUS.eq("PAID"));
  }

  private TransactionResult commit(Transaction tx) {
    return call(tx::commit, tx::commitAsync);
  }

  @SafeVarargs
  static CannedHttp.Answer cancelled(Map<String, Object>... reasons) {
    return error(400, "TransactionCanceledException", Map.of("CancellationReasons", Arrays.asList((Object[]) reasons)));
  }

  static Map<String, Object> none() {
    return Map.of("Code", "None");
  }

  @BothSides
  void eachActionHasItsShapeAndTheResultHoldsWhatWasWritten(Side side) {
    on(side);
    TransactionResult result = commit(fiveActions());
    assertEquals(NOTE, result.get(0, notes));
    assertEquals(HELD.withVersion(4L), result.get(1, orders));
    assertEquals(Arrays.asList(NOTE, HELD.withVersion(4L), null, null, null), result.written());
    Sent sent = only("TransactWriteItems");
    assertTrue(((String) sent.get("ClientRequestToken")).matches("[0-9a-f-]{36}"), "a token on every request");
    assertEquals(List.of("Put", "Update", "Update", "Delete", "ConditionCheck"), kinds(sent));
    Map<String, Object> put = sent.part("TransactItems", 0, "Put");
    assertEquals("notes", put.get("TableName"));
    assertEquals(NoteSchema.toItem(NOTE), WireJson.attributes(put.get("Item")));
    assertEquals("attribute_not_exists(id)", Sent.expression(put, "ConditionExpression"));
    Map<String, Object> update = sent.part("TransactItems", 1, "Update");
    assertEquals("SET total = 250, status = 'NEW', v = 4 REMOVE tags, note", Sent.expression(update, "UpdateExpression"));
    assertEquals("(attribute_exists(customerId)) AND ((v = 3) AND (status = 'NEW'))", Sent.expression(update, "ConditionExpression"));
    Map<String, Object> partial = sent.part("TransactItems", 2, "Update");
    assertEquals(key("alice", "o-2"), WireJson.attributes(partial.get("Key")));
    assertEquals("ADD total 5, v 1", Sent.expression(partial, "UpdateExpression"));
    assertEquals("attribute_exists(customerId)", Sent.expression(partial, "ConditionExpression"));
    Map<String, Object> delete = sent.part("TransactItems", 3, "Delete");
    assertEquals(key("alice", "o-3"), WireJson.attributes(delete.get("Key")));
    assertEquals("status = 'VOID'", Sent.expression(delete, "ConditionExpression"));
    Map<String, Object> check = sent.part("TransactItems", 4, "ConditionCheck");
    assertEquals(key("bob", "o-9"), WireJson.attributes(check.get("Key")));
    assertEquals("status = 'PAID'", Sent.expression(check, "ConditionExpression"));
    for (int i = 0; i < 5; i++) {
      assertEquals("ALL_OLD", sent.part("TransactItems", i, kinds(sent).get(i)).get("ReturnValuesOnConditionCheckFailure"),
          "action " + i + " asks for the stored item on a refusal");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> kinds(Sent sent) {
    return ((List<Map<String, Object>>) sent.get("TransactItems")).stream().map(m -> m.keySet().iterator().next()).toList();
  }

  @BothSides
  void theCallersIdempotencyTokenIsSent(Side side) {
    on(side);
    commit(fiveActions().idempotencyToken("order-42-payment"));
    assertEquals("order-42-payment", only("TransactWriteItems").get("ClientRequestToken"));
  }

  @BothSides
  void aCancellationGivesOneReasonPerActionWithTheStoredItem(Side side) {
    on(side);
    Order newer = new Order("alice", "o-1", 999, null, "PAID", "SECRET-NOTE", 5L);
    http.on("TransactWriteItems", cancelled(none(),
        Map.of("Code", "ConditionalCheckFailed", "Message", "The conditional request failed", "Item", wire(newer)),
        none(), none(), none()));
    ConflictException e = fails(ConflictException.class, () -> fiveActions().commit(), () -> fiveActions().commitAsync());
    List<CancellationReason> reasons = e.reasons();
    assertEquals(List.of("None", "ConditionalCheckFailed", "None", "None", "None"),
        reasons.stream().map(CancellationReason::code).toList());
    CancellationReason failed = reasons.get(1);
    assertEquals("update", failed.action());
    assertEquals("orders", failed.table());
    assertEquals(ConflictException.Reason.VERSION_MISMATCH, failed.conflict().reason());
    assertEquals(OptionalLong.of(5), failed.conflict().storedVersion());
    assertEquals(newer, failed.conflict().stored(Order.class).orElseThrow());
    assertEquals(ConflictException.Reason.VERSION_MISMATCH, e.reason(), "the exception tells the first failed action");
    assertNull(reasons.get(0).conflict());
    assertTrue(e.getMessage().contains("action 1") && e.getMessage().contains("'orders'"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("999"), e.getMessage());
    assertEquals(1, sent("TransactWriteItems").size(), "a failed condition is not retried");
  }

  @BothSides
  void aTransactionConflictIsRetriedWithTheSameActions(Side side) {
    on(side);
    http.on("TransactWriteItems", cancelled(none(), Map.of("Code", "TransactionConflict"), none(), none(), none()), ok("{}"));
    assertEquals(NOTE, commit(fiveActions()).get(0, notes));
    List<Sent> sent = sent("TransactWriteItems");
    assertEquals(2, sent.size());
    assertEquals(sent.get(0).get("TransactItems"), sent.get(1).get("TransactItems"));
  }

  @BothSides
  void aServerErrorOnEveryAttemptIsAnUnknownOutcomeAndCommitAgainResendsTheSameRequest(Side side) {
    on(side);
    http.onEach("TransactWriteItems", s -> error(500, "InternalServerError", Map.of()));
    Transaction tx = fiveActions();
    OutcomeUnknownException e = fails(OutcomeUnknownException.class, tx::commit, tx::commitAsync);
    List<Sent> attempts = sent("TransactWriteItems");
    String token = (String) attempts.get(0).get("ClientRequestToken");
    assertEquals(token, e.idempotencyToken());
    assertEquals(Set.of(attempts.get(0).body()), Set.copyOf(attempts.stream().map(Sent::body).toList()), "one request, retried");
    http.onEach("TransactWriteItems", s -> ok("{}"));
    commit(tx);
    List<Sent> all = sent("TransactWriteItems");
    assertEquals(attempts.get(0).body(), all.get(all.size() - 1).body(), "commit() again resends the identical request");
  }
}
