package dev.dynamorepo.it.catalog;

import dev.dynamorepo.annotations.GlobalIndex;
import dev.dynamorepo.annotations.Table;

/**
 * A second single-table design for the tests that need large items (queries across DynamoDB's
 * 1 MB pages, on the table and on the overloaded index gsi1) and a sparse index (gsi2, composed
 * from two attributes that may be null).
 */
@Table(name = "shop2")
@GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
@GlobalIndex(name = "gsi2", partitionKey = "gsi2pk", sortKey = "gsi2sk")
public sealed interface CatalogItem permits Product, Photo, Review {}
