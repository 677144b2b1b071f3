package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static dev.dynamorepo.it.shop.ShopFixture.T2;
import static dev.dynamorepo.it.shop.ShopFixture.T3;
import static dev.dynamorepo.it.shop.ShopFixture.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SingleTableView.UnknownTypes;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries of the single-table design on the local server: range conditions on each component of
 * a composed sort key (first and last, text, instants and numbers), prefixes, descending order,
 * the overloaded index, one request per small collection, items of unknown types, and items
 * read back from their composed keys. Every range is also checked to be selected by the key
 * condition alone (the server reads exactly the items it returns), not by the type filter.
 */
@WithDynamoDb
class SingleTableQueryTest {
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient counted;
  private ShopFixture f;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;
  private ShopItemTable shop;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    counted = counter.client();
    f = ShopFixture.fresh(client, DynamoDb.of(counted));
    customers = f.customers;
    orders = f.orders;
    lines = f.lines;
    shop = f.shop;
    customers.put(new Customer("c1", "Alice", "alice@example.com"));
    customers.put(new Customer("c2", "Bob", "bob@example.com"));
    orders.put(new Order("c1", "o1", T1, 100, "NEW", null));
    orders.put(new Order("c1", "o1x", T1, 110, "NEW", null));
    orders.put(new Order("c1", "o2", T2, 200, "NEW", null));
    orders.put(new Order("c1", "o3", T3, 300, "NEW", null));
    orders.put(new Order("c2", "o9", T2, 900, "NEW", null));
    for (int n = 1; n <= 3; n++) {
      lines.put(new OrderLine("c1", "o1", n, "sku-" + n, n));
    }
    lines.put(new OrderLine("c1", "o1x", 1, "sku-x", 1));
    lines.put(new OrderLine("c1", "o2", 1, "sku-2", 1));
    lines.put(new OrderLine("c2", "o9", 1, "sku-9", 1));
  }

  @AfterEach
  void close() {
    counted.close();
  }

  /** Runs the query, checking that the server read exactly what it returned (the key condition is exact). */
  private <E, V> List<V> run(Query<E, E> query, Function<E, V> what) {
    counter.reset();
    List<V> out = query.stream().map(what).toList();
    assertEquals(counter.scannedByQueries(), counter.returnedByQueries(),
        "the key condition alone selects the items (read " + counter.scannedByQueries() + ", returned " + counter.returnedByQueries() + ")");
    return out;
  }

  private List<String> orderIds(Query<Order, Order> q) {
    return run(q, Order::orderId);
  }

  private List<String> lineIds(Query<OrderLine, OrderLine> q) {
    return run(q, l -> l.orderId() + ":" + l.lineNo());
  }

  @Test
  void rangesOnTheFirstComponentAnInstant() {
    assertEquals(List.of("o1", "o1x", "o2", "o3"), orderIds(orders.query("c1")));
    assertEquals(List.of("o2"), orderIds(orders.query("c1", t -> t.eq(T2))));
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", t -> t.eq(T1))));
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", t -> t.lt(T2))));
    assertEquals(List.of("o1", "o1x", "o2"), orderIds(orders.query("c1", t -> t.le(T2))));
    assertEquals(List.of("o3"), orderIds(orders.query("c1", t -> t.gt(T2))));
    assertEquals(List.of("o2", "o3"), orderIds(orders.query("c1", t -> t.ge(T2))));
    assertEquals(List.of("o1", "o1x", "o2"), orderIds(orders.query("c1", t -> t.between(T1, T2))));
    assertEquals(List.of("o2"), orderIds(orders.query("c1", t -> t.between(T2, T2))));
    assertEquals(List.of("o2", "o3"), orderIds(orders.query("c1", t -> t.gt(T1.plusSeconds(1)))));
    assertEquals(List.of(), orderIds(orders.query("c1", t -> t.lt(T1))));
    assertEquals(List.of(), orderIds(orders.query("c1", t -> t.gt(T3))));
    assertEquals(List.of("o9"), orderIds(orders.query("c2", t -> t.ge(T1))), "another partition");
  }

  @Test
  void instantsWithAndWithoutAFractionSortInTimeOrder() {
    Instant whole = Instant.parse("2026-05-01T10:00:00Z");
    Instant half = Instant.parse("2026-05-01T10:00:00.5Z");
    Instant next = Instant.parse("2026-05-01T10:00:01Z");
    orders.put(new Order("c6", "b", half, 1, "NEW", null));
    orders.put(new Order("c6", "c", next, 1, "NEW", null));
    orders.put(new Order("c6", "a", whole, 1, "NEW", null));
    assertEquals("ORDER#2026-05-01T10:00:00.500000000Z#b",
        f.raw("CUSTOMER#c6", "ORDER#2026-05-01T10:00:00.500000000Z#b").orElseThrow().get("sk").s());
    assertEquals(List.of("a", "b", "c"), orderIds(orders.query("c6")));
    assertEquals(List.of("b", "c"), orderIds(orders.query("c6", t -> t.gt(whole))));
    assertEquals(List.of("a", "b"), orderIds(orders.query("c6", t -> t.lt(next))));
    assertEquals(List.of("b"), orderIds(orders.query("c6", t -> t.between(whole.plusMillis(1), next.minusMillis(1)))));
    assertEquals(List.of("b"), orderIds(orders.query("c6", half)));
    assertEquals(half, orders.get("c6", half, "b").orElseThrow().placedAt());
  }

  @Test
  void rangesOnTheLastComponentText() {
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", T1)), "the full prefix: every order at T1");
    assertEquals(List.of("o1"), orderIds(orders.query("c1", T1, id -> id.eq("o1"))), "eq on the last part is exact, not a prefix");
    // gt on the last component starts just above the value (value + NUL): o1 itself out, o1x, which extends it, in
    assertEquals(List.of("o1x"), orderIds(orders.query("c1", T1, id -> id.gt("o1"))));
    assertEquals(List.of(), orderIds(orders.query("c1", T1, id -> id.gt("o1x"))));
    // the server itself takes a NUL in a key condition and sorts it below every other character
    List<Map<String, AttributeValue>> raw = f.client.query(b -> b.tableName("shop")
        .keyConditionExpression("pk = :pk AND sk BETWEEN :lo AND :hi")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CUSTOMER#c1"),
            ":lo", AttributeValue.fromS("ORDER#2026-01-05T10:00:00.000000000Z#o1\u0000"),
            ":hi", AttributeValue.fromS("ORDER#2026-01-05T10:00:00.000000000Z#\uDBFF\uDFFF")))).items();
    assertEquals(List.of("o1x"), raw.stream().map(i -> i.get("orderId").s()).toList());
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", T1, id -> id.ge("o1"))));
    assertEquals(List.of("o1x"), orderIds(orders.query("c1", T1, id -> id.ge("o1a"))));
    assertEquals(List.of("o1"), orderIds(orders.query("c1", T1, id -> id.lt("o1x"))));
    assertEquals(List.of(), orderIds(orders.query("c1", T1, id -> id.lt("o1"))));
    assertEquals(List.of("o1"), orderIds(orders.query("c1", T1, id -> id.le("o1"))));
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", T1, id -> id.le("o1x"))));
    assertEquals(List.of("o1"), orderIds(orders.query("c1", T1, id -> id.between("o1", "o1"))));
    assertEquals(List.of("o1", "o1x"), orderIds(orders.query("c1", T1, id -> id.beginsWith("o1"))));
    assertEquals(List.of("o1x"), orderIds(orders.query("c1", T1, id -> id.beginsWith("o1x"))));
    assertEquals(List.of(), orderIds(orders.query("c1", T1, id -> id.beginsWith("o2"))));
  }

  @Test
  void rangesOnTheLastComponentANumber() {
    assertEquals(List.of("o1:1", "o1:2", "o1:3"), lineIds(lines.query("c1", "o1")));
    assertEquals(List.of("o1:2"), lineIds(lines.query("c1", "o1", n -> n.eq(2))));
    assertEquals(List.of("o1:1"), lineIds(lines.query("c1", "o1", n -> n.lt(2))));
    assertEquals(List.of("o1:1", "o1:2"), lineIds(lines.query("c1", "o1", n -> n.le(2))));
    assertEquals(List.of("o1:3"), lineIds(lines.query("c1", "o1", n -> n.gt(2))));
    assertEquals(List.of("o1:2", "o1:3"), lineIds(lines.query("c1", "o1", n -> n.gt(1))));
    assertEquals(List.of(), lineIds(lines.query("c1", "o1", n -> n.gt(3))));
    assertEquals(List.of("o1:2", "o1:3"), lineIds(lines.query("c1", "o1", n -> n.ge(2))));
    assertEquals(List.of("o1:1", "o1:2"), lineIds(lines.query("c1", "o1", n -> n.between(1, 2))));
    assertEquals(List.of("o1x:1"), lineIds(lines.query("c1", "o1x", n -> n.ge(1))), "o1's lines are not o1x's");
    // the same conditions on the overloaded index, whose sort key LINE#{lineNo} ends with the number
    assertEquals(List.of("o1:2", "o1:3"), lineIds(lines.queryByGsi1("o1", n -> n.gt(1))));
    assertEquals(List.of("o1:1"), lineIds(lines.queryByGsi1("o1", n -> n.lt(2))));
    assertEquals(List.of("o1:2"), lineIds(lines.queryByGsi1("o1", n -> n.eq(2))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3"), lineIds(lines.queryByGsi1("o1")));
  }

  @Test
  void wholeNumbersOfEveryWidthSortAsNumbers() {
    for (int n : new int[] {100, 2, 11, 1, 10, 9}) {
      lines.put(new OrderLine("c7", "o7", n, "sku", 1));
    }
    assertEquals("LINE#o7#0000000100", f.raw("CUSTOMER#c7", "LINE#o7#0000000100").orElseThrow().get("sk").s());
    assertEquals(List.of("o7:1", "o7:2", "o7:9", "o7:10", "o7:11", "o7:100"), lineIds(lines.query("c7", "o7")));
    assertEquals(List.of("o7:2", "o7:9", "o7:10", "o7:11", "o7:100"), lineIds(lines.query("c7", "o7", n -> n.ge(2))));
    assertEquals(List.of("o7:1", "o7:2", "o7:9"), lineIds(lines.query("c7", "o7", n -> n.lt(10))));
    assertEquals(List.of("o7:11", "o7:100"), lineIds(lines.query("c7", "o7", n -> n.gt(10))));
    assertEquals(List.of("o7:9", "o7:10", "o7:11"), lineIds(lines.query("c7", "o7", n -> n.between(3, 99))));
    assertEquals(List.of("o7:1", "o7:2", "o7:9", "o7:10"), lineIds(lines.query("c7", "o7", n -> n.le(10))));
    assertEquals(List.of("o7:100", "o7:11", "o7:10"), lineIds(lines.queryByGsi1("o7", n -> n.ge(10)).descending()));
    assertEquals(100, lines.get("c7", "o7", 100).orElseThrow().lineNo());
  }

  @Test
  void rangesOnTheFirstComponentText() {
    assertEquals(List.of("o1:1", "o1:2", "o1:3", "o1x:1", "o2:1"), lineIds(lines.query("c1")));
    assertEquals(List.of("o1:1", "o1:2", "o1:3"), lineIds(lines.query("c1", id -> id.eq("o1"))), "o1, not o1x");
    assertEquals(List.of("o1x:1", "o2:1"), lineIds(lines.query("c1", id -> id.gt("o1"))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3", "o1x:1", "o2:1"), lineIds(lines.query("c1", id -> id.ge("o1"))));
    assertEquals(List.of("o1x:1", "o2:1"), lineIds(lines.query("c1", id -> id.ge("o1x"))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3"), lineIds(lines.query("c1", id -> id.lt("o1x"))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3"), lineIds(lines.query("c1", id -> id.le("o1"))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3", "o1x:1"), lineIds(lines.query("c1", id -> id.le("o1x"))));
    assertEquals(List.of("o1x:1", "o2:1"), lineIds(lines.query("c1", id -> id.between("o1x", "o2"))));
    assertEquals(List.of("o1:1", "o1:2", "o1:3", "o1x:1"), lineIds(lines.query("c1", id -> id.beginsWith("o1"))));
    assertEquals(List.of(), lineIds(lines.query("c1", id -> id.lt("o1"))));
    assertEquals(List.of(), lineIds(lines.query("c1", id -> id.gt("o2"))));
  }

  @Test
  void aConstantSortKeyAndFullPrefixes() {
    assertEquals(List.of("Alice"), run(customers.query("c1"), Customer::name));
    assertEquals(List.of("Bob"), run(customers.query("c2"), Customer::name));
    assertEquals(List.of(), run(customers.query("c3"), Customer::name));
    assertEquals(List.of("o2:1"), lineIds(lines.query("c1", "o2")));
    assertEquals(List.of(), lineIds(lines.query("c1", "o3")));
    assertEquals(List.of("o3"), orderIds(orders.query("c1", T3)));
    assertEquals(List.of("o1"), orderIds(orders.queryByGsi1("o1")));
    assertEquals(4, orders.query("c1").count());
    assertEquals(2, orders.query("c1", T1).count());
  }

  @Test
  void descendingOrder() {
    assertEquals(List.of("o3", "o2", "o1x", "o1"), orderIds(orders.query("c1").descending()));
    assertEquals(List.of("o3", "o2"), orderIds(orders.query("c1", t -> t.ge(T2)).descending()));
    assertEquals(List.of("o1x", "o1"), orderIds(orders.query("c1", T1).descending()));
    assertEquals(List.of("o1:3", "o1:2", "o1:1"), lineIds(lines.query("c1", "o1").descending()));
    assertEquals(List.of("o1:3", "o1:2"), lineIds(lines.queryByGsi1("o1", n -> n.ge(2)).descending()));
    List<String> up = shop.query("c1").stream().map(SingleTableQueryTest::describe).toList();
    List<String> down = new ArrayList<>(shop.query("c1").descending().stream().map(SingleTableQueryTest::describe).toList());
    java.util.Collections.reverse(down);
    assertEquals(up, down);
    assertEquals(List.of("O:o1", "L:o1:3", "L:o1:2", "L:o1:1"),
        shop.queryByGsi1("o1").descending().stream().map(SingleTableQueryTest::describe).toList());
  }

  @Test
  void theCollectionHoldsEveryTypeInKeyOrder() {
    assertEquals(List.of("L:o1:1", "L:o1:2", "L:o1:3", "L:o1x:1", "L:o2:1", "O:o1", "O:o1x", "O:o2", "O:o3", "C:Alice"),
        shop.query("c1").stream().map(SingleTableQueryTest::describe).toList());
    assertEquals(List.of("L:o1:1", "L:o1:2", "L:o1:3", "O:o1"),
        shop.queryByGsi1("o1").stream().map(SingleTableQueryTest::describe).toList());
    assertEquals(List.of("L:o9:1", "O:o9", "C:Bob"), shop.query("c2").stream().map(SingleTableQueryTest::describe).toList());
    assertEquals(List.of(), shop.query("c3").stream().toList());
    // pages chain through every type
    List<String> paged = new ArrayList<>();
    String cursor = null;
    do {
      Page<ShopItem> page = shop.query("c1").pageSize(3).page(cursor);
      assertTrue(page.items().size() <= 3);
      page.items().forEach(i -> paged.add(describe(i)));
      cursor = page.cursor();
    } while (cursor != null && paged.size() < 20);
    assertEquals(shop.query("c1").stream().map(SingleTableQueryTest::describe).toList(), paged);
  }

  @Test
  void aSmallCollectionQueryIsOneRoundTrip() {
    counter.reset();
    assertEquals(10, shop.query("c1").stream().toList().size());
    assertEquals(1, counter.requests("Query"));
    assertEquals(1, counter.total(), "nothing else is sent");
    counter.reset();
    assertEquals(4, shop.queryByGsi1("o1").stream().toList().size());
    assertEquals(1, counter.requests("Query"));
    counter.reset();
    Page<ShopItem> page = shop.query("c2").page(null);
    assertEquals(3, page.items().size());
    assertEquals(null, page.cursor());
    assertEquals(1, counter.total());
    counter.reset();
    assertEquals(4, orders.query("c1").stream().count());
    assertEquals(1, counter.total());
  }

  @Test
  void unknownAndMissingTypesInACollectionAreSkippedOrFailTheRead() {
    f.putRaw(item("CUSTOMER#c1", "REVIEW#1", "_type", "REVIEW", "gsi1pk", "ORDER#o1", "gsi1sk", "REVIEW#1"));
    f.putRaw(item("CUSTOMER#c1", "NOTE#1", "text", "no type"));
    f.putRaw(item("CUSTOMER#c4", "NOTE#1", "text", "no type"));
    f.putRaw(item("CUSTOMER#c5", "PROFILE", "_type", 7, "name", "a type that is not a string"));
    List<String> known = shop.query("c1").stream().map(SingleTableQueryTest::describe).toList();
    assertEquals(10, known.size(), known.toString());
    assertEquals(4, shop.queryByGsi1("o1").stream().count());
    assertEquals(List.of(), shop.query("c4").stream().toList());
    assertEquals(List.of(), shop.query("c5").stream().toList());
    assertEquals(10, shop.query("c1").count(), "count() agrees with stream() when unknown types are skipped");
    assertEquals(4, shop.queryByGsi1("o1").count());
    assertEquals(0, shop.query("c4").count());
    // pages skip them too, and the cursor goes on past them
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<ShopItem> page = shop.query("c1").pageSize(2).page(cursor);
      page.items().forEach(i -> paged.add(describe(i)));
      cursor = page.cursor();
      pages++;
    } while (cursor != null && pages < 20);
    assertEquals(known, paged);

    ShopItemTable strict = new ShopItemTable(f.dynamo, UnknownTypes.FAIL);
    DynamoException unknown = assertThrows(DynamoException.class, () -> strict.queryByGsi1("o1").stream().toList());
    assertTrue(unknown.getMessage().contains("'REVIEW'") && unknown.getMessage().contains("REVIEW#1")
        && unknown.getMessage().contains("'shop'"), unknown.getMessage());
    DynamoException inTable = assertThrows(DynamoException.class, () -> strict.query("c1").stream().toList());
    assertTrue(inTable.getMessage().contains("NOTE#1") && inTable.getMessage().contains("no '_type'"), inTable.getMessage());
    DynamoException missing = assertThrows(DynamoException.class, () -> strict.query("c4").page(null));
    assertTrue(missing.getMessage().contains("CUSTOMER#c4") && missing.getMessage().contains("no '_type'"), missing.getMessage());
    DynamoException number = assertThrows(DynamoException.class, () -> strict.query("c5").stream().count());
    assertTrue(number.getMessage().contains("CUSTOMER#c5"), number.getMessage());
    assertEquals(3, strict.query("c2").stream().count(), "a collection without strangers reads normally");
    assertEquals(12, strict.query("c1").count(), "FAIL counts every item, known or not");
    assertEquals(4, strict.query("c1").limit(4).stream().count(), "the strangers come after the first four items");
  }

  @Test
  void anEntityQueryNeverDecodesAnotherTypeOrAnUntypedItem() {
    // items shaped like orders (their sort keys start with ORDER#) that are not orders
    f.putRaw(item("CUSTOMER#c1", "ORDER#2026-04-01T00:00:00.000000000Z#o7", "_type", "LINE", "sku", "sneaky", "quantity", 1,
        "gsi1pk", "ORDER#o7", "gsi1sk", "ORDER"));
    f.putRaw(item("CUSTOMER#c1", "ORDER#2026-04-02T00:00:00.000000000Z#o8", "_type", "REVIEW", "gsi1pk", "ORDER#o8", "gsi1sk", "ORDER"));
    f.putRaw(item("CUSTOMER#c1", "ORDER#2026-04-03T00:00:00.000000000Z#o6", "totalCents", 1, "gsi1pk", "ORDER#o6", "gsi1sk", "ORDER"));
    assertEquals(List.of("o1", "o1x", "o2", "o3"), orders.query("c1").stream().map(Order::orderId).toList());
    assertEquals(List.of(), orders.query("c1", t -> t.gt(T3)).stream().toList());
    assertEquals(List.of(), orders.queryByGsi1("o7").stream().toList());
    assertEquals(List.of(), orders.queryByGsi1("o8").stream().toList());
    assertEquals(List.of(), orders.queryByGsi1("o6").stream().toList());
    assertEquals(4, orders.query("c1").count());
    assertEquals(5, orders.count());
    assertEquals(5, orders.scan().count());
    // the view decodes each by its own type: the LINE at an order's key is no consistent line, so it is
    // skipped like the others (SingleTableConsistencyTest)
    assertEquals(List.of(), shop.queryByGsi1("o7").stream().toList());
    assertEquals(List.of(), shop.queryByGsi1("o8").stream().toList());
    // a read by exact key refuses another type's item, naming both types
    DynamoException line = assertThrows(DynamoException.class, () -> orders.get("c1", Instant.parse("2026-04-01T00:00:00Z"), "o7"));
    assertTrue(line.getMessage().contains("'LINE'") && line.getMessage().contains("'ORDER'"), line.getMessage());
    DynamoException review = assertThrows(DynamoException.class,
        () -> orders.getAll(List.of(orders.key("c1", Instant.parse("2026-04-02T00:00:00Z"), "o8"))));
    assertTrue(review.getMessage().contains("'REVIEW'"), review.getMessage());
  }

  @Test
  void itemsWithoutTheirKeyPartsReadBackFromTheComposedKeys() {
    f.putRaw(item("CUSTOMER#c3", "PROFILE", "_type", "CUSTOMER", "name", "Carol"));
    f.putRaw(item("CUSTOMER#c3", "ORDER#2026-02-05T10:00:00.000000000Z#o5", "_type", "ORDER", "totalCents", 700, "status", "NEW",
        "version", 1, "gsi1pk", "ORDER#o5", "gsi1sk", "ORDER"));
    f.putRaw(item("CUSTOMER#c3", "LINE#o5#0000000012", "_type", "LINE", "sku", "sku-12", "quantity", 4,
        "gsi1pk", "ORDER#o5", "gsi1sk", "LINE#0000000012"));
    // only some of the parts stored: the others come from the key
    f.putRaw(item("CUSTOMER#c3", "LINE#o5#0000000013", "_type", "LINE", "customerId", "c3", "sku", "sku-13", "quantity", 1));

    // a key with the instant as Instant.toString() writes it (no fraction) reads back too
    f.putRaw(item("CUSTOMER#c3", "ORDER#2026-01-05T10:00:00Z#o4", "_type", "ORDER", "totalCents", 400, "version", 3));

    Customer carol = new Customer("c3", "Carol", null);
    Order o5 = new Order("c3", "o5", T2, 700, "NEW", 1L);
    OrderLine l12 = new OrderLine("c3", "o5", 12, "sku-12", 4);
    OrderLine l13 = new OrderLine("c3", "o5", 13, "sku-13", 1);
    assertEquals(carol, customers.get("c3").orElseThrow());
    assertEquals(o5, orders.get("c3", T2, "o5").orElseThrow());
    assertEquals(l12, lines.get("c3", "o5", 12).orElseThrow());
    assertEquals(l13, lines.get("c3", "o5", 13).orElseThrow());
    assertEquals(List.of(l12, l13), lines.query("c3").stream().toList());
    Order o4 = new Order("c3", "o4", T1, 400, null, 3L);
    assertEquals(List.of(o4, o5), orders.query("c3").stream().toList());
    assertEquals(List.of(l12, l13, o4, o5, carol), shop.query("c3").stream().toList());
    assertEquals(List.of(l12, o5), shop.queryByGsi1("o5").stream().toList());
    assertEquals(List.of(l12), lines.getAll(List.of(lines.key("c3", "o5", 12))));

    // written back through the repository, the item gets its parts as attributes
    Order paid = orders.update(new Order("c3", "o5", T2, 700, "PAID", 1L));
    assertEquals(2L, paid.version());
    Map<String, AttributeValue> stored = f.raw("CUSTOMER#c3", "ORDER#2026-02-05T10:00:00.000000000Z#o5").orElseThrow();
    assertEquals("o5", stored.get("orderId").s());
    assertEquals("c3", stored.get("customerId").s());
    assertEquals("2026-02-05T10:00:00Z", stored.get("placedAt").s());
  }

  static String describe(ShopItem item) {
    if (item instanceof Customer c) {
      return "C:" + c.name();
    }
    if (item instanceof Order o) {
      return "O:" + o.orderId();
    }
    OrderLine l = (OrderLine) item;
    return "L:" + l.orderId() + ":" + l.lineNo();
  }
}
