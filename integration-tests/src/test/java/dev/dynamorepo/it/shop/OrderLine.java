package dev.dynamorepo.it.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

@Entity(table = ShopItem.class, type = "LINE")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("LINE#{orderId}#{lineNo}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity) implements ShopItem {}
