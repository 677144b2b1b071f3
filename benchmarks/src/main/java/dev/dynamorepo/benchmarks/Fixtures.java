package dev.dynamorepo.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fixed order every benchmark maps: all 12 attributes set, three elements per collection. */
public final class Fixtures {
  private Fixtures() {}

  /** @return a new order */
  public static Order12 order() {
    List<String> lines = new ArrayList<>(List.of("sku-1001", "sku-2002", "sku-3003"));
    Set<String> tags = new LinkedHashSet<>(List.of("express", "fragile", "priority"));
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("sku-1001", 1);
    counts.put("sku-2002", 2);
    counts.put("sku-3003", 5);
    return new Order12("customer-000042", "order-2024-000017", 129_999L, 8, true,
        Instant.parse("2024-05-17T10:15:30.123456Z"), new BigDecimal("1299.99"), lines, tags, counts,
        Status.SHIPPED, 7L);
  }

  /** @return the same order as a bean */
  public static Order12Bean bean() {
    return Order12Bean.of(order());
  }

  /**
   * Fails unless two values are equal; the benchmarks check their mappers agree before timing them.
   *
   * @param what what is compared, for the message
   * @param expected the expected value
   * @param actual the actual value
   */
  public static void check(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new IllegalStateException(what + " differs:\n  expected " + expected + "\n  actual   " + actual);
    }
  }
}
