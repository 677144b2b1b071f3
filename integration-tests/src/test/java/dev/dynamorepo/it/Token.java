package dev.dynamorepo.it;

import dev.dynamorepo.annotations.GeneratedId;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import dev.dynamorepo.annotations.TimeToLive;
import java.util.UUID;

/** A UUID key generated on put, and a TTL held as epoch seconds in a long. */
@Table(name = "tokens")
public record Token(@PartitionKey @GeneratedId UUID id, String scope, @TimeToLive Long expires) {}
