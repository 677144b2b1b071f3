package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.ReadTransaction;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every single-item write is a transaction action too, partial updates included; typed transactional reads. */
@WithDynamoDb
@CleanTables
class TransactionParityTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private DynamoDb dynamo;
  private OrderRepository orders;
  private CustomerRepository customers;
  private DocRepository docs;

  @BeforeEach
  void setUp(DynamoDb dynamo, OrderRepository orders, CustomerRepository customers, DocRepository docs) {
    this.dynamo = dynamo;
    this.orders = orders;
    this.customers = customers;
    this.docs = docs;
    orders.createTable();
    customers.createTable();
    docs.createTable();
  }

  private static Order order(String customer, String id, long cents) {
    return new Order(customer, id, cents, Set.of("a"), T, Status.NEW, "n");
  }

  @Test
  void aPartialUpdateGoesIntoATransactionWithItsConditionAndStrictness() {
    orders.put(order("alice", "o-1", 100));
    customers.put(new Customer("alice", "Alice", "a@x", Map.of(), 1));
    TransactionResult r = dynamo.transaction()
        .update(orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 50L).addToSet(OrderSchema.TAGS, Set.of("b"))
            .when(OrderSchema.STATUS.eq(Status.NEW)))
        .update(customers.update("alice").add(CustomerSchema.LOYALTY, 10).set(CustomerSchema.LABELS.key("tier"), "gold"))
        .commit();
    assertEquals(null, r.get(0, orders), "a transaction does not return the new item of a partial update");
    Order o = orders.get("alice", "o-1").orElseThrow();
    assertEquals(150, o.totalCents());
    assertEquals(Set.of("a", "b"), o.tags());
    assertEquals(11, customers.get("alice").orElseThrow().loyalty());
    assertEquals("gold", customers.get("alice").orElseThrow().labels().get("tier"));

    ConflictException failed = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .update(orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 1L).when(OrderSchema.STATUS.eq(Status.PAID)))
        .update(customers.update("alice").add(CustomerSchema.LOYALTY, 1)).commit());
    assertEquals("ConditionalCheckFailed", failed.reasons().get(0).code());
    ConflictException missing = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .update(orders.update("nobody", "o-1").add(OrderSchema.TOTAL_CENTS, 1L)).commit());
    assertTrue(missing.getMessage().contains("action 0"), missing.getMessage());
    assertEquals(150, orders.get("alice", "o-1").orElseThrow().totalCents(), "nothing was written");
    assertEquals(Optional.empty(), orders.get("nobody", "o-1"), "a strict partial update creates nothing");
  }

  @Test
  void aPartialUpdateInATransactionIncrementsTheVersion() {
    Doc doc = docs.put(new Doc("d1", "v1", null));
    dynamo.transaction().update(docs.update("d1").set(DocSchema.BODY, "v2")).commit();
    Doc after = docs.get("d1").orElseThrow();
    assertEquals(doc.version() + 1, after.version());
    assertThrows(ConflictException.class, () -> docs.update(doc), "the holder of the old version is refused");
  }

  @Test
  void typedReadsAcrossTablesInOneSnapshot() {
    orders.put(order("alice", "o-1", 100));
    customers.put(new Customer("alice", "Alice", "a@x", Map.of(), 1));
    ReadTransaction read = dynamo.readTransaction();
    ReadTransaction.Item<Order> order = read.get(orders, orders.key("alice", "o-1"));
    ReadTransaction.Item<Customer> customer = read.get(customers.async(), customers.key("alice"));
    ReadTransaction.Item<Order> none = read.get(orders, orders.key("bob", "o-9"));
    ReadTransaction.Result result = read.execute();
    assertEquals(100, result.get(order).orElseThrow().totalCents());
    assertEquals("Alice", result.get(customer).orElseThrow().name());
    assertEquals(Optional.empty(), result.get(none));
    assertEquals(3, result.size());
    ReadTransaction.Result async = dynamo.readTransaction().executeAsync().handle((x, e) -> x).join();
    assertEquals(null, async, "an empty read is refused");
  }

  @Test
  void readTransactionsAreCheckedBeforeSending() {
    ReadTransaction twice = dynamo.readTransaction();
    twice.get(orders, orders.key("alice", "o-1"));
    twice.get(orders, orders.key("alice", "o-1"));
    DynamoException e = assertThrows(DynamoException.class, twice::execute);
    assertTrue(e.getMessage().contains("a second time"), e.getMessage());
    ReadTransaction many = dynamo.readTransaction();
    for (int i = 0; i < 101; i++) {
      many.get(orders, orders.key("alice", "o-" + i));
    }
    DynamoException tooMany = assertThrows(DynamoException.class, many::execute);
    assertTrue(tooMany.getMessage().contains("101 items"), tooMany.getMessage());
  }

  @Test
  void aTransactionResultIsTypedByItsRepository() {
    TransactionResult r = dynamo.transaction().put(orders, order("alice", "o-1", 1))
        .put(customers, new Customer("c", "C", null, null, null)).commit();
    assertEquals("o-1", r.get(0, orders).orderId());
    assertEquals("C", r.get(1, customers).name());
    DynamoException wrong = assertThrows(DynamoException.class, () -> r.get(0, customers));
    assertTrue(wrong.getMessage().contains("wrote a Order"), wrong.getMessage());
  }

  @Test
  void aSyncStreamOfAMissingTableFailsLazilyWithTheTableName() {
    var stream = orders.scan();   // nothing is sent yet
    orders.dynamo().client().deleteTable(b -> b.tableName("orders"));
    DynamoException e = assertThrows(DynamoException.class, () -> stream.findFirst());
    assertTrue(e.getMessage().contains("table 'orders'") && e.getMessage().contains("Scan"), e.getMessage());
    DynamoException q = assertThrows(DynamoException.class, () -> orders.query("alice").stream().count());
    assertTrue(q.getMessage().contains("table 'orders'") && q.getMessage().contains("Query"), q.getMessage());
  }
}
