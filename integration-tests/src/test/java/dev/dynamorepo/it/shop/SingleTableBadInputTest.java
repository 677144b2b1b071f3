package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TableNames;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Key parts that cannot make a key that reads back (a template separator in the value, null,
 * empty, negative numbers, too long) are refused before any request is sent: every call here
 * goes through a client that counts each HTTP attempt, and the count stays zero.
 */
@WithDynamoDb
class SingleTableBadInputTest {
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
    customers.put(new Customer("c1", "Alice", null));
    orders.put(new Order("c1", "o1", T1, 1, "NEW", null));
    lines.put(new OrderLine("c1", "o1", 1, "sku", 1));
    counter.reset();
  }

  @AfterEach
  void close() {
    counted.close();
  }

  /** Asserts the call is refused with a message naming the table and every given text. */
  private static void refused(Executable call, String... mentions) {
    DynamoException e = assertThrows(DynamoException.class, call);
    assertTrue(e.getMessage().contains("'shop'"), e.getMessage());
    for (String m : mentions) {
      assertTrue(e.getMessage().contains(m), "'" + m + "' in: " + e.getMessage());
    }
  }

  @Test
  void aSeparatorInAKeyPartIsRefusedBeforeSending() {
    refused(() -> customers.put(new Customer("c#1", "Eve", null)), "customerId", "'#'", "CUSTOMER#{customerId}");
    refused(() -> customers.get("c#1"), "customerId", "'#'");
    refused(() -> customers.upsert(new Customer("c#1", "Eve", null)), "'#'");
    refused(() -> orders.put(new Order("c1", "o#2", T1, 1, "NEW", null)), "orderId", "'#'");
    refused(() -> orders.update(new Order("c1", "o#1", T1, 1, "NEW", 1L)), "orderId");
    refused(() -> orders.delete("c1", T1, "o#1"), "orderId");
    refused(() -> lines.get("c1", "o#1", 1), "orderId");
    refused(() -> lines.update("c1", "o#1", 1), "orderId");
    refused(() -> lines.deleteAttributes("c1", "o#1", 1, OrderLineSchema.SKU), "orderId");
    refused(() -> orders.query("c#1").stream().toList(), "customerId");
    refused(() -> orders.query("c1", T1, id -> id.eq("o#1")).stream().toList(), "orderId");
    refused(() -> orders.query("c1", T1, id -> id.between("o1", "o#9")).stream().toList(), "orderId");
    refused(() -> lines.query("c1", id -> id.gt("o#1")).stream().toList(), "orderId");
    refused(() -> lines.query("c1", "o#1").count(), "orderId");
    refused(() -> lines.queryByGsi1("o#1").stream().toList(), "orderId", "ORDER#{orderId}");
    refused(() -> shop.query("c#1").stream().toList(), "customerId");
    refused(() -> shop.queryByGsi1("o#1").page(null), "orderId");
    assertEquals(0, counter.total(), "nothing was sent");
  }

  @Test
  void theSeparatorErrorNamesTheTableTheRepositoryUses() throws Exception {
    CustomerRepository other = new CustomerRepository(f.dynamo, "shop-other");
    OrderLineRepository prefixed = new OrderLineRepository(f.dynamo.withTableNames(TableNames.prefix("dev-")));
    for (Executable call : List.<Executable>of(() -> other.get("c#1"), () -> other.key("c#1"), () -> other.delete("c#1"))) {
      DynamoException e = assertThrows(DynamoException.class, call);
      assertTrue(e.getMessage().contains("table 'shop-other'") && e.getMessage().contains("'#'"), e.getMessage());
    }
    DynamoException e = assertThrows(DynamoException.class, () -> prefixed.get("c1", "o#1", 1));
    assertTrue(e.getMessage().contains("table 'dev-shop'") && e.getMessage().contains("orderId"), e.getMessage());
    ExecutionException async = assertThrows(ExecutionException.class, () -> other.async().get("c#1").get(30, TimeUnit.SECONDS));
    assertTrue(async.getCause().getMessage().contains("table 'shop-other'"), async.getCause().getMessage());
    assertEquals(0, counter.total(), "nothing was sent");
  }

  @Test
  void nullKeyPartsAreRefusedBeforeSending() {
    refused(() -> customers.get((String) null), "customerId", "null");
    refused(() -> orders.get("c1", null, "o1"), "placedAt", "null");
    refused(() -> orders.key("c1", T1, null), "orderId", "null");
    refused(() -> lines.query((String) null).stream().toList(), "customerId", "null");
    refused(() -> orders.query("c1", t -> t.gt(null)).stream().toList(), "placedAt");
    refused(() -> shop.query((String) null).stream().toList(), "customerId");
    // an entity with a null key part has no key at all
    assertThrows(DynamoException.class, () -> orders.put(new Order("c1", null, T1, 1, "NEW", null)));
    assertThrows(DynamoException.class, () -> orders.put(new Order("c1", "o2", null, 1, "NEW", null)));
    assertThrows(DynamoException.class, () -> customers.upsert(new Customer(null, "Nobody", null)));
    assertEquals(0, counter.total(), "nothing was sent");
  }

  @Test
  void emptyAndOverlongKeyPartsAreRefusedBeforeSending() {
    refused(() -> customers.get(""), "customerId", "empty");
    refused(() -> customers.put(new Customer("", "Nobody", null)), "customerId", "empty");
    refused(() -> lines.put(new OrderLine("c1", "", 1, "sku", 1)), "orderId", "empty");
    refused(() -> orders.query("c1", T1, id -> id.eq("")).stream().toList(), "orderId", "empty");
    refused(() -> shop.queryByGsi1("").stream().toList(), "orderId", "empty");
    // the composed sort key would be over DynamoDB's 1024 bytes, the partition key over 2048
    assertThrows(DynamoException.class, () -> orders.put(new Order("c1", "x".repeat(1100), T1, 1, "NEW", null)));
    assertThrows(DynamoException.class, () -> customers.put(new Customer("c".repeat(2100), "Long", null)));
    assertThrows(DynamoException.class, () -> orders.query("c".repeat(2100)).stream().toList());
    assertEquals(0, counter.total(), "nothing was sent");
  }

  @Test
  void negativeNumbersInAKeyAreRefusedBeforeSending() {
    refused(() -> lines.put(new OrderLine("c1", "o1", -1, "sku", 1)), "lineNo", "-1");
    refused(() -> lines.get("c1", "o1", -2), "lineNo");
    refused(() -> lines.query("c1", "o1", n -> n.ge(-1)).stream().toList(), "lineNo");
    refused(() -> lines.queryByGsi1("o1", n -> n.lt(-1)).stream().toList(), "lineNo");
    assertEquals(0, counter.total(), "nothing was sent");
  }

  @Test
  void oneBadItemRefusesABulkWriteOrTransactionWhole() {
    assertThrows(DynamoException.class, () -> f.dynamo.bulkWrite()
        .overwrite(customers, List.of(new Customer("c2", "Bob", null), new Customer("c3", "Carol", null)))
        .overwrite(lines, List.of(new OrderLine("c2", "o#2", 1, "sku", 1)))
        .execute());
    assertThrows(DynamoException.class, () -> customers.batchOverwrite(List.of(new Customer("c2", "Bob", null), new Customer("", "x", null))));
    assertThrows(DynamoException.class, () -> f.dynamo.transaction()
        .put(customers, new Customer("c2", "Bob", null))
        .put(lines, new OrderLine("c2", "o2", 1, "sku", 1))
        .put(orders, new Order("c2", "o#2", T1, 1, "NEW", null))
        .commit());
    assertEquals(0, counter.total(), "nothing was sent");
    assertTrue(f.raw("CUSTOMER#c2", "PROFILE").isEmpty());
  }

  @Test
  void aSeparatorOutsideTheKeyPartsIsStoredAsIs() {
    Order o = orders.put(new Order("c1", "o2", T1, 1, "A#B", null));
    assertEquals("A#B", o.status());
    assertEquals("A#B", orders.get("c1", T1, "o2").orElseThrow().status());
    assertEquals(new Customer("c1", "Alice#1", "a#b@example.com"), customers.update(new Customer("c1", "Alice#1", "a#b@example.com")));
    // characters other than the template's separators are fine in a key part
    Customer odd = customers.put(new Customer("c-1:x.y z", "Odd", null));
    assertEquals(odd, customers.get("c-1:x.y z").orElseThrow());
    assertEquals(List.of(odd), shop.query("c-1:x.y z").stream().toList());
  }
}
