package dev.dynamorepo.it.catalog;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/** A product's photo, large enough (a ~40 KB {@code data}) that a few dozen fill more than a 1 MB page. */
@Entity(table = CatalogItem.class, type = "PHOTO")
@PartitionKeyTemplate("CAT#{category}")
@SortKeyTemplate("PHOTO#{productId}#{seq}")
@IndexKeyTemplate(index = "gsi1", partition = "BATCH#{batch}", sort = "PHOTO#{productId}#{seq}")
public record Photo(String category, String productId, int seq, String batch, String data) implements CatalogItem {}
