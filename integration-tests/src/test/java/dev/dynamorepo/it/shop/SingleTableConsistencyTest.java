package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.Publishers.collect;
import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static dev.dynamorepo.it.shop.ShopFixture.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.InconsistentItemException;
import dev.dynamorepo.runtime.ReadTransaction;
import dev.dynamorepo.runtime.SingleTableView.UnknownTypes;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Items written by another program whose template attributes do not compose their own keys: a
 * customer at {@code CUSTOMER#alice2} holding {@code customerId = victim}, an order at
 * {@code sk = PROFILE}, an order whose index key names another order. No read decodes them as
 * entities (they would name other items, and an update or delete through them would act there):
 * entity reads fail, the design's view skips or fails as it does with unknown types.
 */
@WithDynamoDb
class SingleTableConsistencyTest {
  private static final String T1_KEY = "2026-01-05T10:00:00.000000000Z";

  private ShopFixture f;
  private CustomerRepository customers;
  private OrderRepository orders;
  private ShopItemTable shop;
  private ShopItemTable strict;

  @BeforeEach
  void setUp(DynamoDbClient client, DynamoDbAsyncClient async) {
    f = ShopFixture.fresh(client, DynamoDb.of(client, async));
    customers = f.customers;
    orders = f.orders;
    shop = f.shop;
    strict = new ShopItemTable(f.dynamo, UnknownTypes.FAIL);
    customers.put(new Customer("c1", "Alice", "alice@example.com"));
    orders.put(new Order("c1", "o1", T1, 100, "NEW", null));
  }

  /** Asserts the read is refused with a message naming the table, the item's key and the attribute, never its value. */
  private static void inconsistent(Executable read, String attribute, String... key) {
    DynamoException e = assertThrows(DynamoException.class, read);
    check(e, attribute, key);
  }

  private static void check(Throwable e, String attribute, String... key) {
    assertInstanceOf(InconsistentItemException.class, e);
    String m = e.getMessage();
    assertTrue(m.contains("table 'shop'") && m.contains("its " + attribute + " "), m);
    for (String k : key) {
      assertTrue(m.contains(k), "'" + k + "' in: " + m);
    }
    assertFalse(m.contains("victim") || m.contains("o9"), "no attribute value in: " + m);
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void aCustomerHoldingAnotherCustomersIdIsNeverReadAsThatCustomer() {
    f.putRaw(item("CUSTOMER#alice2", "PROFILE", "_type", "CUSTOMER", "customerId", "victim", "name", "Mallory"));
    String[] key = {"pk=CUSTOMER#alice2", "sk=PROFILE", "partition key"};
    inconsistent(() -> customers.get("alice2"), "customerId", key);
    check(failure(customers.async().get("alice2")), "customerId", key);
    inconsistent(() -> customers.getAll(List.of(customers.key("alice2"), customers.key("c1"))), "customerId", key);
    check(failure(customers.async().getAll(List.of(customers.key("alice2")))), "customerId", key);
    inconsistent(() -> customers.query("alice2").stream().toList(), "customerId", key);
    inconsistent(() -> customers.scan().toList(), "customerId", key);
    check(failure(collect(customers.async().scan())), "customerId", key);
    ReadTransaction read = f.dynamo.readTransaction();
    read.get(customers, customers.key("alice2"));
    inconsistent(read::execute, "customerId", key);
    // the view skips it (its other items still come back), or fails on it
    assertEquals(List.of(), shop.query("alice2").stream().toList());
    assertEquals(List.of(new Customer("c1", "Alice", "alice@example.com")), shop.scan().filter(Customer.class::isInstance).toList());
    inconsistent(() -> strict.query("alice2").stream().toList(), "customerId", key);
    inconsistent(() -> strict.scan().toList(), "customerId", key);
    // the customer it claims to be is untouched and reads as itself
    assertTrue(customers.get("victim").isEmpty());
  }

  @Test
  void anOrderAtAnotherTypesSortKeyIsRefusedOrSkipped() {
    f.putRaw(item("CUSTOMER#c1", "PROFILE#2", "_type", "ORDER", "customerId", "c1", "orderId", "o2", "placedAt", T1.toString(),
        "totalCents", 5, "gsi1pk", "ORDER#o2", "gsi1sk", "ORDER"));
    String[] key = {"pk=CUSTOMER#c1", "sk=PROFILE#2", "ORDER#{placedAt}#{orderId}"};
    inconsistent(() -> orders.queryByGsi1("o2").stream().toList(), "sort key", key);
    inconsistent(() -> orders.scan().toList(), "sort key", key);
    check(failure(collect(orders.async().queryByGsi1("o2").publisher())), "sort key", key);
    List<ShopItem> collection = shop.query("c1").stream().toList();
    assertEquals(List.of(new Order("c1", "o1", T1, 100, "NEW", 1L), new Customer("c1", "Alice", "alice@example.com")), collection);
    assertEquals(List.of(), shop.queryByGsi1("o2").stream().toList());
    inconsistent(() -> strict.query("c1").stream().toList(), "sort key", key);
    check(failure(collect(strict.query("c1").publisher())), "sort key", key);
  }

  @Test
  void anIndexKeyNamingAnotherOrderIsRefusedOrSkipped() {
    f.putRaw(item("CUSTOMER#c1", "ORDER#" + T1_KEY + "#o2", "_type", "ORDER", "customerId", "c1", "orderId", "o2",
        "placedAt", T1.toString(), "totalCents", 5, "gsi1pk", "ORDER#o9", "gsi1sk", "ORDER"));
    String[] key = {"pk=CUSTOMER#c1", "sk=ORDER#" + T1_KEY + "#o2", "index key gsi1pk"};
    inconsistent(() -> orders.get("c1", T1, "o2"), "orderId", key);
    inconsistent(() -> orders.queryByGsi1("o9").stream().toList(), "orderId", key);
    inconsistent(() -> orders.query("c1").stream().toList(), "orderId", key);
    assertEquals(List.of(), shop.queryByGsi1("o9").stream().toList());
    assertEquals(2, shop.query("c1").stream().count());
    inconsistent(() -> strict.queryByGsi1("o9").page(null), "orderId", key);
  }

  @Test
  void aStoredPartThatDiffersOnlyInForm() {
    // the instant as Instant.toString() writes it, in a key that has it with nine fraction digits: the same item
    f.putRaw(item("CUSTOMER#c2", "ORDER#" + T1_KEY + "#o3", "_type", "ORDER", "customerId", "c2", "orderId", "o3",
        "placedAt", "2026-01-05T10:00:00Z", "totalCents", 7, "gsi1pk", "ORDER#o3", "gsi1sk", "ORDER"));
    assertEquals(new Order("c2", "o3", T1, 7, null, null), orders.get("c2", T1, "o3").orElseThrow());
    // a key part holding the separator could never have composed the key it sits in
    f.putRaw(item("CUSTOMER#x#y", "PROFILE", "_type", "CUSTOMER", "customerId", "x#y", "name", "Odd"));
    inconsistent(() -> customers.scan().toList(), "customerId", "pk=CUSTOMER#x#y");
    // a key that does not have the template's form at all
    f.putRaw(item("CUSTOMER#c3", "ORDER#late", "_type", "ORDER", "totalCents", 1));
    inconsistent(() -> orders.query("c3").stream().toList(), "sort key", "sk=ORDER#late", "does not have the form");
  }
}
