package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import dev.dynamorepo.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 12-attribute entity of the mapping benchmarks (DESIGN.md, performance notes): two string keys,
 * numbers, a boolean, an instant, a decimal, a list, a set, a map, an enum and a version. The
 * processor generates {@code Order12Schema} and {@code Order12Repository} from it.
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
 * @param version N, optimistic locking
 */
@Table(name = "orders")
public record Order12(
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
    @Version long version) {}
