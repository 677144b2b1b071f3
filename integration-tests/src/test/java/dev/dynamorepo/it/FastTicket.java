package dev.dynamorepo.it;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** Auto-increment ids from one atomic ADD each: gaps possible, duplicates never. */
@Table(name = "fast_tickets")
public record FastTicket(@PartitionKey @AutoIncrement(gapless = false) Long id, String title) {}
