package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/** A record implementing an interface with default methods: only its components are stored. */
@Table(name = "memos")
public record Memo(@PartitionKey String id, String text) implements Labelled {}
