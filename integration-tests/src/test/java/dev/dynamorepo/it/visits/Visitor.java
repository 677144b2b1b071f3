package dev.dynamorepo.it.visits;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/** A visitor: no TTL of its own, but its table's TTL is the design's. */
@Entity(table = Visits.class, type = "VISITOR")
@PartitionKeyTemplate("VISITOR#{visitorId}")
@SortKeyTemplate("PROFILE")
public record Visitor(String visitorId, String name) implements Visits {}
