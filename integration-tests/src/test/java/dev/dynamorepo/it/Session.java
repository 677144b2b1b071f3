package dev.dynamorepo.it;

import dev.dynamorepo.annotations.CreatedAt;
import dev.dynamorepo.annotations.GeneratedId;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import dev.dynamorepo.annotations.TimeToLive;
import dev.dynamorepo.annotations.UpdatedAt;
import java.time.Instant;
import java.util.Set;

/** Every lifecycle attribute: a ULID key, created-at, updated-at, and a TTL with a default lifetime. */
@Table(name = "sessions")
public record Session(@PartitionKey @GeneratedId(GeneratedId.Strategy.ULID) String id, String user, Set<String> roles,
                      @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt,
                      @TimeToLive(lifetimeSeconds = 3600) Instant expiresAt) {}
