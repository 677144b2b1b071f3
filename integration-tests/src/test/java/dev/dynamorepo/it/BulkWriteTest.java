package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** BatchWriteItem bulk overwrites and deletes: chunking, retries of unprocessed items, exact partial reports. */
@WithDynamoDb
@CleanTables
class BulkWriteTest {
  private DynamoDbClient client;
  private OrderRepository orders;
  private CustomerRepository customers;

  @BeforeEach
  void setUp(DynamoDbClient client, OrderRepository orders, CustomerRepository customers) {
    this.client = client;
    this.orders = orders;
    this.customers = customers;
    orders.createTable();
    customers.createTable();
  }

  private static List<Order> orders(String customer, int n) {
    List<Order> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Order(customer, String.format("o-%03d", i), i, Set.of("a"), Instant.EPOCH, Status.NEW, null));
    }
    return out;
  }

  @Test
  void overwriteAndDeleteInChunksAcrossTables() {
    orders.put(new Order("alice", "o-000", 999, null, null, Status.PAID, "old"));
    orders.batchOverwrite(orders("alice", 260));
    assertEquals(260, orders.count());
    assertEquals(0, orders.get("alice", "o-000").orElseThrow().totalCents(), "an overwrite replaces the item whole");
    List<Key<Order>> keys = new ArrayList<>();
    orders("alice", 200).forEach(o -> keys.add(orders.key(o.customerId(), o.orderId())));
    orders.dynamo().bulkWrite().delete(orders, keys)
        .overwrite(customers, List.of(new Customer("c1", "C", null, null, 1), new Customer("c2", "D", null, null, 2)))
        .execute();
    assertEquals(60, orders.count());
    assertEquals(2, customers.count());
    orders.async().batchDelete(List.of(orders.key("alice", "o-259"))).join();
    assertEquals(59, orders.count());
  }

  @Test
  void unprocessedItemsAreRetriedUntilWritten() {
    FaultyClient faulty = new FaultyClient(client).holdBackHalf(3);
    OrderRepository flaky = new OrderRepository(DynamoDb.of(faulty));
    flaky.batchOverwrite(orders("bob", 20));   // one chunk: 10 written, then 5, 3, then the last 2
    assertEquals(20, orders.count());
    assertEquals(4, faulty.batchWriteCalls.get());
  }

  @Test
  void whenRetriesRunOutTheReportSaysExactlyWhatWasWritten() {
    FaultyClient faulty = new FaultyClient(client).holdBackHalfThenAll();
    OrderRepository flaky = new OrderRepository(DynamoDb.of(faulty));
    List<Order> all = orders("carol", 60);
    BulkWriteException e = assertThrows(BulkWriteException.class, () -> flaky.batchOverwrite(all));
    assertEquals(60, e.done().size() + e.notDone().size() + e.unknown().size(), e.getMessage());
    assertTrue(e.getMessage().contains("unprocessed"), e.getMessage());
    for (BulkWriteException.Done d : e.done()) {
      assertTrue(orders.get("carol", d.key().get("orderId").s()).isPresent(), "reported written: " + d.key());
    }
    for (Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> k : e.notDone()) {
      assertEquals(Optional.empty(), orders.get("carol", k.get("orderId").s()), "reported not written: " + k);
    }
    assertEquals(e.done().size(), orders.count());
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    FaultyClient faulty = new FaultyClient(client);
    DynamoDb counted = DynamoDb.of(faulty);
    OrderRepository repo = new OrderRepository(counted);
    List<Order> twice = new ArrayList<>(orders("dan", 3));
    twice.add(orders("dan", 1).get(0));
    DynamoException dup = assertThrows(DynamoException.class, () -> repo.batchOverwrite(twice));
    assertTrue(dup.getMessage().contains("written twice"), dup.getMessage());
    assertThrows(DynamoException.class, () -> repo.batchOverwrite(List.of(
        new Order("dan", "big", 1, null, null, null, "x".repeat(410_000)))));
    assertThrows(DynamoException.class, () -> repo.batchOverwrite(List.of(new Order("dan", "", 1, null, null, null, null))));
    DynamoException versioned = assertThrows(DynamoException.class,
        () -> new DocRepository(counted).batchOverwrite(List.of(new Doc("d", "b", null))));
    assertTrue(versioned.getMessage().contains("@Version"), versioned.getMessage());
    assertEquals(0, faulty.batchWriteCalls.get(), "nothing was sent");
    assertEquals(0, orders.count());
  }

  @Test
  void autoIncrementIdsComeFromOneBlockPerBulkWrite(TicketRepository tickets) {
    tickets.createTable();
    tickets.put(new Ticket(null, "before"));
    List<Ticket> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      batch.add(new Ticket(null, "t" + i));
    }
    batch.add(new Ticket(500L, "given"));
    tickets.batchOverwrite(batch);
    Set<Long> ids = new TreeSet<>();
    tickets.scan().forEach(t -> ids.add(t.id()));
    assertEquals(32, ids.size());
    assertTrue(ids.containsAll(List.of(1L, 2L, 31L, 500L)), ids.toString());
    assertEquals(32L, tickets.put(new Ticket(null, "after")).id(), "the counter moved past the block");
  }
}
