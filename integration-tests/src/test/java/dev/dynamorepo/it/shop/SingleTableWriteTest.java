package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static dev.dynamorepo.it.shop.ShopFixture.T2;
import static dev.dynamorepo.it.shop.ShopFixture.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BatchGet;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.NullPolicy;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.Update;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every write and key read of each entity type of the single-table design, on the local server:
 * what is stored (composed keys, the type, the index keys) and that each type's operations touch
 * only that type's items, though all three share one partition.
 */
@WithDynamoDb
class SingleTableWriteTest {
  private static final String ORDER_O1 = "ORDER#2026-01-05T10:00:00.000000000Z#o1";

  private ShopFixture f;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    f = ShopFixture.fresh(client);
    customers = f.customers;
    orders = f.orders;
    lines = f.lines;
    customers.put(new Customer("c1", "Alice", "alice@example.com"));
    orders.put(new Order("c1", "o1", T1, 1250, "NEW", null));
    lines.put(new OrderLine("c1", "o1", 1, "sku-1", 2));
    lines.put(new OrderLine("c1", "o1", 2, "sku-2", 1));
  }

  @Test
  void putStoresComposedKeysTypeAndIndexKeysOfEachType() {
    Map<String, AttributeValue> customer = f.raw("CUSTOMER#c1", "PROFILE").orElseThrow();
    assertEquals("CUSTOMER", customer.get("_type").s());
    assertEquals("c1", customer.get("customerId").s());
    assertFalse(customer.containsKey("gsi1pk"), "Customer has no gsi1 template: " + customer);
    Map<String, AttributeValue> line = f.raw("CUSTOMER#c1", "LINE#o1#0000000002").orElseThrow();
    assertEquals("LINE", line.get("_type").s());
    assertEquals("ORDER#o1", line.get("gsi1pk").s());
    assertEquals("LINE#0000000002", line.get("gsi1sk").s());
    assertEquals("2", line.get("lineNo").n(), "a number component keeps its own type: " + line);
    Map<String, AttributeValue> order = f.raw("CUSTOMER#c1", ORDER_O1).orElseThrow();
    assertEquals("ORDER", order.get("_type").s());
    assertEquals("1", order.get("version").n());
    assertEquals("2026-01-05T10:00:00Z", order.get("placedAt").s());
  }

  @Test
  void putIsCreateOnlyForEveryType() {
    assertThrows(ConflictException.class, () -> customers.put(new Customer("c1", "Mallory", "m@example.com")));
    assertThrows(ConflictException.class, () -> orders.put(new Order("c1", "o1", T1, 1, "FAKE", null)));
    assertThrows(ConflictException.class, () -> lines.put(new OrderLine("c1", "o1", 1, "sku-x", 99)));
    assertEquals("Alice", customers.get("c1").orElseThrow().name());
    assertEquals("NEW", orders.get("c1", T1, "o1").orElseThrow().status());
    assertEquals(2, lines.get("c1", "o1", 1).orElseThrow().quantity());
    // the same order id at another time is another key
    Order other = orders.put(new Order("c1", "o1", T2, 5, "NEW", null));
    assertEquals(1L, other.version());
    assertEquals(2, orders.query("c1").count());
  }

  @Test
  void getReadsEachTypeByItsKeyParts() {
    Customer c = customers.get(Get.of(customers.key("c1")).consistency(ReadConsistency.STRONG)).orElseThrow();
    assertEquals(new Customer("c1", "Alice", "alice@example.com"), c);
    assertEquals(new Order("c1", "o1", T1, 1250, "NEW", 1L), orders.get("c1", T1, "o1").orElseThrow());
    assertEquals(new OrderLine("c1", "o1", 2, "sku-2", 1), lines.get("c1", "o1", 2).orElseThrow());
    assertTrue(customers.get("c2").isEmpty());
    assertTrue(orders.get("c1", T2, "o1").isEmpty());
    assertTrue(lines.get("c1", "o1", 3).isEmpty());
    assertTrue(lines.get("c1", "o2", 1).isEmpty());
  }

  @Test
  void strictUpdateReplacesTheWholeItemAndNeedsIt() {
    Customer changed = customers.update(new Customer("c1", "Alice B.", null));
    assertEquals(new Customer("c1", "Alice B.", null), changed);
    Map<String, AttributeValue> stored = f.raw("CUSTOMER#c1", "PROFILE").orElseThrow();
    assertFalse(stored.containsKey("email"), "replaced whole: " + stored);
    assertEquals("CUSTOMER", stored.get("_type").s());
    assertThrows(ConflictException.class, () -> customers.update(new Customer("c9", "Nobody", null)));
    assertTrue(f.raw("CUSTOMER#c9", "PROFILE").isEmpty(), "a strict update creates nothing");

    lines.update(new OrderLine("c1", "o1", 1, "sku-1b", 7));
    Map<String, AttributeValue> line = f.raw("CUSTOMER#c1", "LINE#o1#0000000001").orElseThrow();
    assertEquals("7", line.get("quantity").n());
    assertEquals("LINE#0000000001", line.get("gsi1sk").s(), "index keys are composed again: " + line);
    assertEquals("LINE", line.get("_type").s());
    assertThrows(ConflictException.class, () -> lines.update(new OrderLine("c1", "o1", 9, "sku-9", 1)));
    assertTrue(f.raw("CUSTOMER#c1", "LINE#o1#0000000009").isEmpty());
  }

  @Test
  void partialUpdateChangesOnlyWhatItNamesAndReturnsTheWholeEntity() {
    OrderLine line = lines.update("c1", "o1", 1).set(OrderLineSchema.SKU, "sku-1b").add(OrderLineSchema.QUANTITY, 3).execute();
    assertEquals(new OrderLine("c1", "o1", 1, "sku-1b", 5), line);
    Map<String, AttributeValue> stored = f.raw("CUSTOMER#c1", "LINE#o1#0000000001").orElseThrow();
    assertEquals("LINE", stored.get("_type").s());
    assertEquals("ORDER#o1", stored.get("gsi1pk").s());

    Customer c = customers.update("c1").remove(CustomerSchema.EMAIL).execute();
    assertEquals(new Customer("c1", "Alice", null), c);

    Order paid = orders.update("c1", T1, "o1").set(OrderSchema.STATUS, "PAID").add(OrderSchema.TOTAL_CENTS, 50L)
        .when(OrderSchema.STATUS.eq("NEW")).execute();
    assertEquals(new Order("c1", "o1", T1, 1300, "PAID", 2L), paid, "the runtime increments the version");
    assertThrows(ConflictException.class,
        () -> orders.update("c1", T1, "o1").set(OrderSchema.STATUS, "SHIPPED").when(OrderSchema.STATUS.eq("NEW")).execute());
    assertEquals("PAID", orders.get("c1", T1, "o1").orElseThrow().status());

    assertThrows(ConflictException.class, () -> orders.update("c1", T2, "o1").set(OrderSchema.STATUS, "PAID").execute());
    assertThrows(ConflictException.class, () -> lines.update("c1", "o1", 3).set(OrderLineSchema.SKU, "x").execute());
    assertThrows(ConflictException.class, () -> customers.update("c2").set(CustomerSchema.NAME, "Bob").execute());
    assertTrue(f.raw("CUSTOMER#c1", "ORDER#2026-02-05T10:00:00.000000000Z#o1").isEmpty(), "a partial update of a missing item creates nothing");
    assertTrue(f.raw("CUSTOMER#c1", "LINE#o1#0000000003").isEmpty());
    assertTrue(f.raw("CUSTOMER#c2", "PROFILE").isEmpty());
  }

  @Test
  void upsertCreatesWithKeysAndTypeOrSetsWhatTheEntityHolds() {
    Customer created = customers.upsert(new Customer("c3", "Carol", null));
    assertEquals(new Customer("c3", "Carol", null), created);
    Map<String, AttributeValue> stored = f.raw("CUSTOMER#c3", "PROFILE").orElseThrow();
    assertEquals("CUSTOMER", stored.get("_type").s());
    assertEquals("c3", stored.get("customerId").s());

    assertEquals(new Customer("c3", "Carol", "carol@example.com"), customers.upsert(new Customer("c3", null, "carol@example.com")),
        "KEEP: a null name leaves the stored one");
    assertEquals(new Customer("c3", null, "carol@example.com"),
        customers.upsert(Upsert.of(new Customer("c3", null, "carol@example.com")).nulls(NullPolicy.REMOVE)));
    assertFalse(f.raw("CUSTOMER#c3", "PROFILE").orElseThrow().containsKey("name"));

    OrderLine line = lines.upsert(new OrderLine("c1", "o2", 1, "sku-7", 1));
    assertEquals(new OrderLine("c1", "o2", 1, "sku-7", 1), line);
    Map<String, AttributeValue> l = f.raw("CUSTOMER#c1", "LINE#o2#0000000001").orElseThrow();
    assertEquals("LINE", l.get("_type").s());
    assertEquals("ORDER#o2", l.get("gsi1pk").s());
    assertEquals("LINE#0000000001", l.get("gsi1sk").s());
    assertEquals(1, f.shop.queryByGsi1("o2").stream().count(), "the upserted line is in the overloaded index");
  }

  @Test
  void upsertOfAVersionedOrder() {
    Order created = orders.upsert(new Order("c1", "o5", T2, 10, "NEW", null));
    assertEquals(1L, created.version());
    assertEquals("ORDER", f.raw("CUSTOMER#c1", "ORDER#2026-02-05T10:00:00.000000000Z#o5").orElseThrow().get("_type").s());
    assertThrows(ConflictException.class, () -> orders.upsert(new Order("c1", "o5", T2, 99, "NEW", null)),
        "an upsert holding no version must not overwrite an existing order");
    Order next = orders.upsert(new Order("c1", "o5", T2, 20, "PAID", 1L));
    assertEquals(new Order("c1", "o5", T2, 20, "PAID", 2L), next);
    assertThrows(ConflictException.class, () -> orders.upsert(new Order("c1", "o5", T2, 30, "PAID", 1L)));
    assertEquals(20, orders.get("c1", T2, "o5").orElseThrow().totalCents());
  }

  @Test
  void versionOnOrderGuardsUpdatesAndDeletes() {
    Order v1 = orders.get("c1", T1, "o1").orElseThrow();
    Order v2 = orders.update(new Order("c1", "o1", T1, 2000, "PAID", v1.version()));
    assertEquals(2L, v2.version());
    assertThrows(ConflictException.class, () -> orders.update(v1), "stale version");
    assertThrows(ConflictException.class, () -> orders.update(new Order("c1", "o1", T1, 1, "X", null)), "no version held");
    assertThrows(ConflictException.class, () -> orders.delete(v1), "a delete by a stale entity");
    assertEquals(2000, orders.get("c1", T1, "o1").orElseThrow().totalCents());
    Order v3 = orders.update("c1", T1, "o1").set(OrderSchema.STATUS, "SHIPPED").execute();
    assertEquals(3L, v3.version());
    assertThrows(ConflictException.class, () -> orders.delete(v2));
    assertEquals(v3, orders.delete(v3).orElseThrow());
    assertTrue(orders.get("c1", T1, "o1").isEmpty());
    assertEquals(2, lines.query("c1").count(), "the lines of the partition are untouched");
  }

  @Test
  void deleteRemovesOnlyThatTypesItemAndReturnsIt() {
    assertEquals(new Customer("c1", "Alice", "alice@example.com"), customers.delete("c1").orElseThrow());
    assertTrue(customers.get("c1").isEmpty());
    assertTrue(customers.delete("c1").isEmpty(), "a second delete finds nothing");
    assertEquals(new OrderLine("c1", "o1", 1, "sku-1", 2), lines.delete("c1", "o1", 1).orElseThrow());
    assertEquals(List.of(2), lines.query("c1").stream().map(OrderLine::lineNo).toList());
    assertEquals(1, orders.query("c1").count());
    assertEquals(2, f.shop.query("c1").stream().count(), "the order and one line are left in the collection");
  }

  @Test
  void deleteWithAConditionOnKeyPartAttributes() {
    assertThrows(ConflictException.class, () -> orders.delete(Delete.of(orders.key("c1", T1, "o1")).when(OrderSchema.CUSTOMER_ID.eq("c2"))));
    assertThrows(ConflictException.class, () -> orders.delete(Delete.of(orders.key("c1", T1, "o1")).when(OrderSchema.PLACED_AT.gt(T1))));
    assertThrows(ConflictException.class, () -> lines.delete(Delete.of(lines.key("c1", "o1", 2)).when(OrderLineSchema.LINE_NO.lt(2))));
    assertThrows(ConflictException.class, () -> customers.delete(Delete.of(customers.key("c1")).when(CustomerSchema.CUSTOMER_ID.beginsWith("x"))));
    assertTrue(orders.get("c1", T1, "o1").isPresent());
    assertTrue(lines.get("c1", "o1", 2).isPresent());
    assertTrue(customers.get("c1").isPresent());

    assertTrue(orders.delete(Delete.of(orders.key("c1", T1, "o1")).when(OrderSchema.CUSTOMER_ID.eq("c1").and(OrderSchema.ORDER_ID.eq("o1"))
        .and(OrderSchema.PLACED_AT.eq(T1)).and(OrderSchema.STATUS.eq("NEW")))).isPresent());
    assertTrue(lines.delete(Delete.of(lines.key("c1", "o1", 2)).when(OrderLineSchema.LINE_NO.ge(2).and(OrderLineSchema.ORDER_ID.eq("o1")))).isPresent());
    assertTrue(customers.delete(Delete.of(customers.key("c1")).when(CustomerSchema.CUSTOMER_ID.beginsWith("c"))).isPresent());
    assertEquals(List.of(1), f.shop.query("c1").stream().map(i -> ((OrderLine) i).lineNo()).toList());
  }

  @Test
  void conditionsOnKeyPartAttributesInUpdatesAndFilters() {
    Order o = orders.get("c1", T1, "o1").orElseThrow();
    assertThrows(ConflictException.class, () -> orders.update(Update.of(o).when(OrderSchema.ORDER_ID.eq("o2"))));
    Order changed = orders.update(Update.of(new Order("c1", "o1", T1, 1, "NEW", o.version())).when(OrderSchema.PLACED_AT.eq(T1)));
    assertEquals(2L, changed.version());
    OrderLine l = lines.update("c1", "o1", 1).set(OrderLineSchema.QUANTITY, 9)
        .when(OrderLineSchema.ORDER_ID.eq("o1").and(OrderLineSchema.LINE_NO.eq(1))).execute();
    assertEquals(9, l.quantity());
    orders.put(new Order("c1", "o2", T2, 5, "NEW", null));
    assertEquals(List.of("o2"), orders.query("c1").filter(OrderSchema.ORDER_ID.eq("o2")).stream().map(Order::orderId).toList());
    assertEquals(List.of(2), lines.query("c1").filter(OrderLineSchema.LINE_NO.gt(1)).stream().map(OrderLine::lineNo).toList());
  }

  @Test
  void deleteAttributesKeepsKeysTypeAndIndexKeys() {
    Order o = orders.deleteAttributes("c1", T1, "o1", OrderSchema.STATUS);
    assertEquals(new Order("c1", "o1", T1, 1250, null, 2L), o);
    Map<String, AttributeValue> stored = f.raw("CUSTOMER#c1", ORDER_O1).orElseThrow();
    assertFalse(stored.containsKey("status"));
    assertEquals("ORDER", stored.get("_type").s());
    assertEquals("ORDER#o1", stored.get("gsi1pk").s());
    assertEquals(new Customer("c1", "Alice", null), customers.deleteAttributes("c1", CustomerSchema.EMAIL));
    assertEquals(new OrderLine("c1", "o1", 2, null, 0), lines.deleteAttributes("c1", "o1", 2, OrderLineSchema.SKU, OrderLineSchema.QUANTITY));
    assertThrows(ConflictException.class, () -> customers.deleteAttributes("c9", CustomerSchema.EMAIL));
    assertTrue(f.raw("CUSTOMER#c9", "PROFILE").isEmpty());
  }

  @Test
  void getAllAndDeleteAllReadAndRemoveOnlyTheGivenType() {
    customers.put(new Customer("c2", "Bob", null));
    List<Customer> both = customers.getAll(List.of(customers.key("c1"), customers.key("c2"), customers.key("c3")));
    assertEquals(Set.of("Alice", "Bob"), both.stream().map(Customer::name).collect(Collectors.toSet()));
    List<Key<OrderLine>> keys = List.of(lines.key("c1", "o1", 1), lines.key("c1", "o1", 2), lines.key("c1", "o1", 3));
    List<OrderLine> found = lines.getAll(BatchGet.of(keys).consistency(ReadConsistency.STRONG));
    assertEquals(List.of(1, 2), found.stream().map(OrderLine::lineNo).sorted().toList());

    List<OrderLine> gone = lines.deleteAll(keys);
    assertEquals(List.of(new OrderLine("c1", "o1", 1, "sku-1", 2), new OrderLine("c1", "o1", 2, "sku-2", 1)),
        gone.stream().sorted(Comparator.comparingInt(OrderLine::lineNo)).toList());
    assertEquals(0, lines.query("c1").count());
    assertTrue(lines.getAll(keys).isEmpty());
    assertEquals(2, f.shop.query("c1").stream().count(), "the customer and the order are left");
  }

  @Test
  void scanAndCountOfAnEntityReadOnlyItsType() {
    customers.put(new Customer("c2", "Bob", null));
    orders.put(new Order("c2", "o7", T2, 1, "NEW", null));
    f.putRaw(item("CUSTOMER#c1", "REVIEW#1", "_type", "REVIEW", "name", "not a customer"));
    f.putRaw(item("CUSTOMER#c1", "PROFILE#old", "name", "no type"));
    assertEquals(Set.of("c1", "c2"), customers.scan().map(Customer::customerId).collect(Collectors.toSet()));
    assertEquals(2, customers.count());
    assertEquals(2, orders.count());
    assertEquals(2, lines.count());
    assertEquals(2, orders.scanner().filter(OrderSchema.STATUS.eq("NEW")).count());
    assertEquals(List.of("o7"), orders.scanner().filter(OrderSchema.CUSTOMER_ID.eq("c2")).stream().map(Order::orderId).toList());
    assertEquals(6, f.shop.scan().count(), "the view scans every known type and skips the other two items");
    assertNull(f.shop.scan().filter(i -> !(i instanceof Customer || i instanceof Order || i instanceof OrderLine)).findAny().orElse(null));
  }
}
