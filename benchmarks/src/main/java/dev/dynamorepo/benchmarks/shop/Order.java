package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import dev.dynamorepo.annotations.Version;
import dev.dynamorepo.benchmarks.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A realistic order, the single-table counterpart of {@code Order12}: the same value attributes
 * (numbers, a boolean, a decimal, a list, a set, a map, an enum, a version), with the two string
 * keys of {@code Order12} replaced by three key components that the templates compose into
 * {@code pk}, {@code sk}, {@code gsi1pk} and {@code gsi1sk}.
 *
 * @param customerId S, component of pk
 * @param orderId S, component of sk and gsi1pk
 * @param placedAt S, ISO-8601, component of sk
 * @param totalCents N
 * @param quantity N
 * @param gift BOOL
 * @param price N
 * @param lines L of S
 * @param tags SS
 * @param counts M of N
 * @param status S
 * @param version N, optimistic locking
 */
@Entity(table = Shop.class, type = "ORDER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("ORDER#{placedAt}#{orderId}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
public record Order(
    String customerId,
    String orderId,
    Instant placedAt,
    long totalCents,
    int quantity,
    boolean gift,
    BigDecimal price,
    List<String> lines,
    Set<String> tags,
    Map<String, Integer> counts,
    Status status,
    @Version Long version) implements Shop {}
