package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/**
 * Auto-increment harness entity: ids reserved 100 at a time by one ADD, so most puts are one round trip.
 *
 * @param id the id, null until stored
 * @param title a payload
 */
@Table(name = "bench_tickets_block")
public record BlockTicket(@PartitionKey @AutoIncrement(gapless = false, blockSize = 100) Long id, String title) {}
