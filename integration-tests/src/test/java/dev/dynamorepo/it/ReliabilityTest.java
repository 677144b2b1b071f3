package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.Transaction;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.FaultInjectingHttpClient;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Truthful outcomes under faults injected under the SDK's HTTP client with the SDK's own retries
 * on, as in production: a lost response (the server applied the write, the client saw a
 * connection reset and the SDK sent it again), partial failure of many-item writes, and the
 * inputs DynamoDB refuses that moto stores, refused with nothing sent.
 */
@WithDynamoDb
@CleanTables
class ReliabilityTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private FaultInjectingHttpClient faults;
  private DynamoDbClient client;
  private DynamoDb dynamo;
  private OrderRepository orders;

  @BeforeEach
  void setUp(LocalDynamoDb local) {
    faults = FaultInjectingHttpClient.create();
    client = faults.clientFor(local);
    dynamo = DynamoDb.of(client);
    orders = new OrderRepository(dynamo);
    orders.createTable();
    faults.reset();
  }

  @AfterEach
  void tearDown() {
    client.close();
    faults.close();
  }

  private static Order order(String customer, String id, long cents) {
    return new Order(customer, id, cents, Set.of("a"), T, Status.NEW, "n");
  }

  @Test
  void aCreateOnlyPutWhoseResponseWasLostIsItsOwnSuccessNotAConflict() {
    faults.on("PutItem").loseResponse();
    Order o = order("alice", "o-1", 100);
    assertEquals(o, orders.put(o));   // before: ConflictException for the caller's own write
    assertEquals(2, faults.forwarded("PutItem"), "the first attempt and the SDK's retry reached the server");
    assertEquals(Optional.of(o), orders.get("alice", "o-1"));
    assertThrows(ConflictException.class, () -> orders.put(order("alice", "o-1", 999)), "another writer's item is still a conflict");
  }

  @Test
  void aVersionedUpdateWhoseResponseWasLostIsItsOwnSuccess() {
    DocRepository docs = new DocRepository(dynamo);
    docs.createTable();
    Doc stored = docs.put(new Doc("d1", "v1", null));
    faults.on("UpdateItem").loseResponse();
    Doc updated = docs.update(new Doc("d1", "v2", stored.version()));   // before: ConflictException
    assertEquals(2L, updated.version());
    assertEquals("v2", docs.get("d1").orElseThrow().body());
    assertThrows(ConflictException.class, () -> docs.update(new Doc("d1", "v3", stored.version())), "a stale holder still fails");
  }

  @Test
  void fastAutoIncrementPutsNeverStoreAnEntityTwice() {
    FastTicketRepository fast = new FastTicketRepository(dynamo);
    BlockTicketRepository block = new BlockTicketRepository(dynamo);
    fast.createTable();
    block.createTable();
    faults.on("PutItem").loseResponse();
    assertEquals(1L, fast.put(new FastTicket(null, "once")).id());
    faults.on("PutItem").loseResponse();
    assertEquals(1L, block.put(new BlockTicket(null, "once")).id());
    // before: the retry's condition failure was taken for "id taken" and the entity stored again as id 2
    assertEquals(1L, fast.count());
    assertEquals(1L, block.count());
  }

  @Test
  void aDeleteWhoseResponseWasLostSaysItsOldValueIsUnknown() {
    orders.put(order("alice", "o-1", 100));
    faults.on("DeleteItem").loseResponse();
    OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> orders.delete("alice", "o-1"));
    assertTrue(e.getMessage().contains("old value is unknown"), e.getMessage());   // before: Optional.empty()
    assertEquals(Optional.empty(), orders.get("alice", "o-1"));
    assertEquals(Optional.empty(), orders.delete("alice", "o-1"), "without a retry, an absent item is simply absent");
  }

  @Test
  void deleteAllStoppedPartWaySaysExactlyWhatWasDeleted() {
    List<Key<Order>> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      orders.put(order("alice", String.format("o-%02d", i), i));
      keys.add(orders.key("alice", String.format("o-%02d", i)));
    }
    faults.on("DeleteItem").error(400, "ValidationException", "injected refusal");
    BulkWriteException e = assertThrows(BulkWriteException.class, () -> orders.deleteAll(keys));
    assertEquals(40, e.done().size() + e.notDone().size() + e.unknown().size(), e.getMessage());
    assertTrue(e.notDone().size() >= 1 && e.getMessage().contains("injected refusal"), e.getMessage());
    for (BulkWriteException.Done d : e.done()) {
      assertNotNull(d.oldItem(), "a deleted key comes with its old item");
      assertEquals(Optional.empty(), orders.get("alice", d.key().get("orderId").s()));
    }
    for (Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> k : e.notDone()) {
      assertTrue(orders.get("alice", k.get("orderId").s()).isPresent(), "a key reported not done is still there");
    }
    assertEquals(40 - e.done().size(), orders.count(), "nothing was deleted after the failure was reported");
  }

  @Test
  void deleteAllWithALostResponseReportsThatKeyAsUnknownNotAbsent() {
    List<Key<Order>> keys = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      orders.put(order("dave", "o-" + i, i));
      keys.add(orders.key("dave", "o-" + i));
    }
    faults.on("DeleteItem").loseResponse();
    BulkWriteException e = assertThrows(BulkWriteException.class, () -> orders.deleteAll(keys));   // before: 4 old items, one dropped
    assertEquals(1, e.unknown().size(), e.getMessage());
    assertEquals(5, e.done().size() + e.notDone().size() + e.unknown().size());
    assertEquals(e.notDone().size(), orders.count(), "what is reported not done is exactly what is left");
  }

  @Test
  void aTransactionWithNoAnswerIsAnUnknownOutcomeAndItsRetryResendsTheIdenticalRequest() {
    TicketRepository tickets = new TicketRepository(dynamo);
    tickets.createTable();
    faults.emulateIdempotency(true);   // DynamoDB's replay of a ClientRequestToken, which moto lacks
    faults.on("TransactWriteItems").times(3).loseResponse();   // every attempt the SDK makes
    Transaction tx = dynamo.transaction().put(tickets, new Ticket(null, "once")).put(orders, order("bob", "o-9", 5));
    OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class, tx::commit);
    assertNotNull(unknown.idempotencyToken());   // before: a plain DynamoException with no token
    assertTrue(unknown.getMessage().contains(unknown.idempotencyToken()), unknown.getMessage());
    // The retry with the token resends the same request: the same id, and DynamoDB applies it once.
    assertEquals(1L, tx.commit().get(0, tickets).id());
    assertEquals(1L, tickets.count());
    assertEquals(Optional.of(new Ticket(1L, "once")), tickets.get(1L));
    assertTrue(faults.replayed("TransactWriteItems") >= 1, "answered from the first attempt, not applied again");
  }

  @Test
  void inputDynamoDbRefusesIsRefusedBeforeSending() {
    MeasureRepository measures = new MeasureRepository(dynamo);
    measures.createTable();
    faults.reset();
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    List<Runnable> bad = List.of(
        () -> measures.put(new Measure("m", BigDecimal.ONE, 1, Set.of(new BigDecimal("1.0"), new BigDecimal("1.00")), null, null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, 1, Set.of(new BigDecimal("0"), new BigDecimal("-0.00")), null, null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, 1, null, Set.of(new byte[] {1, 2}, new byte[] {1, 2}), null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, Double.NaN, null, null, null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, Double.POSITIVE_INFINITY, null, null, null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, 1, null, null, nullKey)),
        () -> measures.put(new Measure("bad\uD800", BigDecimal.ONE, 1, null, null, null)),
        () -> measures.put(new Measure("m", BigDecimal.ONE, 1, null, null, Map.of("k", "lone \uDC00 low"))),
        () -> measures.update("m", BigDecimal.ONE).set(MeasureSchema.NOTES.key("k"), "v").when(MeasureSchema.VALUE.eq(Double.NaN)),
        () -> dynamo.transaction().delete(measures, measures.key("m", new BigDecimal("7.0")))
            .delete(measures, measures.key("m", new BigDecimal("7.00"))).commit());
    for (Runnable r : bad) {
      DynamoException e = assertThrows(DynamoException.class, r::run);
      assertTrue(e.getMessage().contains("measures") || e.getMessage().contains("attribute 'value'"), e.getMessage());
    }
    assertEquals(0, faults.requests("PutItem") + faults.requests("UpdateItem") + faults.requests("TransactWriteItems"),
        "nothing was sent");
  }

  @Test
  void idBlocksBelongToTheirConnection() {
    BlockTicketRepository first = new BlockTicketRepository(DynamoDb.of(client));
    first.createTable();
    assertEquals(1L, first.put(new BlockTicket(null, "a")).id());
    // A new connection on the same client reserves its own block: nothing is kept per client JVM-wide.
    assertEquals(11L, new BlockTicketRepository(DynamoDb.of(client)).put(new BlockTicket(null, "b")).id());
    assertEquals(2L, first.put(new BlockTicket(null, "c")).id());
  }

  @Test
  void theAsyncPathRecognisesTheSameLostResponses(LocalDynamoDb local) throws Exception {
    try (var asyncFaults = dev.dynamorepo.testing.FaultInjectingAsyncHttpClient.create();
         var asyncClient = asyncFaults.clientFor(local)) {
      OrderAsyncRepository async = new OrderAsyncRepository(DynamoDb.of(asyncClient));
      asyncFaults.on("PutItem").loseResponse();
      Order o = order("carol", "o-1", 7);
      assertEquals(o, async.put(o).join());
      assertEquals(2, asyncFaults.forwarded("PutItem"));
      asyncFaults.on("DeleteItem").loseResponse();
      var failed = async.delete("carol", "o-1").handle((ok, error) -> error).join();
      assertInstanceOf(OutcomeUnknownException.class, failed instanceof java.util.concurrent.CompletionException c ? c.getCause() : failed);
      assertEquals(Optional.empty(), orders.get("carol", "o-1"));
    }
  }
}
