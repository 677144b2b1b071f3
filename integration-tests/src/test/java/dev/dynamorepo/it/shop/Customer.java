package dev.dynamorepo.it.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

@Entity(table = ShopItem.class, type = "CUSTOMER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {}
