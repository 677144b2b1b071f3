package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/**
 * Auto-increment harness entity: ids from one atomic ADD each, then a plain conditional put.
 *
 * @param id the id, null until stored
 * @param title a payload
 */
@Table(name = "bench_tickets_fast")
public record FastTicket(@PartitionKey @AutoIncrement(gapless = false) Long id, String title) {}
