package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.time.Instant;
import java.util.Set;

/** The DESIGN.md contract's order: a partition and a sort key. */
@Table(name = "orders")
public record Order(@PartitionKey String customerId, @SortKey String orderId,
                    long totalCents, Set<String> tags, Instant createdAt, Status status, String note) {}
