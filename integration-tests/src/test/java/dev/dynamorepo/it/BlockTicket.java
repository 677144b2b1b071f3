package dev.dynamorepo.it;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** Auto-increment ids reserved ten at a time by this process. */
@Table(name = "block_tickets")
public record BlockTicket(@PartitionKey @AutoIncrement(gapless = false, blockSize = 10) Long id, String title) {}
