package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.Update;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every repository operation against the local server, including each conflict path. */
@WithDynamoDb
@CleanTables
class CrudTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private DynamoDbClient client;
  private OrderRepository orders;
  private CustomerRepository customers;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    DynamoDb dynamo = DynamoDb.of(client);
    orders = new OrderRepository(dynamo);
    customers = new CustomerRepository(dynamo);
    orders.createTable();
    customers.createTable();
  }

  private static Order order(String customer, String id, long cents, Status status) {
    return new Order(customer, id, cents, Set.of("a", "b"), T, status, "note");
  }

  @Test
  void createTableIsIdempotentAndRefusesDifferentKeys() {
    orders.createTable();
    assertTrue(DynamoDb.of(client).listTables().contains("orders"));
    client.createTable(b -> b.tableName("clash").billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("other").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("other").attributeType("S")));
    var clash = new dev.dynamorepo.runtime.Repository<Customer>(DynamoDb.of(client),
        dev.dynamorepo.runtime.support.EntitySchema.builder(Customer.class, "clash")
            .partitionKey(CustomerSchema.ID).attributes(CustomerSchema.ID)
            .mapper(CustomerSchema::toItem, CustomerSchema::fromItem).build()) {};
    DynamoException e = assertThrows(DynamoException.class, clash::createTable);
    assertTrue(e.getMessage().contains("'clash'") && e.getMessage().contains("HASH other (S)")
        && e.getMessage().contains("HASH id (S)"), e.getMessage());
  }

  @Test
  void putThenGet() {
    Order o = order("alice", "o-1", 1200, Status.NEW);
    assertEquals(o, orders.put(o));
    assertEquals(Optional.of(o), orders.get("alice", "o-1"));
    assertEquals(Optional.of(o), orders.get(Get.of(orders.key("alice", "o-1")).consistency(ReadConsistency.STRONG)));
    assertEquals(Optional.empty(), orders.get("alice", "o-2"));
  }

  @Test
  void putOfAnExistingKeyConflictsAndKeepsTheItem() {
    Order first = order("alice", "o-1", 1200, Status.NEW);
    orders.put(first);
    ConflictException e = assertThrows(ConflictException.class, () -> orders.put(order("alice", "o-1", 1, Status.PAID)));
    assertTrue(e.getMessage().contains("orders") && e.getMessage().contains("exists already"), e.getMessage());
    assertEquals(Optional.of(first), orders.get("alice", "o-1"));
  }

  @Test
  void strictUpdateOfAMissingItemConflictsAndCreatesNothing() {
    assertThrows(ConflictException.class, () -> orders.update(order("bob", "o-9", 1, Status.NEW)));
    assertEquals(0, orders.count());
  }

  @Test
  void updateReplacesAttributesAndRemovesNullOnes() {
    orders.put(order("alice", "o-1", 1200, Status.NEW));
    Order changed = new Order("alice", "o-1", 500, null, T, Status.PAID, null);
    assertEquals(changed, orders.update(changed));
    Map<String, AttributeValue> raw = client.getItem(b -> b.tableName("orders").key(orders.key("alice", "o-1").attributes())).item();
    assertFalse(raw.containsKey("tags"), "null set removed");
    assertFalse(raw.containsKey("note"), "null string removed");
    assertEquals("500", raw.get("totalCents").n());
  }

  @Test
  void updateWithAFailedConditionLeavesTheItemUnchanged() {
    Order stored = orders.put(order("alice", "o-1", 1200, Status.NEW));
    Order attempt = order("alice", "o-1", 1, Status.SHIPPED);
    assertThrows(ConflictException.class, () -> orders.update(Update.of(attempt).when(OrderSchema.STATUS.eq(Status.PAID))));
    assertEquals(Optional.of(stored), orders.get("alice", "o-1"));
    assertEquals(attempt, orders.update(Update.of(attempt).when(OrderSchema.STATUS.eq(Status.NEW))));
  }

  @Test
  void partialUpdateSetsOnlyTheNamedAttributesAndReturnsTheWholeItem() {
    orders.put(order("alice", "o-1", 1200, Status.NEW));
    Order updated = orders.update("alice", "o-1")
        .set(OrderSchema.TOTAL_CENTS, 500L)
        .remove(OrderSchema.NOTE)
        .when(OrderSchema.STATUS.eq(Status.NEW))
        .execute();
    assertEquals(new Order("alice", "o-1", 500, Set.of("a", "b"), T, Status.NEW, null), updated);
    DynamoException nullSet = assertThrows(DynamoException.class, () -> orders.update("alice", "o-1").set(OrderSchema.NOTE, null));
    assertTrue(nullSet.getMessage().contains("remove(note)"), nullSet.getMessage());
    assertThrows(ConflictException.class, () -> orders.update("alice", "o-1")
        .set(OrderSchema.TOTAL_CENTS, 1L).when(OrderSchema.STATUS.eq(Status.PAID)).execute());
    assertEquals(500, orders.get("alice", "o-1").orElseThrow().totalCents());
    assertThrows(ConflictException.class, () -> orders.update("zed", "o-1").set(OrderSchema.TOTAL_CENTS, 1L).execute());
    assertEquals(1, orders.count(), "a strict partial update creates nothing");
  }

  @Test
  void upsertCreatesThenReplacesTheNamedAttributes() {
    Customer c = new Customer("c1", "Ann", "ann@example.com", Map.of("tier", "gold"), 3);
    assertEquals(c, customers.upsert(c));
    Customer renamed = new Customer("c1", "Anne", null, null, null);
    Customer after = customers.upsert(renamed);
    assertEquals(new Customer("c1", "Anne", "ann@example.com", Map.of("tier", "gold"), 3), after,
        "upsert writes the attributes it names and leaves the others");
    assertThrows(ConflictException.class, () -> customers.upsert(Upsert.of(c).when(CustomerSchema.NAME.eq("nobody"))));
    assertEquals("Anne", customers.get("c1").orElseThrow().name());
  }

  @Test
  void deleteReturnsTheOldItem() {
    Order o = orders.put(order("alice", "o-1", 1200, Status.NEW));
    assertEquals(Optional.of(o), orders.delete("alice", "o-1"));
    assertEquals(Optional.empty(), orders.delete("alice", "o-1"));
    assertEquals(Optional.empty(), orders.get("alice", "o-1"));
  }

  @Test
  void conditionalDeleteKeepsTheItemWhenTheConditionFails() {
    Order o = orders.put(order("alice", "o-1", 1200, Status.NEW));
    assertThrows(ConflictException.class, () -> orders.delete(Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.PAID))));
    assertEquals(Optional.of(o), orders.get("alice", "o-1"));
  }

  @Test
  void deleteAllOfAFewHundredReturnsTheExistingOnesInInputOrder() {
    for (int i = 0; i < 300; i++) {
      orders.put(order("bulk", String.format("o-%03d", i), i, Status.NEW));
    }
    var keys = new java.util.ArrayList<dev.dynamorepo.runtime.Key<Order>>();
    for (int i = 299; i >= 0; i--) {
      keys.add(orders.key("bulk", String.format("o-%03d", i)));
      if (i % 50 == 0) {
        keys.add(orders.key("bulk", "missing-" + i));
      }
    }
    List<Order> gone = orders.deleteAll(keys);
    assertEquals(300, gone.size());
    for (int i = 0; i < 300; i++) {
      assertEquals(299 - i, gone.get(i).totalCents(), "input order");
    }
    assertEquals(0, orders.count());
  }

  @Test
  void deleteAttributesRemovesThemAndReturnsTheItem() {
    orders.put(order("alice", "o-1", 1200, Status.NEW));
    Order trimmed = orders.deleteAttributes("alice", "o-1", OrderSchema.TAGS, OrderSchema.NOTE);
    assertEquals(new Order("alice", "o-1", 1200, null, T, Status.NEW, null), trimmed);
    assertThrows(ConflictException.class, () -> orders.deleteAttributes("nobody", "x", OrderSchema.TAGS));
    assertEquals(1, orders.count());
  }

  @Test
  void scanCrossesPagesAndCountAgrees() {
    String big = "x".repeat(100_000);
    var blobs = new BlobRepository(DynamoDb.of(client));
    blobs.createTable();
    for (int i = 0; i < 25; i++) {
      blobs.put(new Blob("b", "p" + i, big, null, null));
    }
    var firstPage = client.scan(b -> b.tableName("blobs"));
    assertTrue(firstPage.hasLastEvaluatedKey() && !firstPage.lastEvaluatedKey().isEmpty(),
        "the data spans more than one 1 MB page");
    Set<String> parts = blobs.scan().map(Blob::part).collect(Collectors.toSet());
    assertEquals(25, parts.size());
    assertEquals(25, blobs.count());
  }

  @Test
  void listTablesFollowsEveryPage() {
    DynamoDb dynamo = DynamoDb.of(client);
    for (int i = 0; i < 105; i++) {
      String name = String.format("t%03d", i);
      client.createTable(b -> b.tableName(name).billingMode("PAY_PER_REQUEST")
          .keySchema(k -> k.attributeName("id").keyType("HASH"))
          .attributeDefinitions(a -> a.attributeName("id").attributeType("S")));
    }
    List<String> names = dynamo.listTables();
    assertEquals(107, names.size(), "105 plus orders and customers");
    assertTrue(client.listTables().tableNames().size() < 107, "one ListTables call does not return them all");
  }
}
