package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import dev.dynamorepo.annotations.Version;

/** Optimistic locking: every write is conditioned on the version the writer holds. */
@Table(name = "docs")
public record Doc(@PartitionKey String id, String body, @Version Long version) {}
