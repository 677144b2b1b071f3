package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.annotations.GlobalIndex;
import dev.dynamorepo.annotations.Table;

/**
 * The single-table model of {@link MixedDecodeBenchmark} and {@link CollectionQueryHarness}: a
 * customer, the customer's orders and order lines in one table {@code shop}, with one overloaded
 * index. The processor generates {@code ShopSchema} (the mixed decoder: a switch on {@code _type})
 * and {@code ShopTable} (the collection queries), and a schema and repository per entity.
 */
@Table(name = "shop")
@GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
public sealed interface Shop permits Customer, Order, OrderLine {}
