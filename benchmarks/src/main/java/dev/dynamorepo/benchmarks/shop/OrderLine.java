package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

/**
 * One line of an order: six attributes.
 *
 * @param customerId S, component of pk
 * @param orderId S, component of sk and gsi1pk
 * @param lineNo N, component of sk and gsi1sk
 * @param sku S
 * @param quantity N
 * @param unitCents N
 */
@Entity(table = Shop.class, type = "LINE")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("LINE#{orderId}#{lineNo}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "LINE#{lineNo}")
public record OrderLine(String customerId, String orderId, int lineNo, String sku, int quantity, long unitCents)
    implements Shop {}
