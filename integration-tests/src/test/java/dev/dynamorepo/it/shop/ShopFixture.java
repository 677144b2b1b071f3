package dev.dynamorepo.it.shop;

import dev.dynamorepo.runtime.DynamoDb;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A fresh, empty {@code shop} table and the repositories of its three types, for one test. */
final class ShopFixture {
  static final Instant T1 = Instant.parse("2026-01-05T10:00:00Z");
  static final Instant T2 = Instant.parse("2026-02-05T10:00:00Z");
  static final Instant T3 = Instant.parse("2026-03-05T10:00:00Z");

  final DynamoDbClient client;
  final DynamoDb dynamo;
  final CustomerRepository customers;
  final OrderRepository orders;
  final OrderLineRepository lines;
  final ShopItemTable shop;

  private ShopFixture(DynamoDbClient client, DynamoDb dynamo) {
    this.client = client;
    this.dynamo = dynamo;
    customers = new CustomerRepository(dynamo);
    orders = new OrderRepository(dynamo);
    lines = new OrderLineRepository(dynamo);
    shop = new ShopItemTable(dynamo);
  }

  /** Drops the {@code shop} table if it exists and creates it empty. */
  static ShopFixture fresh(DynamoDbClient client) {
    return fresh(client, DynamoDb.of(client));
  }

  static ShopFixture fresh(DynamoDbClient client, DynamoDb dynamo) {
    if (client.listTables().tableNames().contains("shop")) {
      client.deleteTable(b -> b.tableName("shop"));
    }
    ShopFixture f = new ShopFixture(client, dynamo);
    f.shop.createTable();
    return f;
  }

  /** @return the stored item, raw, or empty */
  Optional<Map<String, AttributeValue>> raw(String pk, String sk) {
    Map<String, AttributeValue> item = client.getItem(b -> b.tableName("shop").consistentRead(true)
        .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  /** Writes an item as another program would: exactly these attributes, no checks. */
  void putRaw(Map<String, AttributeValue> item) {
    client.putItem(b -> b.tableName("shop").item(item));
  }

  /** @return pk, sk and the other attributes of a raw item, strings as S */
  static Map<String, AttributeValue> item(String pk, String sk, Object... more) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS(pk));
    item.put("sk", AttributeValue.fromS(sk));
    for (int i = 0; i < more.length; i += 2) {
      Object v = more[i + 1];
      item.put((String) more[i], v instanceof Number ? AttributeValue.fromN(v.toString()) : AttributeValue.fromS((String) v));
    }
    return item;
  }
}
