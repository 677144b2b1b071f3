package dev.dynamorepo.it.catalog;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/** A review, whose sort key starts with a number component: range conditions on a leading number. */
@Entity(table = CatalogItem.class, type = "REVIEW")
@PartitionKeyTemplate("CAT#{category}")
@SortKeyTemplate("REVIEW#{stars}#{reviewId}")
public record Review(String category, int stars, String reviewId, String text) implements CatalogItem {}
