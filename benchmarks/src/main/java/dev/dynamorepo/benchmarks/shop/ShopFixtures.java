package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.benchmarks.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The fixed single-table data of the shop benchmarks: one order shaped like {@code Fixtures.order()},
 * and one customer's partition of {@value #PAGE} items (the profile, 25 orders, 74 lines), each
 * stored as its entity's {@code SCHEMA.toItem} writes it (composed pk/sk/gsi1pk/gsi1sk and
 * {@code _type}) and in the order a Query returns them (by sort key: lines, orders, profile).
 */
public final class ShopFixtures {
  /** Items in the customer's partition. */
  public static final int PAGE = 100;
  /** The partition's customer. */
  public static final String CUSTOMER_ID = "customer-000042";

  private ShopFixtures() {}

  /** @return the order of the single-item benchmarks: every attribute set, three elements per collection */
  public static Order order() {
    return order(17, 3);
  }

  /**
   * An order of the partition.
   *
   * @param n its number
   * @param lineCount how many lines it has (and elements in its collections)
   * @return the order
   */
  static Order order(int n, int lineCount) {
    List<String> lines = new ArrayList<>();
    Set<String> tags = new LinkedHashSet<>(List.of("express", "fragile", "priority").subList(0, 1 + n % 3));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 1; i <= lineCount; i++) {
      String sku = "sku-" + (1000 + 1001 * i + n);
      lines.add(sku);
      counts.put(sku, i);
    }
    return new Order(CUSTOMER_ID, String.format("order-2024-%06d", n),
        Instant.parse("2024-05-17T10:15:30.123456Z").plusSeconds(3_600L * 24 * n), 129_999L + n, 8 + n % 5,
        n % 4 == 0, new BigDecimal("1299.99").add(BigDecimal.valueOf(n)), lines, tags, counts,
        Status.values()[n % Status.values().length], 7L);
  }

  /** @return the partition's customer */
  public static Customer customer() {
    return new Customer(CUSTOMER_ID, "Alice Example", "alice@example.com", "GOLD",
        Instant.parse("2019-03-01T08:00:00Z"));
  }

  /**
   * The partition as entities, in the order a Query returns them.
   *
   * @return {@value #PAGE} entities
   */
  public static List<Shop> partition() {
    return partition(PAGE);
  }

  /**
   * A partition as entities, in the order a Query returns them: the profile, then orders
   * 0, 1, 2, ... each followed by its 2, 3, 4, 2, ... lines, until there are {@code size} items.
   *
   * @param size the number of items
   * @return the entities
   */
  public static List<Shop> partition(int size) {
    List<Shop> all = new ArrayList<>();
    all.add(customer());
    for (int n = 0; all.size() < size; n++) {
      int lineCount = 2 + n % 3; // 2, 3, 4: three lines per order on average
      Order o = order(n, lineCount);
      all.add(o);
      for (int i = 1; i <= lineCount && all.size() < size; i++) {
        all.add(new OrderLine(CUSTOMER_ID, o.orderId(), i, o.lines().get(i - 1), i, 1999L * i + n));
      }
    }
    all.sort(Comparator.comparing(e -> ShopSchema.SCHEMA.toItem(e).get("sk").s()));
    return all;
  }

  /**
   * The stored form of entities, as their entity schemas write them.
   *
   * @param entities the entities
   * @return one item each
   */
  public static List<Map<String, AttributeValue>> items(List<? extends Shop> entities) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (Shop e : entities) {
      items.add(ShopSchema.SCHEMA.toItem(e));
    }
    return items;
  }
}
