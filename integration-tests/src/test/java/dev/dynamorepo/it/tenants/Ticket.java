package dev.dynamorepo.it.tenants;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import java.time.Instant;

@Entity(table = TenantItem.class, type = "TICKET")
@PartitionKeyTemplate("TENANT#{tenant}")
@SortKeyTemplate("TICKET#{ticketId}")
public record Ticket(String tenant, String ticketId, String status, Instant placedAt, int priority, String title)
    implements TenantItem {}
