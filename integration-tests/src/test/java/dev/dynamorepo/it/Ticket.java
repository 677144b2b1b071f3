package dev.dynamorepo.it;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** Gapless auto-increment ids, the default. */
@Table(name = "tickets")
public record Ticket(@PartitionKey @AutoIncrement Long id, String title) {}
