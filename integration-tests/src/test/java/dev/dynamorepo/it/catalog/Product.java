package dev.dynamorepo.it.catalog;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/** A product: in gsi1 by its batch, and in the sparse gsi2 only while it has a status and a ship date. */
@Entity(table = CatalogItem.class, type = "PRODUCT")
@PartitionKeyTemplate("CAT#{category}")
@SortKeyTemplate("PRODUCT#{productId}")
@IndexKeyTemplate(index = "gsi1", partition = "BATCH#{batch}", sort = "PRODUCT#{productId}")
@IndexKeyTemplate(index = "gsi2", partition = "STATUS#{status}", sort = "SHIPPED#{shippedOn}#{productId}")
public record Product(String category, String productId, String batch, String status, String shippedOn, String description)
    implements CatalogItem {}
