package dev.dynamorepo.it.shop;

import static dev.dynamorepo.it.shop.ShopFixture.T1;
import static dev.dynamorepo.it.shop.ShopFixture.T2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.CancellationReason;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes of several entity types of the single-table design in one call: BatchWriteItem through
 * {@code bulkWrite()} (which refuses the versioned Order) and transactions across the three types,
 * committed or cancelled whole.
 */
@WithDynamoDb
class SingleTableBulkTest {
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient counted;
  private ShopFixture f;
  private DynamoDb dynamo;
  private CustomerRepository customers;
  private OrderRepository orders;
  private OrderLineRepository lines;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    counted = counter.client();
    dynamo = DynamoDb.of(counted);
    f = ShopFixture.fresh(client, dynamo);
    customers = f.customers;
    orders = f.orders;
    lines = f.lines;
    customers.put(new Customer("c1", "Alice", "alice@example.com"));
    orders.put(new Order("c1", "o1", T1, 1250, "NEW", null));
    lines.put(new OrderLine("c1", "o1", 1, "sku-1", 2));
    counter.reset();
  }

  @AfterEach
  void close() {
    counted.close();
  }

  @Test
  void bulkWriteMixesTypesInOneTable() {
    dynamo.bulkWrite()
        .overwrite(customers, List.of(new Customer("c1", "Alice A.", null), new Customer("c2", "Bob", "bob@example.com")))
        .overwrite(lines, List.of(new OrderLine("c1", "o1", 2, "sku-2", 1), new OrderLine("c2", "o5", 1, "sku-5", 3)))
        .delete(lines, List.of(lines.key("c1", "o1", 1)))
        .execute();
    assertEquals(1, counter.requests("BatchWriteItem"), "five writes, one request");
    assertEquals(new Customer("c1", "Alice A.", null), customers.get("c1").orElseThrow(), "an overwrite replaces whole");
    assertEquals(List.of(new OrderLine("c1", "o1", 2, "sku-2", 1)), lines.query("c1").stream().toList());
    Map<String, AttributeValue> bob = f.raw("CUSTOMER#c2", "PROFILE").orElseThrow();
    assertEquals("CUSTOMER", bob.get("_type").s());
    Map<String, AttributeValue> line = f.raw("CUSTOMER#c2", "LINE#o5#0000000001").orElseThrow();
    assertEquals("LINE", line.get("_type").s());
    assertEquals("ORDER#o5", line.get("gsi1pk").s());
    assertEquals("LINE#0000000001", line.get("gsi1sk").s());
    assertEquals(List.of("LINE", "CUSTOMER"), f.shop.query("c2").stream().map(i -> i instanceof Customer ? "CUSTOMER" : "LINE").toList());
    assertEquals(1, orders.query("c1").count(), "the order is untouched");
  }

  @Test
  void bulkWriteRefusesTheVersionedOrderBeforeSendingAnything() {
    DynamoException e = assertThrows(DynamoException.class, () -> dynamo.bulkWrite()
        .overwrite(customers, List.of(new Customer("c3", "Carol", null)))
        .overwrite(orders, List.of(new Order("c3", "o3", T2, 1, "NEW", null)))
        .execute());
    assertTrue(e.getMessage().contains("@Version") && e.getMessage().contains("Order"), e.getMessage());
    assertEquals(0, counter.total(), "nothing was sent");
    assertTrue(f.raw("CUSTOMER#c3", "PROFILE").isEmpty());
    assertThrows(DynamoException.class, () -> orders.batchOverwrite(List.of(new Order("c3", "o3", T2, 1, "NEW", 1L))));
    assertEquals(0, counter.total());
  }

  @Test
  void bulkWriteRefusesTheSameCustomerTwiceBeforeSending() {
    DynamoException e = assertThrows(DynamoException.class, () -> dynamo.bulkWrite()
        .overwrite(customers, List.of(new Customer("c4", "Dan", null)))
        .overwrite(lines, List.of(new OrderLine("c4", "o1", 1, "s", 1)))
        .overwrite(customers, List.of(new Customer("c4", "Dan again", null)))
        .execute());
    assertTrue(e.getMessage().contains("CUSTOMER#c4"), e.getMessage());
    assertEquals(0, counter.total());
    assertTrue(f.raw("CUSTOMER#c4", "PROFILE").isEmpty());
  }

  @Test
  void batchOverwriteAndBatchDeleteOfOneType() {
    lines.batchOverwrite(List.of(new OrderLine("c1", "o1", 1, "sku-1b", 5), new OrderLine("c1", "o1", 2, "sku-2", 1)));
    assertEquals(List.of(new OrderLine("c1", "o1", 1, "sku-1b", 5), new OrderLine("c1", "o1", 2, "sku-2", 1)),
        lines.query("c1", "o1").stream().toList());
    lines.batchDelete(List.of(lines.key("c1", "o1", 1), lines.key("c1", "o1", 2), lines.key("c1", "o1", 3)));
    assertEquals(0, lines.query("c1").count());
    assertEquals(2, f.shop.query("c1").stream().count(), "the customer and the order stay");
  }

  @Test
  void aTransactionAcrossThreeTypesWithAConditionCheck() {
    TransactionResult r = dynamo.transaction()
        .put(orders, new Order("c1", "o2", T2, 990, "NEW", null))
        .put(lines, new OrderLine("c1", "o2", 1, "sku-9", 3))
        .update(customers.update("c1").set(CustomerSchema.EMAIL, "alice@new.example"))
        .conditionCheck(orders, orders.key("c1", T1, "o1"), OrderSchema.STATUS.eq("NEW").and(OrderSchema.CUSTOMER_ID.eq("c1")))
        .commit();
    assertEquals(1, counter.requests("TransactWriteItems"));
    assertEquals(new Order("c1", "o2", T2, 990, "NEW", 1L), r.get(0, orders));
    assertEquals(new OrderLine("c1", "o2", 1, "sku-9", 3), r.get(1, lines));
    assertNull(r.written().get(2), "a partial update returns nothing");
    assertNull(r.written().get(3));
    assertEquals("alice@new.example", customers.get("c1").orElseThrow().email());
    assertEquals(new Order("c1", "o2", T2, 990, "NEW", 1L), orders.get("c1", T2, "o2").orElseThrow());
    assertEquals("LINE", f.raw("CUSTOMER#c1", "LINE#o2#0000000001").orElseThrow().get("_type").s());
    assertEquals(List.of("o2"), orders.queryByGsi1("o2").stream().map(Order::orderId).toList());
    assertEquals(2, f.shop.queryByGsi1("o2").stream().count(), "the order and its line, in the overloaded index");

    // then a versioned update and a delete of another type in one transaction
    dynamo.transaction()
        .update(orders, new Order("c1", "o2", T2, 1000, "PAID", 1L))
        .delete(lines, lines.key("c1", "o1", 1))
        .commit();
    assertEquals(new Order("c1", "o2", T2, 1000, "PAID", 2L), orders.get("c1", T2, "o2").orElseThrow());
    assertTrue(lines.get("c1", "o1", 1).isEmpty());
  }

  @Test
  void aFailingConditionCancelsTheWholeTransaction() {
    ConflictException e = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .put(lines, new OrderLine("c1", "o1", 2, "sku-2", 1))
        .update(customers.update("c1").set(CustomerSchema.NAME, "Mallory"))
        .put(orders, new Order("c1", "o2", T2, 1, "NEW", null))
        .conditionCheck(orders, orders.key("c1", T1, "o1"), OrderSchema.STATUS.eq("PAID"))
        .commit());
    List<CancellationReason> reasons = e.reasons();
    assertEquals(4, reasons.size(), reasons.toString());
    assertEquals(List.of(false, false, false, true), reasons.stream().map(CancellationReason::failed).toList());
    assertEquals("conditionCheck", reasons.get(3).action());
    assertTrue(reasons.get(3).key().contains("ORDER#2026-01-05T10:00:00.000000000Z#o1"), reasons.get(3).key());
    assertTrue(lines.get("c1", "o1", 2).isEmpty(), "nothing written");
    assertTrue(orders.get("c1", T2, "o2").isEmpty());
    assertEquals("Alice", customers.get("c1").orElseThrow().name());
    assertEquals(3, f.shop.query("c1").stream().count());

    // a create-only put of an existing line cancels it too, and says which action
    ConflictException exists = assertThrows(ConflictException.class, () -> dynamo.transaction()
        .update(customers.update("c1").set(CustomerSchema.NAME, "Mallory"))
        .put(lines, new OrderLine("c1", "o1", 1, "sku-x", 9))
        .commit());
    assertEquals(List.of(false, true), exists.reasons().stream().map(CancellationReason::failed).toList());
    assertEquals("Alice", customers.get("c1").orElseThrow().name());
    assertEquals(2, lines.get("c1", "o1", 1).orElseThrow().quantity());

    // a stale version of the order cancels it
    assertThrows(ConflictException.class, () -> dynamo.transaction()
        .put(lines, new OrderLine("c1", "o1", 3, "sku-3", 1))
        .update(orders, new Order("c1", "o1", T1, 1, "PAID", 7L))
        .commit());
    assertTrue(lines.get("c1", "o1", 3).isEmpty());
    assertEquals(1L, orders.get("c1", T1, "o1").orElseThrow().version());
  }
}
