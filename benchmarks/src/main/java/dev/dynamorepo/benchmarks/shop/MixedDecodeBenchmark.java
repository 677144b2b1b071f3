package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.benchmarks.Fixtures;
import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decode cost of a single-table item through the table's mixed decoder (the {@code _type} switch
 * of {@code ShopSchema}, what {@code ShopTable}'s collection queries run per item) against the
 * entity's own decoders, on identical stored items: each as its entity's {@code SCHEMA.toItem}
 * wrote it, so with composed pk/sk/gsi1pk/gsi1sk and {@code _type}.
 *
 * <ul>
 *   <li>{@code orderStatic}: the generated static {@code OrderSchema.fromItem(item)} (no key checks);
 *   <li>{@code orderSchema}: {@code OrderSchema.SCHEMA.fromItem(item)}, what the entity repository's
 *       reads call (checks the item's {@code _type} and that its key components compose its keys first);
 *   <li>{@code orderMixed}: {@code ShopSchema.SCHEMA.fromItem(item)} on the same order item;
 *   <li>{@code orderMixedStatic}: the static {@code ShopSchema.fromItem(item)}, the switch without
 *       the table schema's {@code EntitySchema.fromItem} around it (to attribute the difference);
 *   <li>{@code line*}, {@code customer*}: the same three ways for the two small types (six and
 *       five attributes), where the mixed decoder's fixed cost weighs most;
 *   <li>{@code lineSchemaChecks}, {@code lineStaticChecked}: to attribute (a) to (b), a copy of the
 *       checks {@code EntitySchema.fromItem} runs first (the item's type, then its
 *       {@code withComponents} loop when every component is present), alone and followed by the
 *       static decoder; {@code lineTypeSwitch}: a copy of the mixed decoder's own work before it
 *       calls the entity's schema (the {@code _type} lookup and the string switch);
 *   <li>{@code pageMixed} / {@code pageOwn}: a customer's partition of {@value ShopFixtures#PAGE}
 *       items (1 profile, 25 orders, 74 lines, in Query order) decoded by the mixed decoder vs each by
 *       its own entity's {@code SCHEMA.fromItem} (type known beforehand), per item;
 *       {@code pageStatic}: each by its entity's static {@code fromItem}, the floor.
 * </ul>
 *
 * <p>The setup checks that every decoder returns the entity that was stored.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MixedDecodeBenchmark {
  private Map<String, AttributeValue> orderItem;
  private Map<String, AttributeValue> lineItem;
  private Map<String, AttributeValue> customerItem;
  private Map<String, AttributeValue>[] page;
  private EntitySchema<? extends Shop>[] own;
  private int[] kinds;

  /** Builds the items and checks that all decoders agree with the stored entities. */
  @Setup
  @SuppressWarnings("unchecked")
  public void setup() {
    Order order = ShopFixtures.order();
    orderItem = OrderSchema.SCHEMA.toItem(order);
    Fixtures.check("the stored order's type", "ORDER", orderItem.get("_type").s());
    // Templates write instants and numbers fixed-width (nine fraction digits, ten digits), so keys sort.
    Fixtures.check("the stored order's sk", "ORDER#2024-06-03T10:15:30.123456000Z#order-2024-000017", orderItem.get("sk").s());
    Fixtures.check("the stored order's gsi1pk", "ORDER#order-2024-000017", orderItem.get("gsi1pk").s());
    Fixtures.check("the table's toItem", orderItem, ShopSchema.SCHEMA.toItem(order));
    Fixtures.check("static OrderSchema.fromItem", order, OrderSchema.fromItem(orderItem));
    Fixtures.check("OrderSchema.SCHEMA.fromItem", order, OrderSchema.SCHEMA.fromItem(orderItem));
    Fixtures.check("ShopSchema.SCHEMA.fromItem", order, ShopSchema.SCHEMA.fromItem(orderItem));
    Fixtures.check("static ShopSchema.fromItem", order, ShopSchema.fromItem(orderItem));

    OrderLine line = new OrderLine(order.customerId(), order.orderId(), 2, order.lines().get(1), 2, 3998L);
    lineItem = OrderLineSchema.SCHEMA.toItem(line);
    Fixtures.check("the stored line's sk", "LINE#order-2024-000017#0000000002", lineItem.get("sk").s());
    Fixtures.check("static OrderLineSchema.fromItem", line, OrderLineSchema.fromItem(lineItem));
    Fixtures.check("OrderLineSchema.SCHEMA.fromItem", line, OrderLineSchema.SCHEMA.fromItem(lineItem));
    Fixtures.check("ShopSchema.SCHEMA.fromItem (line)", line, ShopSchema.SCHEMA.fromItem(lineItem));
    Fixtures.check("the copied checks", true, lineSchemaChecks());
    Fixtures.check("the copied type switch", 2, lineTypeSwitch());
    Fixtures.check("the copied checks and the static decoder", line, lineStaticChecked());
    Customer customer = ShopFixtures.customer();
    customerItem = CustomerSchema.SCHEMA.toItem(customer);
    Fixtures.check("the stored customer's sk", "PROFILE", customerItem.get("sk").s());
    Fixtures.check("static CustomerSchema.fromItem", customer, CustomerSchema.fromItem(customerItem));
    Fixtures.check("CustomerSchema.SCHEMA.fromItem", customer, CustomerSchema.SCHEMA.fromItem(customerItem));
    Fixtures.check("ShopSchema.SCHEMA.fromItem (customer)", customer, ShopSchema.SCHEMA.fromItem(customerItem));

    List<Shop> entities = ShopFixtures.partition();
    List<Map<String, AttributeValue>> items = ShopFixtures.items(entities);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, AttributeValue>[] asArray = items.toArray(new Map[0]);
    page = asArray;
    @SuppressWarnings({"unchecked", "rawtypes"})
    EntitySchema<? extends Shop>[] schemas = new EntitySchema[page.length];
    own = schemas;
    kinds = new int[page.length];
    int[] counts = new int[3];
    for (int i = 0; i < page.length; i++) {
      Shop e = entities.get(i);
      kinds[i] = e instanceof Customer ? 0 : e instanceof Order ? 1 : 2;
      counts[kinds[i]]++;
      own[i] = kinds[i] == 0 ? CustomerSchema.SCHEMA : kinds[i] == 1 ? OrderSchema.SCHEMA : OrderLineSchema.SCHEMA;
      Fixtures.check("item " + i + " stored by its own schema", page[i], ((EntitySchema<Shop>) own[i]).toItem(e));
      Fixtures.check("item " + i + " mixed", e, ShopSchema.SCHEMA.fromItem(page[i]));
      Fixtures.check("item " + i + " own SCHEMA", e, own[i].fromItem(page[i]));
      Fixtures.check("item " + i + " static", e, decodeStatic(kinds[i], page[i]));
    }
    Fixtures.check("page size", ShopFixtures.PAGE, page.length);
    Fixtures.check("customers, orders, lines", "1, 25, 74", counts[0] + ", " + counts[1] + ", " + counts[2]);
  }

  private static Shop decodeStatic(int kind, Map<String, AttributeValue> item) {
    switch (kind) {
      case 0:
        return CustomerSchema.fromItem(item);
      case 1:
        return OrderSchema.fromItem(item);
      default:
        return OrderLineSchema.fromItem(item);
    }
  }

  /** @return (a) the order by the generated static decoder */
  @Benchmark
  public Order orderStatic() {
    return OrderSchema.fromItem(orderItem);
  }

  /** @return (b) the order by the entity's schema, as the entity repository reads it */
  @Benchmark
  public Order orderSchema() {
    return OrderSchema.SCHEMA.fromItem(orderItem);
  }

  /** @return (c) the order by the table's mixed decoder */
  @Benchmark
  public Shop orderMixed() {
    return ShopSchema.SCHEMA.fromItem(orderItem);
  }

  /** @return the order by the table's static switch, without the table schema around it */
  @Benchmark
  public Shop orderMixedStatic() {
    return ShopSchema.fromItem(orderItem);
  }

  /** @return (a) a line by the generated static decoder */
  @Benchmark
  public OrderLine lineStatic() {
    return OrderLineSchema.fromItem(lineItem);
  }

  /** @return (b) a line by the entity's schema */
  @Benchmark
  public OrderLine lineSchema() {
    return OrderLineSchema.SCHEMA.fromItem(lineItem);
  }

  /** @return (c) a line by the table's mixed decoder */
  @Benchmark
  public Shop lineMixed() {
    return ShopSchema.SCHEMA.fromItem(lineItem);
  }

  /** @return the checks of {@code EntitySchema.fromItem} before it decodes, alone (copied; always true here) */
  @Benchmark
  public boolean lineSchemaChecks() {
    return checks(OrderLineSchema.SCHEMA, OrderLineSchema.TEMPLATE_PK, OrderLineSchema.TEMPLATE_SK, lineItem);
  }

  /** @return the copied checks, then the static decoder: should cost what {@code lineSchema} costs */
  @Benchmark
  public OrderLine lineStaticChecked() {
    if (!checks(OrderLineSchema.SCHEMA, OrderLineSchema.TEMPLATE_PK, OrderLineSchema.TEMPLATE_SK, lineItem)) {
      throw new IllegalStateException("not a line, or a key component is missing");
    }
    return OrderLineSchema.fromItem(lineItem);
  }

  /**
   * @return the mixed decoder's dispatch alone, copied from the generated {@code ShopSchema.fromItem}:
   *     the case it would take (here the type string is the same instance every time, so its hash
   *     is cached; a string parsed from a response is hashed once per item, a few ns more)
   */
  @Benchmark
  public int lineTypeSwitch() {
    AttributeValue type = lineItem.get("_type");
    if (type == null || type.s() == null) {
      return -1;
    }
    switch (type.s()) {
      case "CUSTOMER":
        return 0;
      case "ORDER":
        return 1;
      case "LINE":
        return 2;
      default:
        return -1;
    }
  }

  /**
   * What {@code EntitySchema.fromItem} of a single-table entity does before the generated decoder
   * (runtime as of this benchmark), minus what only runs when a check fails: the type check (one
   * {@code get} of {@code _type} and an {@code equals}), then the loop of {@code withComponents}:
   * for the partition and sort templates, per component, one {@code get} of the composed key and
   * one {@code containsKey} of the component.
   */
  private static <E> boolean checks(EntitySchema<E> schema, KeyTemplate<E> partition, KeyTemplate<E> sort,
      Map<String, AttributeValue> item) {
    AttributeValue type = item.get(schema.discriminator());
    if (type == null || !schema.typeValue().equals(type.s())) {
      return false;
    }
    boolean all = true;
    for (KeyTemplate<E> t : schema.templates()) {
      if (t != partition && t != sort) {
        continue;
      }
      for (AttributePath<E, ?> c : t.components()) {
        AttributeValue key = item.get(t.attribute());
        if (!item.containsKey(c.name()) && key != null && key.s() != null) {
          all = false;
          break;
        }
      }
    }
    return all;
  }

  /** @return (a) the customer by the generated static decoder */
  @Benchmark
  public Customer customerStatic() {
    return CustomerSchema.fromItem(customerItem);
  }

  /** @return (b) the customer by the entity's schema */
  @Benchmark
  public Customer customerSchema() {
    return CustomerSchema.SCHEMA.fromItem(customerItem);
  }

  /** @return (c) the customer by the table's mixed decoder */
  @Benchmark
  public Shop customerMixed() {
    return ShopSchema.SCHEMA.fromItem(customerItem);
  }

  /** @param bh sink (d) the partition, each item by the mixed decoder; score per item */
  @Benchmark
  @OperationsPerInvocation(ShopFixtures.PAGE)
  public void pageMixed(Blackhole bh) {
    Map<String, AttributeValue>[] items = page;
    for (int i = 0; i < items.length; i++) {
      bh.consume(ShopSchema.SCHEMA.fromItem(items[i]));
    }
  }

  /** @param bh sink (d) the partition, each item by its own entity's {@code SCHEMA.fromItem}; score per item */
  @Benchmark
  @OperationsPerInvocation(ShopFixtures.PAGE)
  public void pageOwn(Blackhole bh) {
    Map<String, AttributeValue>[] items = page;
    EntitySchema<? extends Shop>[] schemas = own;
    for (int i = 0; i < items.length; i++) {
      bh.consume(schemas[i].fromItem(items[i]));
    }
  }

  /** @param bh sink the partition, each item by its entity's static {@code fromItem}; score per item */
  @Benchmark
  @OperationsPerInvocation(ShopFixtures.PAGE)
  public void pageStatic(Blackhole bh) {
    Map<String, AttributeValue>[] items = page;
    int[] k = kinds;
    for (int i = 0; i < items.length; i++) {
      bh.consume(decodeStatic(k[i], items[i]));
    }
  }
}
