package dev.dynamorepo.it;

import dev.dynamorepo.annotations.AutoIncrement;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** A String auto-increment key, as the Python helper stores ids as text in string-keyed tables. */
@Table(name = "labels")
public record Label(@PartitionKey @AutoIncrement String id, String text) {}
