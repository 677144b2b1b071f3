package dev.dynamorepo.examples.shop;

import dev.dynamorepo.annotations.GlobalIndex;
import dev.dynamorepo.annotations.SingleTable;
import dev.dynamorepo.annotations.Table;

/**
 * A single-table design: customers, their orders and order lines in one table. Each item's key
 * attributes {@code pk} and {@code sk} are composed from the entity's own attributes by its key
 * templates, and {@code _type} says which entity an item is. The global index {@code gsi1} is
 * overloaded: orders and their lines share its partition {@code ORDER#<orderId>}.
 */
@Table(name = "example_shop")
@SingleTable(partitionKey = "pk", sortKey = "sk", discriminator = "_type") // the defaults, spelled out
@GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
public sealed interface ShopItem permits Customer, Order, OrderLine {}
