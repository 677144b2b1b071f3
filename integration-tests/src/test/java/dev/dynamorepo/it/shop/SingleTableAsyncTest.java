package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.Publishers.collect;
import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static dev.dynamorepo.it.shop.ShopFixture.T2;
import static dev.dynamorepo.it.shop.ShopFixture.T3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The async repositories of the single-table design and its collection queries as publishers and
 * async pages, on the local server through a counted async client.
 */
@WithDynamoDb
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleTableAsyncTest {
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient counted;
  private DynamoDbAsyncClient countedAsync;
  private ShopFixture f;
  private CustomerAsyncRepository customers;
  private OrderAsyncRepository orders;
  private OrderLineAsyncRepository lines;
  private ShopItemTable shop;

  @BeforeAll
  void clients() {
    counted = counter.client();
    countedAsync = counter.asyncClient();
  }

  @BeforeEach
  void setUp(DynamoDbClient client) {
    f = ShopFixture.fresh(client, DynamoDb.of(counted, countedAsync));
    customers = f.customers.async();
    orders = f.orders.async();
    lines = f.lines.async();
    shop = f.shop;
  }

  @AfterAll
  void close() {
    counted.close();
    countedAsync.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  /** @return the failure the future completed with */
  private static Throwable failure(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    return e.getCause();
  }

  private void load() throws Exception {
    await(CompletableFuture.allOf(
        customers.put(new Customer("c1", "Alice", "alice@example.com")),
        orders.put(new Order("c1", "o1", T1, 100, "NEW", null)),
        orders.put(new Order("c1", "o2", T2, 200, "NEW", null)),
        orders.put(new Order("c1", "o3", T3, 300, "NEW", null)),
        lines.put(new OrderLine("c1", "o1", 1, "sku-1", 1)),
        lines.put(new OrderLine("c1", "o1", 2, "sku-2", 2))));
  }

  @Test
  void everyWriteAndKeyReadOfEachTypeAsync() throws Exception {
    load();
    assertEquals(new Order("c1", "o4", T2, 400, "NEW", 1L), await(orders.put(new Order("c1", "o4", T2, 400, "NEW", null))));
    assertInstanceOf(ConflictException.class, failure(orders.put(new Order("c1", "o4", T2, 1, "X", null))));
    assertInstanceOf(ConflictException.class, failure(customers.put(new Customer("c1", "Mallory", null))));
    assertEquals("Alice", await(customers.get("c1")).orElseThrow().name());
    assertEquals(new OrderLine("c1", "o1", 2, "sku-2", 2), await(lines.get("c1", "o1", 2)).orElseThrow());
    assertTrue(await(orders.get("c1", T1, "o4")).isEmpty());

    Order paid = await(orders.update("c1", T2, "o4").set(OrderSchema.STATUS, "PAID").executeAsync());
    assertEquals(new Order("c1", "o4", T2, 400, "PAID", 2L), paid);
    assertInstanceOf(ConflictException.class, failure(orders.update(new Order("c1", "o4", T2, 1, "X", 1L))), "stale version");
    assertEquals(3L, await(orders.update(new Order("c1", "o4", T2, 450, "PAID", 2L))).version());
    assertEquals(new Customer("c1", "Alice", "a@new.example"), await(customers.upsert(new Customer("c1", null, "a@new.example"))));
    assertEquals(new OrderLine("c1", "o1", 2, null, 2), await(lines.deleteAttributes("c1", "o1", 2, OrderLineSchema.SKU)));
    assertInstanceOf(ConflictException.class, failure(lines.delete(Delete.of(lines.key("c1", "o1", 1)).when(OrderLineSchema.QUANTITY.gt(5)))));
    assertEquals(new OrderLine("c1", "o1", 1, "sku-1", 1), await(lines.delete("c1", "o1", 1)).orElseThrow());
    assertEquals(List.of(new OrderLine("c1", "o1", 2, null, 2)),
        await(lines.getAll(List.of(lines.key("c1", "o1", 1), lines.key("c1", "o1", 2)))));
    List<Order> gone = await(orders.deleteAll(List.of(orders.key("c1", T1, "o1"), orders.key("c1", T3, "o3"))));
    assertEquals(List.of("o1", "o3"), gone.stream().map(Order::orderId).sorted().toList());
    assertEquals(2L, await(orders.count()));
    assertEquals(1L, await(customers.count()));
    assertEquals(List.of("o2", "o4"), await(collect(orders.scan())).stream().map(Order::orderId).sorted().toList());
  }

  @Test
  void entityAndCollectionQueriesAsPublishers() throws Exception {
    load();
    assertEquals(List.of("o1", "o2", "o3"), await(collect(orders.query("c1").publisher())).stream().map(Order::orderId).toList());
    assertEquals(List.of("o3", "o2"),
        await(collect(orders.query("c1", t -> t.ge(T2)).descending().publisher())).stream().map(Order::orderId).toList());
    assertEquals(List.of(2), await(collect(lines.query("c1", "o1", n -> n.gt(1)).publisher())).stream().map(OrderLine::lineNo).toList());
    assertEquals(List.of("o1"), await(collect(orders.queryByGsi1("o1").publisher())).stream().map(Order::orderId).toList());
    assertEquals(3L, await(orders.query("c1").countAsync()));

    counter.reset();
    List<ShopItem> all = await(collect(shop.query("c1").publisher()));
    assertEquals(List.of("L:o1:1", "L:o1:2", "O:o1", "O:o2", "O:o3", "C:Alice"), all.stream().map(SingleTableQueryTest::describe).toList());
    assertEquals(1, counter.requests("Query"), "a small collection in one request");
    assertEquals(List.of("L:o1:1", "L:o1:2", "O:o1"),
        await(collect(shop.queryByGsi1("o1").publisher())).stream().map(SingleTableQueryTest::describe).toList());
    assertEquals(6L, await(shop.query("c1").countAsync()));
  }

  @Test
  void asyncPagesChainByCursor() throws Exception {
    load();
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<ShopItem> page = await(shop.query("c1").pageSize(4).pageAsync(cursor));
      assertTrue(page.items().size() <= 4);
      page.items().forEach(i -> seen.add(SingleTableQueryTest.describe(i)));
      cursor = page.cursor();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(List.of("L:o1:1", "L:o1:2", "O:o1", "O:o2", "O:o3", "C:Alice"), seen);
    assertEquals(2, pages);
    Page<Order> first = await(orders.query("c1").pageSize(2).pageAsync(null));
    Page<Order> second = await(orders.query("c1").pageSize(2).pageAsync(first.cursor()));
    assertEquals(List.of("o1", "o2"), first.items().stream().map(Order::orderId).toList());
    assertEquals("o3", second.items().get(0).orderId());
    DynamoException foreign = assertInstanceOf(DynamoException.class,
        failure(lines.query("c1").pageSize(2).pageAsync(first.cursor())), "an orders cursor is not a lines cursor");
    assertTrue(foreign.getMessage().contains("shop"), foreign.getMessage());
  }

  @Test
  void badInputFailsTheFutureBeforeSending() throws Exception {
    counter.reset();
    CompletableFuture<Order> put = orders.put(new Order("c1", "o#1", T1, 1, "NEW", null));
    assertInstanceOf(DynamoException.class, failure(put));
    assertInstanceOf(DynamoException.class, failure(orders.get("c1", null, "o1")));
    assertInstanceOf(DynamoException.class, failure(customers.get("")));
    assertInstanceOf(DynamoException.class, failure(lines.delete("c#1", "o1", 1)));
    assertInstanceOf(DynamoException.class, failure(lines.deleteAttributes("c1", "o1", -1, OrderLineSchema.SKU)));
    assertInstanceOf(DynamoException.class, failure(lines.upsert(new OrderLine("c1", "o1", 1, "s", 1)).thenCompose(
        l -> lines.upsert(new OrderLine("c1", "o#1", 1, "s", 1)))));
    assertEquals(1, counter.total(), "only the valid upsert was sent");
    assertEquals(1L, await(lines.query("c1").countAsync()), "and it alone was written");
  }

  @Test
  void aTransactionAcrossTypesAsync() throws Exception {
    load();
    await(f.dynamo.transaction()
        .put(orders, new Order("c1", "o9", T3, 1, "NEW", null))
        .put(lines, new OrderLine("c1", "o9", 1, "sku", 1))
        .update(customers.update("c1").set(CustomerSchema.NAME, "Alice B."))
        .commitAsync());
    assertEquals("Alice B.", await(customers.get("c1")).orElseThrow().name());
    assertEquals(2, await(collect(shop.queryByGsi1("o9").publisher())).size());
    Throwable cancelled = failure(f.dynamo.transaction()
        .put(lines, new OrderLine("c1", "o9", 2, "sku", 1))
        .conditionCheck(orders, orders.key("c1", T3, "o9"), OrderSchema.STATUS.eq("PAID"))
        .commitAsync());
    assertInstanceOf(ConflictException.class, cancelled);
    assertTrue(await(lines.get("c1", "o9", 2)).isEmpty());
    assertEquals(List.of(1), await(collect(lines.query("c1", "o9").publisher())).stream()
        .sorted(Comparator.comparingInt(OrderLine::lineNo)).map(OrderLine::lineNo).toList());
  }
}
