package dev.dynamorepo.it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.SingleTableView.UnknownTypes;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Three entity types and an overloaded index in one table, on the local server. */
@WithDynamoDb
class SingleTableTest {
  private static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant T2 = Instant.parse("2026-02-05T10:00:00Z");

  private DynamoDbClient client;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;
  private ShopItemTable shop;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    if (client.listTables().tableNames().contains("shop")) {
      client.deleteTable(b -> b.tableName("shop"));
    }
    DynamoDb dynamo = DynamoDb.of(client);
    customers = new CustomerRepository(dynamo);
    orders = new OrderRepository(dynamo);
    lines = new OrderLineRepository(dynamo);
    shop = new ShopItemTable(dynamo);
    shop.createTable();
    customers.put(new Customer("c1", "Alice", "alice@example.com"));
    orders.put(new Order("c1", "o1", T1, 1250, "NEW", null));
    orders.put(new Order("c1", "o2", T2, 990, "NEW", null));
    lines.put(new OrderLine("c1", "o1", 1, "sku-1", 2));
    lines.put(new OrderLine("c1", "o1", 2, "sku-2", 1));
    customers.put(new Customer("c2", "Bob", "bob@example.com"));
  }

  @Test
  void storesComposedKeysAndTheType() {
    Map<String, AttributeValue> item = client.getItem(b -> b.tableName("shop")
        .key(Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"), "sk", AttributeValue.fromS("ORDER#2026-01-05T10:00:00.000000000Z#o1")))).item();
    assertEquals("ORDER", item.get("_type").s());
    assertEquals("ORDER#o1", item.get("gsi1pk").s());
    assertEquals("ORDER", item.get("gsi1sk").s());
    assertEquals("o1", item.get("orderId").s());
  }

  @Test
  void getsEachTypeByItsOwnAttributes() {
    assertEquals("Alice", customers.get("c1").orElseThrow().name());
    assertEquals(1250, orders.get("c1", T1, "o1").orElseThrow().totalCents());
    assertEquals("sku-2", lines.get("c1", "o1", 2).orElseThrow().sku());
    assertTrue(orders.get("c1", T2, "o1").isEmpty());
  }

  @Test
  void entityQueriesNeverReturnOtherTypes() {
    assertEquals(List.of("o1", "o2"), orders.query("c1").stream().map(Order::orderId).toList());
    assertEquals(List.of("o2"), orders.query("c1", t -> t.gt(T1)).stream().map(Order::orderId).toList());
    assertEquals(List.of("o1"), orders.query("c1", t -> t.lt(T2)).stream().map(Order::orderId).toList());
    assertEquals(List.of("o1"), orders.query("c1", T1).stream().map(Order::orderId).toList());
    assertEquals(2, lines.query("c1").count());
    assertEquals(List.of(2), lines.query("c1", "o1", n -> n.ge(2)).stream().map(OrderLine::lineNo).toList());
    assertEquals(List.of("o2"), orders.queryByGsi1("o2").stream().map(Order::orderId).toList());
    assertEquals(2, orders.scan().count());
  }

  @Test
  void collectionQueryReadsEveryTypeInOneQuery() {
    List<ShopItem> all = shop.query("c1").stream().toList();
    assertEquals(5, all.size());
    long customerCount = all.stream().filter(i -> i instanceof Customer).count();
    assertEquals(1, customerCount);
    StringBuilder seen = new StringBuilder();
    for (ShopItem item : all) {
      // Java 17: instanceof patterns; on Java 21 the same reads as a switch over the sealed type.
      String kind = item instanceof Customer c ? "C:" + c.name() : item instanceof Order o ? "O:" + o.orderId()
          : "L:" + ((OrderLine) item).lineNo();
      seen.append(kind).append(' ');
    }
    assertEquals("L:1 L:2 O:o1 O:o2 C:Alice ", seen.toString());
    List<ShopItem> byOrder = shop.queryByGsi1("o1").stream().toList();
    assertEquals(3, byOrder.size());
  }

  @Test
  void collectionPagesWithCursors() {
    Page<ShopItem> first = shop.query("c1").pageSize(2).page(null);
    assertEquals(2, first.items().size());
    Page<ShopItem> second = shop.query("c1").pageSize(2).page(first.cursor());
    Page<ShopItem> third = shop.query("c1").pageSize(2).page(second.cursor());
    assertEquals(5, first.items().size() + second.items().size() + third.items().size());
  }

  @Test
  void unknownTypesAreSkippedOrReported() {
    client.putItem(b -> b.tableName("shop").item(Map.of("pk", AttributeValue.fromS("CUSTOMER#c1"),
        "sk", AttributeValue.fromS("REVIEW#1"), "_type", AttributeValue.fromS("REVIEW"))));
    assertEquals(5, shop.query("c1").stream().count());
    ShopItemTable strict = new ShopItemTable(DynamoDb.of(client), UnknownTypes.FAIL);
    DynamoException e = assertThrows(DynamoException.class, () -> strict.query("c1").stream().toList());
    assertTrue(e.getMessage().contains("REVIEW"), e.getMessage());
  }

  @Test
  void updatesAndVersions() {
    Order o = orders.get("c1", T1, "o1").orElseThrow();
    Order paid = orders.update("c1", T1, "o1").set(OrderSchema.STATUS, "PAID").execute();
    assertEquals("PAID", paid.status());
    assertThrows(ConflictException.class, () -> orders.update(o));
    Order changed = orders.update(new Order("c1", "o1", T1, 2000, "PAID", paid.version()));
    assertEquals(2000, orders.get("c1", T1, "o1").orElseThrow().totalCents());
    assertEquals(changed.version(), orders.get("c1", T1, "o1").orElseThrow().version());
  }

  @Test
  void transactionAcrossTypes() {
    shop.dynamo().transaction()
        .put(orders, new Order("c2", "o9", T2, 100, "NEW", null))
        .put(lines, new OrderLine("c2", "o9", 1, "sku-9", 1))
        .update(customers.update("c2").set(CustomerSchema.EMAIL, "bob@new.example"))
        .commit();
    assertEquals(3, shop.query("c2").stream().count());
  }

  @Test
  void instantsInKeysSortAsInstantsWhateverTheirPrecision() {
    // Instant.toString() drops a zero fraction: as text "10:00:00Z" sorts after "10:00:00.500Z".
    Instant whole = Instant.parse("2026-03-01T10:00:00Z");
    Instant half = Instant.parse("2026-03-01T10:00:00.500Z");
    orders.put(new Order("c3", "late", half, 1, "NEW", null));
    orders.put(new Order("c3", "early", whole, 1, "NEW", null));
    assertEquals(List.of("early", "late"), orders.query("c3").stream().map(Order::orderId).toList());
    assertEquals(List.of("late"), orders.query("c3", t -> t.gt(whole)).stream().map(Order::orderId).toList());
    assertEquals(whole, orders.get("c3", whole, "early").orElseThrow().placedAt());
  }

  @Test
  void anItemWithoutTypeIsNotReadAsAnEntityByKey() {
    client.putItem(b -> b.tableName("shop").item(Map.of("pk", AttributeValue.fromS("CUSTOMER#c9"),
        "sk", AttributeValue.fromS("PROFILE"), "customerId", AttributeValue.fromS("c9"))));
    DynamoException e = assertThrows(DynamoException.class, () -> customers.get("c9"));
    assertTrue(e.getMessage().contains("no '_type' attribute"), e.getMessage());
  }

  @Test
  void instantsOutsideFourDigitYearsAreRefusedInKeys() {
    DynamoException e = assertThrows(DynamoException.class,
        () -> orders.put(new Order("c1", "o9", Instant.parse("+10000-01-01T00:00:00Z"), 1, "NEW", null)));
    assertTrue(e.getMessage().contains("outside the years 0000 to 9999"), e.getMessage());
  }

  @Test
  void separatorInAKeyValueIsRefusedBeforeSending() {
    DynamoException e = assertThrows(DynamoException.class, () -> orders.put(new Order("c#1", "o1", T1, 1, "NEW", null)));
    assertTrue(e.getMessage().contains("'#'"), e.getMessage());
  }
}
