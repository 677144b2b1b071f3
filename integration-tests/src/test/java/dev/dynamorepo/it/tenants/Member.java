package dev.dynamorepo.it.tenants;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;

@Entity(table = TenantItem.class, type = "MEMBER")
@PartitionKeyTemplate("TENANT#{tenant}")
@SortKeyTemplate("MEMBER#{memberId}")
public record Member(String tenant, String memberId, String email) implements TenantItem {}
