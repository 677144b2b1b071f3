package dev.dynamorepo.it.tenants;

import dev.dynamorepo.annotations.GlobalIndex;
import dev.dynamorepo.annotations.Table;

/** A single-table design whose indexes use DynamoDB's multi-attribute keys: the entities hold the key attributes. */
@Table(name = "tenant_items")
@GlobalIndex(name = "byStatus", partitionKey = {"tenant", "status"}, sortKey = {"placedAt", "priority"})
@GlobalIndex(name = "byEmail", partitionKey = "email")
public sealed interface TenantItem permits Ticket, Invoice, Member {}
