package dev.dynamorepo.examples.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/**
 * One line of an order, in the customer's partition ({@code sk = LINE#<orderId>#<lineNo>}) and in
 * the index {@code gsi1} next to its order ({@code ORDER#<orderId>}, {@code LINE#<lineNo>}).
 *
 * @param customerId the customer
 * @param orderId the order
 * @param lineNo the line number (keys compare as text: 10 sorts before 2)
 * @param sku the product
 * @param quantity how many
 */
@Entity(table = ShopItem.class, type = "LINE")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("LINE#{orderId}#{lineNo}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity) implements ShopItem {}
