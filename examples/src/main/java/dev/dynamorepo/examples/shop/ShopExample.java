package dev.dynamorepo.examples.shop;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.SingleTableView.UnknownTypes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table part of the example: customers, orders and order lines in one table with an
 * overloaded index. Creates the table, writes one customer's items in one transaction across the
 * three types, reads the customer's whole collection in one query and dispatches on the types,
 * reads an order and its lines through the index, queries orders by date, updates one order
 * partially, and shows what reads do with an item of a type the code does not know.
 */
public final class ShopExample {
  private static final Instant FEB = Instant.parse("2026-02-14T18:05:00Z");
  private static final Instant MAR = Instant.parse("2026-03-02T09:30:00Z");

  private ShopExample() {}

  /**
   * Runs this part of the example.
   *
   * @param dynamo the connection
   */
  public static void run(DynamoDb dynamo) {
    System.out.println();
    System.out.println("single-table design: customers, orders and order lines in one table");
    CustomerRepository customers = new CustomerRepository(dynamo);
    OrderRepository orders = new OrderRepository(dynamo);
    OrderLineRepository lines = new OrderLineRepository(dynamo);
    ShopItemTable shop = new ShopItemTable(dynamo);
    shop.createTable(); // keys pk/sk and the index gsi1, declared once on ShopItem
    System.out.println("table    " + shop.tableName() + ": keys pk and sk, the type in _type, index gsi1 (gsi1pk, gsi1sk)");

    dynamo.transaction()
        .put(customers, new Customer("carol", "Carol", "carol@example.com"))
        .put(orders, new Order("carol", "o-100", FEB, 4990, Order.Status.SHIPPED, null))
        .put(lines, new OrderLine("carol", "o-100", 1, "kettle", 1))
        .put(orders, new Order("carol", "o-101", MAR, 1850, Order.Status.NEW, null))
        .put(lines, new OrderLine("carol", "o-101", 1, "tea", 3))
        .put(lines, new OrderLine("carol", "o-101", 2, "mug", 2))
        .commit();
    System.out.println("tx       one transaction wrote customer carol, orders o-100 and o-101, and 3 order lines");

    Map<String, AttributeValue> raw = dynamo.client().getItem(b -> b.tableName(shop.tableName())
        .key(orders.key("carol", MAR, "o-101").attributes())).item();
    System.out.println("stored   order o-101 as DynamoDB holds it: " + Stream.of("pk", "sk", "_type", "gsi1pk", "gsi1sk")
        .map(name -> name + "=" + raw.get(name).s()).collect(Collectors.joining(", ")));
    System.out.println("get      orders.get(\"carol\", " + MAR + ", \"o-101\"): " + orders.get("carol", MAR, "o-101").orElseThrow());

    List<ShopItem> carol = shop.query("carol").stream().toList();
    System.out.println("query    shop.query(\"carol\"), one Query for the whole partition: " + carol.size() + " items of 3 types, in sort key order (LINE#.. < ORDER#.. < PROFILE)");
    for (ShopItem item : carol) {
      // Java 17: instanceof patterns. On Java 21: switch (item) { case Customer c -> ...; case Order o -> ...; ... }
      if (item instanceof Customer c) {
        System.out.println("           customer " + c.name() + " <" + c.email() + ">");
      } else if (item instanceof Order o) {
        System.out.println("           order    " + o.orderId() + " placed " + o.placedAt() + ", " + o.totalCents() + " cents, " + o.status());
      } else if (item instanceof OrderLine l) {
        System.out.println("           line     " + l.orderId() + " #" + l.lineNo() + ": " + l.quantity() + " x " + l.sku());
      }
    }

    List<ShopItem> o101 = shop.queryByGsi1("o-101").stream().toList();
    System.out.println("index    shop.queryByGsi1(\"o-101\"), the order and its lines through gsi1: "
        + o101.stream().map(ShopExample::describe).toList());

    Instant from = Instant.parse("2026-03-01T00:00:00Z");
    Instant to = Instant.parse("2026-03-31T23:59:59Z");
    System.out.println("range    orders.query(\"carol\", placedAt -> placedAt.between(" + from + ", " + to + ")): "
        + orders.query("carol", placedAt -> placedAt.between(from, to)).stream().map(Order::orderId).toList());
    System.out.println("prefix   orders.query(\"carol\").descending(), only orders, newest first: "
        + orders.query("carol").descending().stream().map(Order::orderId).toList()
        + ", lines.query(\"carol\", \"o-101\"): " + lines.query("carol", "o-101").stream().map(ShopExample::describe).toList());

    Order paid = orders.update("carol", MAR, "o-101")
        .set(OrderSchema.STATUS, Order.Status.PAID) // a key part such as OrderSchema.ORDER_ID has no set(..): it does not compile
        .when(OrderSchema.STATUS.eq(Order.Status.NEW))
        .execute();
    System.out.println("update   orders.update(\"carol\", " + MAR + ", \"o-101\").set(STATUS, PAID).when(STATUS.eq(NEW)): " + paid);

    dynamo.client().putItem(b -> b.tableName(shop.tableName()).item(Map.of(
        "pk", AttributeValue.fromS("CUSTOMER#carol"),
        "sk", AttributeValue.fromS("REVIEW#o-100"),
        "_type", AttributeValue.fromS("REVIEW"),
        "stars", AttributeValue.fromN("5"))));
    System.out.println("unknown  wrote an item of type REVIEW (no entity declares it) into carol's partition with the plain client");
    System.out.println("skip     shop.query(\"carol\") still reads " + shop.query("carol").stream().count()
        + " items: by default an unknown type is skipped");
    ShopItemTable strict = new ShopItemTable(dynamo, UnknownTypes.FAIL);
    try {
      strict.query("carol").stream().toList();
    } catch (DynamoException e) {
      System.out.println("fail     new ShopItemTable(dynamo, UnknownTypes.FAIL) refuses the same read with a DynamoException: " + e.getMessage());
    }
  }

  private static String describe(ShopItem item) {
    if (item instanceof Order o) {
      return "order " + o.orderId();
    }
    if (item instanceof OrderLine l) {
      return "line " + l.lineNo() + " (" + l.quantity() + " x " + l.sku() + ")";
    }
    return item.toString();
  }
}
