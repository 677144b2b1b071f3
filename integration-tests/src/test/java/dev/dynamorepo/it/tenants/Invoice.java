package dev.dynamorepo.it.tenants;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import java.time.Instant;

@Entity(table = TenantItem.class, type = "INVOICE")
@PartitionKeyTemplate("TENANT#{tenant}")
@SortKeyTemplate("INVOICE#{invoiceId}")
public record Invoice(String tenant, String invoiceId, String status, Instant placedAt, int priority, long cents)
    implements TenantItem {}
