package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Numbers in keys and sets, binary sets, a free map: the inputs DynamoDB refuses and moto stores. */
@Table(name = "measures")
public record Measure(@PartitionKey String id, @SortKey BigDecimal seq, double value, Set<BigDecimal> levels,
                      Set<byte[]> digests, Map<String, String> notes) {}
