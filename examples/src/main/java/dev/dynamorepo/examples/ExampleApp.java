package dev.dynamorepo.examples;

import dev.dynamorepo.examples.shop.ShopExample;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.ReadTransaction;
import dev.dynamorepo.testing.LocalDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Orders and customers on DynamoDB through generated repositories: create tables, put, get,
 * partial update with a condition, upsert, a transaction, a query, a transactional read, the async
 * repository, delete, scan, count. Then the same kind of data as a single-table design
 * ({@link ShopExample}).
 *
 * <p>Runs against {@code DYNAMODB_ENDPOINT} when set (DynamoDB Local, LocalStack, or AWS with
 * {@code AWS_REGION} and the default credential chain), otherwise against a moto server it starts
 * on a free loopback port.
 */
public final class ExampleApp {
  private ExampleApp() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDynamoDb local = LocalDynamoDb.get();
    System.out.println("DynamoDB endpoint: " + local.endpoint() + (local.isMoto() ? " (moto, started for this run)" : ""));
    try (DynamoDb dynamo = DynamoDb.builder().region(local.region()).endpoint(local.endpoint())
        .credentialsProvider(local.credentials()).build()) {
      run(dynamo);
      ShopExample.run(dynamo);
    }
    System.exit(0); // stop the moto server's shutdown hook promptly under exec:java
  }

  static void run(DynamoDb dynamo) {
    CustomerRepository customers = new CustomerRepository(dynamo);
    OrderRepository orders = new OrderRepository(dynamo);
    customers.createTable();
    orders.createTable();
    System.out.println("tables: " + dynamo.listTables());

    Customer alice = customers.put(new Customer("alice", "Alice", "alice@example.com"));
    System.out.println("put      " + alice);
    try {
      customers.put(new Customer("alice", "Impostor", null));
    } catch (ConflictException e) {
      // The reason is typed, and DynamoDB's stored item comes with it: no second read to answer 409.
      System.out.println("put again refused (" + e.reason() + ", stored: "
          + e.stored(Customer.class).map(Customer::name).orElse("?") + "): " + e.getMessage());
    }

    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    orders.put(new Order("alice", "o-1", 1250, Set.of("books"), now, Order.Status.NEW));
    orders.put(new Order("alice", "o-2", 990, Set.of("music", "gift"), now, Order.Status.NEW));
    System.out.println("get      " + orders.get("alice", "o-1").orElseThrow());

    Order paid = orders.update("alice", "o-1")
        .set(OrderSchema.STATUS, Order.Status.PAID)
        .set(OrderSchema.TOTAL_CENTS, 1200L)
        .when(OrderSchema.STATUS.eq(Order.Status.NEW))
        .execute();
    System.out.println("update   " + paid);
    try {
      orders.update("alice", "o-1").set(OrderSchema.STATUS, Order.Status.SHIPPED)
          .when(OrderSchema.STATUS.eq(Order.Status.NEW)).execute();
    } catch (ConflictException e) {
      System.out.println("update with a stale condition refused (" + e.reason() + "): " + e.getMessage());
    }

    // Options are one immutable request value: here a projection read strongly consistent.
    OrderSummary summary = orders.get(Get.of(orders.key("alice", "o-1"))
        .project(OrderSummarySchema.PROJECTION).consistency(ReadConsistency.STRONG)).orElseThrow();
    System.out.println("project  " + summary + " (only these attributes were read)");

    Customer renamed = customers.upsert(new Customer("alice", "Alice Liddell", null));
    System.out.println("upsert   " + renamed);

    dynamo.transaction()
        .put(customers, new Customer("bob", "Bob", "bob@example.com"))
        .put(orders, new Order("bob", "o-9", 4500, Set.of(), now, Order.Status.NEW))
        .commit();
    System.out.println("transaction wrote bob and his order");

    System.out.println("query    " + orders.query("alice", sk -> sk.beginsWith("o-")).descending().stream()
        .map(Order::orderId).toList());
    ReadTransaction read = dynamo.readTransaction();
    ReadTransaction.Item<Customer> bob = read.get(customers, customers.key("bob"));
    ReadTransaction.Item<Order> bobsOrder = read.get(orders, orders.key("bob", "o-9"));
    ReadTransaction.Result snapshot = read.execute();
    System.out.println("read tx  " + snapshot.get(bob).orElseThrow().name() + " and " + snapshot.get(bobsOrder).orElseThrow().orderId());

    OrderAsyncRepository asyncOrders = orders.async();
    Order shipped = asyncOrders.update("bob", "o-9").set(OrderSchema.STATUS, Order.Status.SHIPPED).executeAsync()
        .thenCompose(o -> asyncOrders.get(o.customerId(), o.orderId()))
        .join().orElseThrow();
    System.out.println("async    " + shipped);

    System.out.println("delete   " + orders.delete("alice", "o-2").orElseThrow());
    List<Order> all = orders.scan().toList();
    System.out.println("scan     " + all.size() + " orders: " + all.stream().map(Order::orderId).toList());
    System.out.println("count    " + orders.count() + " orders, " + customers.count() + " customers");
  }
}
