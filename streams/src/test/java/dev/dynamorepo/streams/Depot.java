package dev.dynamorepo.streams;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import dev.dynamorepo.annotations.Table;

/** A single-table design whose stream carries two entity types. */
@Table(name = "depot")
public sealed interface Depot permits Depot.Site, Depot.Crate {
  /** A site. */
  @Entity(table = Depot.class, type = "SITE")
  @PartitionKeyTemplate("SITE#{siteId}")
  @SortKeyTemplate("INFO")
  record Site(String siteId, String city) implements Depot {}

  /** A crate kept at a site. */
  @Entity(table = Depot.class, type = "CRATE")
  @PartitionKeyTemplate("SITE#{siteId}")
  @SortKeyTemplate("CRATE#{crateId}")
  record Crate(String siteId, String crateId, int weight) implements Depot {}
}
