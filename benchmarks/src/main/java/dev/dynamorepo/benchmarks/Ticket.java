package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/**
 * Auto-increment harness entity: gapless ids (the default), one transaction per put.
 *
 * @param id the id, null until stored
 * @param title a payload
 */
@Table(name = "bench_tickets_gapless")
public record Ticket(@PartitionKey @AutoIncrement Long id, String title) {}
