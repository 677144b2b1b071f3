package dev.dynamorepo.it.shop;

import dev.dynamorepo.annotations.GlobalIndex;
import dev.dynamorepo.annotations.Table;

/** A single-table design: customers, their orders and order lines in one table, with an overloaded index. */
@Table(name = "shop")
@GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
