package dev.dynamorepo.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.NullPolicy;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sparse index of a single-table design: gsi2 is composed from a product's status and ship date
 * ({@code STATUS#{status}}, {@code SHIPPED#{shippedOn}#{productId}}); a product with either one
 * null has neither index key and is not in the index, and a write that nulls one takes it out.
 */
@WithDynamoDb
class SparseIndexTest {
  private DynamoDbClient client;
  private DynamoDb dynamo;
  private ProductRepository products;
  private CatalogItemTable catalog;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    if (client.listTables().tableNames().contains("shop2")) {
      client.deleteTable(b -> b.tableName("shop2"));
    }
    dynamo = DynamoDb.of(client);
    products = new ProductRepository(dynamo);
    catalog = new CatalogItemTable(dynamo);
    catalog.createTable();
  }

  private Map<String, AttributeValue> raw(String productId) {
    return client.getItem(b -> b.tableName("shop2").consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS("CAT#cam"), "sk", AttributeValue.fromS("PRODUCT#" + productId)))).item();
  }

  private List<String> inGsi2(String status) {
    return products.queryByGsi2(status).stream().map(Product::productId).toList();
  }

  @Test
  void aNullIndexPartLeavesTheItemOutOfThatIndexOnly() {
    products.put(new Product("cam", "p1", "b1", "NEW", "2026-01-01", "both parts"));
    products.put(new Product("cam", "p2", "b1", null, "2026-01-01", "no status"));
    products.put(new Product("cam", "p3", "b1", "NEW", null, "no ship date"));
    products.put(new Product("cam", "p4", null, "NEW", "2026-01-02", "no batch"));

    Map<String, AttributeValue> p1 = raw("p1");
    assertEquals("STATUS#NEW", p1.get("gsi2pk").s());
    assertEquals("SHIPPED#2026-01-01#p1", p1.get("gsi2sk").s());
    for (String id : List.of("p2", "p3")) {
      Map<String, AttributeValue> item = raw(id);
      assertFalse(item.containsKey("gsi2pk") || item.containsKey("gsi2sk"), "out of gsi2, partition and sort alike: " + item);
      assertEquals("BATCH#b1", item.get("gsi1pk").s(), "still in gsi1: " + item);
    }
    assertEquals("NEW", raw("p3").get("status").s(), "the attribute itself is stored");
    Map<String, AttributeValue> p4 = raw("p4");
    assertFalse(p4.containsKey("gsi1pk") || p4.containsKey("gsi1sk"), p4.toString());
    assertEquals("STATUS#NEW", p4.get("gsi2pk").s());

    assertEquals(List.of("p1", "p4"), inGsi2("NEW"));
    assertEquals(List.of("p1", "p4"), catalog.queryByGsi2("NEW").stream().map(i -> ((Product) i).productId()).toList());
    assertEquals(List.of("p1", "p2", "p3"), products.queryByGsi1("b1").stream().map(Product::productId).toList());
    assertEquals(List.of("p4"), products.queryByGsi2("NEW", s -> s.gt("2026-01-01")).stream().map(Product::productId).toList());
    assertEquals(List.of("p1"), products.queryByGsi2("NEW", "2026-01-01").stream().map(Product::productId).toList());
    assertEquals(List.of("p1"), products.queryByGsi2("NEW", "2026-01-01", id -> id.beginsWith("p")).stream()
        .map(Product::productId).toList());
    assertEquals(4, products.query("cam").count(), "all four are in the table");
    // read back from the table, every product has its own attributes, index or not
    assertEquals(new Product("cam", "p3", "b1", "NEW", null, "no ship date"), products.get("cam", "p3").orElseThrow());
  }

  @Test
  void aStrictUpdateThatNullsAnIndexPartRemovesTheIndexKeys() {
    products.put(new Product("cam", "p1", "b1", "NEW", "2026-01-01", "x"));
    assertEquals(List.of("p1"), inGsi2("NEW"));
    products.update(new Product("cam", "p1", "b1", null, "2026-01-01", "x"));
    Map<String, AttributeValue> item = raw("p1");
    assertFalse(item.containsKey("gsi2pk") || item.containsKey("gsi2sk") || item.containsKey("status"), item.toString());
    assertEquals(List.of(), inGsi2("NEW"));
    products.update(new Product("cam", "p1", "b1", "DONE", "2026-01-03", "x"));
    assertEquals(List.of("p1"), inGsi2("DONE"));
    assertEquals("SHIPPED#2026-01-03#p1", raw("p1").get("gsi2sk").s());
    products.update(new Product("cam", "p1", "b1", "DONE", null, "x"));
    assertEquals(List.of(), inGsi2("DONE"), "a null sort part takes it out too");
    assertFalse(raw("p1").containsKey("gsi2pk"));
  }

  @Test
  void anUpsertRemovingNullsTakesTheItemOutOfTheIndex() {
    products.put(new Product("cam", "p1", "b1", "NEW", "2026-01-01", "x"));
    Product p = products.upsert(Upsert.of(new Product("cam", "p1", "b1", "NEW", null, "x")).nulls(NullPolicy.REMOVE));
    assertEquals(new Product("cam", "p1", "b1", "NEW", null, "x"), p);
    Map<String, AttributeValue> item = raw("p1");
    assertFalse(item.containsKey("gsi2pk") || item.containsKey("gsi2sk") || item.containsKey("shippedOn"), item.toString());
    assertEquals(List.of(), inGsi2("NEW"));
    // and an upsert that gives both parts puts it back
    products.upsert(new Product("cam", "p1", "b1", "NEW", "2026-02-01", "x"));
    assertEquals(List.of("p1"), inGsi2("NEW"));
    assertEquals("SHIPPED#2026-02-01#p1", raw("p1").get("gsi2sk").s());
    // an upsert that changes both parts moves it in the index
    products.upsert(new Product("cam", "p1", "b1", "DONE", "2026-02-02", null));
    assertEquals(List.of(), inGsi2("NEW"));
    assertEquals(List.of("p1"), inGsi2("DONE"));
    assertEquals("x", products.get("cam", "p1").orElseThrow().description(), "KEEP: the null description stays");
  }

  @Test
  void anUpsertThatWouldLeaveAStaleIndexKeyIsRefusedBeforeSending() {
    products.put(new Product("cam", "p1", "b1", "NEW", "2026-01-01", "x"));
    // KEEP keeps the stored shippedOn, so gsi2 could only be composed from a value the client does not have.
    DynamoException e = assertThrows(DynamoException.class,
        () -> products.upsert(new Product("cam", "p1", "b1", "SHIPPED", null, "x")));
    assertTrue(e.getMessage().contains("gsi2sk") && e.getMessage().contains("shippedOn is null"), e.getMessage());
    assertThrows(DynamoException.class, () -> dynamo.transaction().upsert(products, new Product("cam", "p1", "b1", "SHIPPED", null, "x")).commit());
    assertEquals(List.of("p1"), inGsi2("NEW"), "nothing was written");
    assertEquals("NEW", products.get("cam", "p1").orElseThrow().status());
  }

  @Test
  void bulkWritesAndTransactionsKeepTheIndexSparse() {
    dynamo.bulkWrite().overwrite(products, List.of(
        new Product("cam", "p1", "b1", "NEW", "2026-01-01", "x"),
        new Product("cam", "p2", "b1", "NEW", null, "x"))).execute();
    assertEquals(List.of("p1"), inGsi2("NEW"));
    assertFalse(raw("p2").containsKey("gsi2pk"));
    dynamo.transaction()
        .update(products, new Product("cam", "p1", "b1", null, "2026-01-01", "x"))
        .put(products, new Product("cam", "p3", "b1", "NEW", "2026-01-05", "x"))
        .commit();
    assertEquals(List.of("p3"), inGsi2("NEW"));
    assertFalse(raw("p1").containsKey("gsi2pk"));
  }

  @Test
  void aSeparatorInAnIndexOnlyPartIsRefused() {
    DynamoException e = assertThrows(DynamoException.class, () -> products.put(new Product("cam", "p1", "b#1", "NEW", "2026-01-01", "x")));
    assertTrue(e.getMessage().contains("batch") && e.getMessage().contains("'#'"), e.getMessage());
    assertThrows(DynamoException.class, () -> products.put(new Product("cam", "p1", "b1", "", "2026-01-01", "x")),
        "an empty index part: DynamoDB refuses empty index keys");
    assertThrows(DynamoException.class, () -> products.queryByGsi2("N#W").stream().toList());
    assertTrue(raw("p1") == null || raw("p1").isEmpty(), "nothing was written");
  }
}
