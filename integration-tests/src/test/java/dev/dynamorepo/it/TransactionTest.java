package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.CancellationReason;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Transaction;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Transactions across tables on the local server; faults moto never produces are injected. */
@WithDynamoDb
@CleanTables
class TransactionTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private DynamoDb dynamo;
  private OrderRepository orders;
  private CustomerRepository customers;
  private TicketRepository tickets;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    dynamo = DynamoDb.of(client);
    orders = new OrderRepository(dynamo);
    customers = new CustomerRepository(dynamo);
    tickets = new TicketRepository(dynamo);
    orders.createTable();
    customers.createTable();
    tickets.createTable();
  }

  private static Order order(String customer, String id, Status status) {
    return new Order(customer, id, 100, Set.of("t"), T, status, null);
  }

  private static Customer customer(String id) {
    return new Customer(id, "name-" + id, null, null, 1);
  }

  @Test
  void commitsActionsAcrossTables() {
    orders.put(order("alice", "o-1", Status.NEW));
    orders.put(order("alice", "o-2", Status.NEW));
    orders.put(order("bob", "o-9", Status.PAID));
    Order changed = order("alice", "o-1", Status.PAID);
    TransactionResult r = dynamo.transaction()
        .put(customers, customer("c1"))
        .update(orders, changed)
        .upsert(customers, customer("c2"))
        .delete(orders, orders.key("alice", "o-2"))
        .conditionCheck(orders, orders.key("bob", "o-9"), OrderSchema.STATUS.eq(Status.PAID))
        .put(tickets, new Ticket(null, "via transaction"))
        .commit();
    assertEquals(6, r.size());
    assertEquals(customer("c1"), r.get(0, Customer.class));
    assertEquals(changed, r.get(1, Order.class));
    assertNull(r.get(3, Order.class));
    assertEquals(1L, r.get(5, Ticket.class).id());
    assertEquals(Optional.of(changed), orders.get("alice", "o-1"));
    assertEquals(Optional.empty(), orders.get("alice", "o-2"));
    assertTrue(customers.get("c2").isPresent());
    assertEquals(Optional.of(new Ticket(1L, "via transaction")), tickets.get(1L));
  }

  @Test
  void aFailedConditionWritesNothingAndNamesTheAction() {
    orders.put(order("bob", "o-9", Status.NEW));
    ConflictException e = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .put(customers, customer("c1"))
        .conditionCheck(orders, orders.key("bob", "o-9"), OrderSchema.STATUS.eq(Status.PAID))
        .commit());
    assertTrue(e.getMessage().contains("action 1 (conditionCheck on table 'orders'"), e.getMessage());
    assertTrue(e.getMessage().contains("ConditionalCheckFailed"), e.getMessage());
    List<CancellationReason> reasons = e.reasons();
    assertEquals(2, reasons.size());
    assertEquals("None", reasons.get(0).code());
    assertEquals("ConditionalCheckFailed", reasons.get(1).code());
    assertEquals("{customerId=bob, orderId=o-9}", reasons.get(1).key());
    assertEquals(Optional.empty(), customers.get("c1"), "nothing written");
  }

  @Test
  void putOfAnExistingItemInsideATransactionConflicts() {
    customers.put(customer("c1"));
    ConflictException e = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .put(customers, new Customer("c1", "other", null, null, null)).put(customers, customer("c2")).commit());
    assertTrue(e.reasons().get(0).failed());
    assertFalse(e.reasons().get(1).failed());
    assertEquals("name-c1", customers.get("c1").orElseThrow().name());
    assertEquals(Optional.empty(), customers.get("c2"));
  }

  @Test
  void strictUpdateOfAMissingItemInsideATransactionConflicts() {
    assertThrows(ConflictException.class, () -> dynamo.transaction().update(customers, customer("ghost")).commit());
    assertEquals(0, customers.count());
  }

  @Test
  void limitsAreRefusedBeforeSending() {
    DynamoException empty = assertThrows(DynamoException.class, () -> dynamo.transaction().commit());
    assertTrue(empty.getMessage().contains("no actions"));

    Transaction tooMany = dynamo.transaction();
    for (int i = 0; i < 101; i++) {
      tooMany.put(customers, customer("c" + i));
    }
    assertTrue(assertThrows(DynamoException.class, tooMany::commit).getMessage().contains("limit of 100"));

    DynamoException twice = assertThrows(DynamoException.class, () -> dynamo.transaction()
        .put(customers, customer("c1")).delete(customers, customers.key("c1")).commit());
    assertTrue(twice.getMessage().contains("two actions on one item") && twice.getMessage().contains("c1"), twice.getMessage());

    Transaction big = dynamo.transaction();
    for (int i = 0; i < 11; i++) {
      big.put(customers, new Customer("big" + i, "x".repeat(390_000), null, null, null));
    }
    DynamoException tooBig = assertThrows(DynamoException.class, big::commit);
    assertTrue(tooBig.getMessage().contains("4 MB"), tooBig.getMessage());

    assertThrows(DynamoException.class, () -> dynamo.transaction().idempotencyToken("x".repeat(37)));
    assertThrows(DynamoException.class, () -> dynamo.transaction().idempotencyToken(""));
    assertEquals(0, customers.count(), "nothing written (moto itself would have accepted the 4 MB one)");
  }

  @Test
  void transactionConflictIsRetriedThenSucceeds(DynamoDbClient client) {
    FaultyClient faulty = new FaultyClient(client).conflicts(3);
    DynamoDb flaky = DynamoDb.of(faulty);
    flaky.transaction().put(new CustomerRepository(flaky), customer("c1")).commit();
    assertEquals(4, faulty.transactCalls.get());
    assertTrue(customers.get("c1").isPresent());
  }

  @Test
  void persistentTransactionConflictIsReportedAfterBoundedRetries(DynamoDbClient client) {
    FaultyClient faulty = new FaultyClient(client).conflicts(100);
    DynamoDb flaky = DynamoDb.of(faulty);
    ConflictException e = assertThrows(ConflictException.class,
        () -> flaky.transaction().put(new CustomerRepository(flaky), customer("c1")).commit());
    assertEquals(8, faulty.transactCalls.get(), "bounded: Transaction.MAX_ATTEMPTS");
    assertTrue(e.getMessage().contains("TransactionConflict") && e.getMessage().contains("8 attempts"), e.getMessage());
    assertEquals(ConflictException.Reason.CONTENDED, e.reason(), "no condition failed: other writers kept winning");
    assertEquals(Optional.empty(), customers.get("c1"));
  }

  @Test
  void aThrottledTransactionIsRetriedThenSucceeds(DynamoDbClient client) {
    FaultyClient faulty = new FaultyClient(client).cancels("ThrottlingError", 2);
    DynamoDb flaky = DynamoDb.of(faulty);
    flaky.transaction().put(new CustomerRepository(flaky), customer("c1")).commit();   // before: ConflictException, no retry
    assertEquals(3, faulty.transactCalls.get());
    assertTrue(customers.get("c1").isPresent());
  }

  @Test
  void persistentThrottlingIsReportedAsThrottlingNotAsAConflict(DynamoDbClient client) {
    FaultyClient faulty = new FaultyClient(client).cancels("ThrottlingError", 100);
    DynamoDb flaky = DynamoDb.of(faulty);
    DynamoException e = assertThrows(DynamoException.class,
        () -> flaky.transaction().put(new CustomerRepository(flaky), customer("c1")).commit());
    assertFalse(e instanceof ConflictException, e.toString());
    assertTrue(e.getMessage().contains("throttled") && e.getMessage().contains("8 attempts"), e.getMessage());
    assertEquals(8, faulty.transactCalls.get());
  }

  @Test
  void validationErrorFromTheTransactionsDataIsADynamoException(DynamoDbClient client) {
    // The table's key is a number but the entity's is a string: the server refuses the data.
    // moto reports this as a plain ValidationException (DynamoDB: TransactionCanceled with
    // ValidationError); both must surface as DynamoException, never as ConflictException.
    client.createTable(b -> b.tableName("numeric_ids").billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("id").attributeType("N")));
    var mismatched = new dev.dynamorepo.runtime.Repository<Customer>(dynamo,
        dev.dynamorepo.runtime.support.EntitySchema.builder(Customer.class, "numeric_ids")
            .partitionKey(CustomerSchema.ID).attributes(CustomerSchema.ID, CustomerSchema.NAME)
            .mapper(CustomerSchema::toItem, CustomerSchema::fromItem).build()) {};
    DynamoException e = assertThrows(DynamoException.class,
        () -> dynamo.transaction().put(mismatched, customer("c1")).put(customers, customer("c2")).commit());
    assertFalse(e instanceof ConflictException, e.toString());
    assertTrue(e.getMessage().contains("numeric_ids"), e.getMessage());
    assertEquals(0, customers.count());
  }

  @Test
  void aValidationErrorCancellationReasonIsADynamoExceptionAndNotRetried(DynamoDbClient client) {
    FaultyClient faulty = new FaultyClient(client).cancels("ValidationError", 1);
    DynamoDb flaky = DynamoDb.of(faulty);
    DynamoException e = assertThrows(DynamoException.class,
        () -> flaky.transaction().put(new CustomerRepository(flaky), customer("c1")).commit());
    assertFalse(e instanceof ConflictException, e.toString());
    assertTrue(e.getMessage().contains("ValidationError") && e.getMessage().contains("customers"), e.getMessage());
    assertEquals(1, faulty.transactCalls.get());
    assertEquals(Optional.empty(), customers.get("c1"));
  }

  @Test
  void aMovedCounterIsRetriedWithFreshIdsUnlessAnIdempotencyTokenPinsTheRequest(DynamoDbClient client) {
    // Another writer takes an id between our counter read and our transaction, once per commit.
    DynamoDb racing = DynamoDb.of(new FaultyClient(client) {
      @Override
      public software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse transactWriteItems(
          software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest request) {
        if (transactCalls.getAndIncrement() % 2 == 0) {
          tickets.put(new Ticket(null, "other writer"));
        }
        return client.transactWriteItems(request);
      }
    });
    TicketRepository racingTickets = new TicketRepository(racing);
    TransactionResult r = racing.transaction().put(racingTickets, new Ticket(null, "ours")).commit();
    assertEquals(2L, r.get(0, Ticket.class).id(), "retried after the other writer took 1");

    ConflictException e = assertThrows(ConflictException.class, () -> racing.transaction().idempotencyToken("t-1")
        .put(racingTickets, new Ticket(null, "pinned")).commit());
    assertTrue(e.getMessage().contains("idempotency token pins the request"), e.getMessage());
    assertEquals(3, tickets.count(), "1 and 3 by the other writer, 2 by us; nothing for the pinned request");
  }

  @Test
  void idempotencyTokenIsReusedUnchangedOnRetry(LocalDynamoDb local) {
    LostResponse interceptor = new LostResponse();
    try (DynamoDb retrying = DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentials("test", "test")
        .client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))).build()) {
      retrying.transaction().idempotencyToken("order-42").put(new CustomerRepository(retrying), customer("c1")).commit();
    }
    assertEquals(List.of("order-42", "order-42"), interceptor.tokens);
    assertEquals(1, customers.count());
    assertEquals("name-c1", customers.get("c1").orElseThrow().name());
  }

  /**
   * Plays DynamoDB's part for idempotency tokens, which moto ignores: the first attempt's response
   * is lost (turned into HTTP 500 after the server committed), so the SDK retries; DynamoDB would
   * answer a replay of a committed token with success and write nothing, which this interceptor
   * does by replacing moto's re-execution answer (the item exists) with that success.
   */
  static final class LostResponse implements software.amazon.awssdk.core.interceptor.ExecutionInterceptor {
    final List<String> tokens = new ArrayList<>();
    private final java.util.Set<String> committed = new java.util.HashSet<>();

    @Override
    public void beforeTransmission(software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
        software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
      if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest r) {
        tokens.add(r.clientRequestToken());
      }
    }

    @Override
    public software.amazon.awssdk.http.SdkHttpResponse modifyHttpResponse(
        software.amazon.awssdk.core.interceptor.Context.ModifyHttpResponse context,
        software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
      if (!(context.request() instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest r)) {
        return context.httpResponse();
      }
      if (committed.contains(r.clientRequestToken())) {
        return context.httpResponse().toBuilder().statusCode(200).build(); // replay: success, nothing written
      }
      committed.add(r.clientRequestToken());
      return context.httpResponse().toBuilder().statusCode(500).build(); // committed, response lost
    }

    @Override
    public java.util.Optional<java.io.InputStream> modifyHttpResponseContent(
        software.amazon.awssdk.core.interceptor.Context.ModifyHttpResponse context,
        software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
      if (context.request() instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest
          && context.httpResponse().statusCode() == 200) {
        return java.util.Optional.of(new java.io.ByteArrayInputStream("{}".getBytes()));
      }
      return context.responseBody();
    }
  }
}
