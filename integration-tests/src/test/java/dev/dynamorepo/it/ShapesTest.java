package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Entity shapes beyond a plain record: inherited bean properties, interfaces with default methods. */
@WithDynamoDb
@CleanTables
class ShapesTest {
  @Test
  void inheritedPropertiesAreStoredAndRead(InvoiceRepository invoices, DynamoDbClient raw) {
    invoices.createTable();
    Invoice i = new Invoice();
    i.setId("inv-1");
    i.setCreatedBy("ann");
    i.setChangedAt(Instant.parse("2026-01-01T00:00:00Z"));
    i.setCents(1250);
    invoices.put(i);
    assertEquals(i, invoices.get("inv-1").orElseThrow());
    Map<String, AttributeValue> item = raw.getItem(b -> b.tableName("invoices").key(Map.of("id", AttributeValue.fromS("inv-1")))).item();
    assertEquals(Set.of("id", "createdBy", "changedAt", "cents"), item.keySet(), "the base class's properties are attributes");
    assertEquals("bob", invoices.update("inv-1").set(InvoiceSchema.CREATED_BY, "bob").execute().getCreatedBy(), "typed constants for inherited attributes");
  }

  @Test
  void defaultMethodsOfAnInterfaceAreNotStored(MemoRepository memos, DynamoDbClient raw) {
    memos.createTable();
    memos.put(new Memo("m1", "hello"));
    assertEquals(Set.of("id", "text"),
        raw.getItem(b -> b.tableName("memos").key(Map.of("id", AttributeValue.fromS("m1")))).item().keySet());
    assertEquals("invoice", memos.get("m1").orElseThrow().label());
  }

  @Test
  void anImmutableClassIsReadBackThroughItsBuilder(ProductRepository products) {
    products.createTable();
    Product p = Product.builder().sku("p-1").title("Lamp").priceCents(4_999).withTags(Set.of("home")).build();
    assertEquals(p, products.put(p));
    assertEquals(p, products.get("p-1").orElseThrow());
    assertEquals(5_999, products.update("p-1").add(ProductSchema.PRICE_CENTS, 1_000L).execute().getPriceCents());
  }
}
