package dev.dynamorepo.examples.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/**
 * A customer's profile: the item {@code pk = CUSTOMER#<customerId>, sk = PROFILE}.
 *
 * @param customerId the customer
 * @param name the display name
 * @param email the address
 */
@Entity(table = ShopItem.class, type = "CUSTOMER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("PROFILE")
public record Customer(String customerId, String name, String email) implements ShopItem {}
