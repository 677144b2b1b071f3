package dev.dynamorepo.benchmarks;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/**
 * Auto-increment harness baseline: a String-keyed entity whose key the caller picks.
 *
 * @param id the key
 * @param title a payload
 */
@Table(name = "bench_notes")
public record Note(@PartitionKey String id, String title) {}
