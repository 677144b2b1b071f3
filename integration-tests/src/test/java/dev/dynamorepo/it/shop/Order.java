package dev.dynamorepo.it.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import dev.dynamorepo.annotations.Version;
import java.time.Instant;

@Entity(table = ShopItem.class, type = "ORDER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("ORDER#{placedAt}#{orderId}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
public record Order(String customerId, String orderId, Instant placedAt, long totalCents, String status,
    @Version Long version) implements ShopItem {}
