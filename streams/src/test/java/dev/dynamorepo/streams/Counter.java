package dev.dynamorepo.streams;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** A test entity with a numeric partition key and no sort key. */
@Table(name = "counters")
public record Counter(@PartitionKey long id, String label) {}
