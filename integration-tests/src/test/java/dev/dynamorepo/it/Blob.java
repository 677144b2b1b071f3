package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.math.BigDecimal;
import java.util.Map;

/** Free-form payloads, for size and number limits. */
@Table(name = "blobs")
public record Blob(@PartitionKey String id, @SortKey String part, String payload, BigDecimal amount,
                   Map<String, String> extra) {}
