package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TableNames;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Table names chosen at run time: per environment, or one explicit table per repository. */
@WithDynamoDb
@CleanTables
class TableNamesTest {
  private static Order order(String customer, String id) {
    return new Order(customer, id, 1, Set.of("a"), Instant.EPOCH, Status.NEW, null);
  }

  @Test
  void aPrefixAppliesToEveryOperationTransactionsAndTheCounterTable(DynamoDb shared, DynamoDbClient raw) {
    DynamoDb dev = shared.withTableNames(TableNames.prefix("dev-"));
    OrderRepository orders = new OrderRepository(dev);
    TicketRepository tickets = new TicketRepository(dev);
    orders.createTable();
    tickets.createTable();
    assertEquals("dev-orders", orders.tableName());
    assertEquals("orders", OrderSchema.TABLE_NAME, "the generated constant stays the logical name");
    assertTrue(dev.listTables().containsAll(List.of("dev-orders", "dev-tickets", "dev-tickets_SysItems")), dev.listTables().toString());
    assertTrue(!dev.listTables().contains("orders"));

    orders.put(order("alice", "o-1"));
    dev.transaction().put(tickets, new Ticket(null, "first")).update(orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 1L))
        .commit();
    assertEquals(2, orders.get("alice", "o-1").orElseThrow().totalCents());
    assertEquals(1L, orders.async().count("alice").join());
    // The counter lives in <resolved>_SysItems, where the Python helper looks for it.
    Map<String, AttributeValue> counter = raw.getItem(b -> b.tableName("dev-tickets_SysItems")
        .key(Map.of("pk_id", AttributeValue.fromS("__PK_VALUE_COUNTER__")))).item();
    assertEquals("1", counter.get("current_counter_value").n());
    assertEquals(Optional.of(new Ticket(1L, "first")), tickets.get(1L));
  }

  @Test
  void aRepositoryCanBeMadeForAnExplicitTable(DynamoDb dynamo) {
    OrderRepository archive = new OrderRepository(dynamo, "orders-archive-2025");
    archive.createTable();
    archive.put(order("bob", "o-9"));
    assertEquals("orders-archive-2025", archive.async().tableName());
    assertEquals(1, archive.count());
    assertTrue(dynamo.listTables().contains("orders-archive-2025"));
  }

  @Test
  void aResolvedNameDynamoDbRefusesIsRefusedBeforeSending(DynamoDb dynamo) {
    DynamoException e = assertThrows(DynamoException.class,
        () -> new OrderRepository(dynamo.withTableNames(TableNames.of(n -> n + "/prod"))));
    assertTrue(e.getMessage().contains("'orders/prod'"), e.getMessage());
    assertThrows(DynamoException.class, () -> new OrderRepository(dynamo, "x"));
  }
}
