package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Order12} without {@code @Version}: the same 12 attributes and the same stored form, but
 * {@code version} is a plain number. It exists because BatchWriteItem cannot check a version, so
 * {@code batchOverwrite} refuses versioned entities such as {@code Order12} (by design, see
 * BulkWrite); the bulk and scan benchmarks of {@link ProductionHarness} use this entity instead.
 *
 * @param pk partition key
 * @param sk sort key
 * @param totalCents N
 * @param quantity N
 * @param gift BOOL
 * @param createdAt S, ISO-8601
 * @param price N
 * @param lines L of S
 * @param tags SS
 * @param counts M of N
 * @param status S
 * @param version N, not a @Version
 */
@Table(name = "orders_bulk")
public record Order12Bulk(
    @PartitionKey String pk,
    @SortKey String sk,
    long totalCents,
    int quantity,
    boolean gift,
    Instant createdAt,
    BigDecimal price,
    List<String> lines,
    Set<String> tags,
    Map<String, Integer> counts,
    Status status,
    long version) {

  /**
   * The same order as an {@code Order12Bulk}.
   *
   * @param o the order
   * @return its copy
   */
  public static Order12Bulk of(Order12 o) {
    return new Order12Bulk(o.pk(), o.sk(), o.totalCents(), o.quantity(), o.gift(), o.createdAt(), o.price(), o.lines(),
        o.tags(), o.counts(), o.status(), o.version());
  }
}
