package dev.dynamorepo.it.visits;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import dev.dynamorepo.annotations.TimeToLive;
import java.time.Instant;

/** One visit, which expires: the design's TTL attribute. */
@Entity(table = Visits.class, type = "VISIT")
@PartitionKeyTemplate("VISITOR#{visitorId}")
@SortKeyTemplate("VISIT#{visitId}")
public record Visit(String visitorId, String visitId, @TimeToLive Instant expiresAt) implements Visits {}
