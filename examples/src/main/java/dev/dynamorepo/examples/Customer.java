package dev.dynamorepo.examples;

import dev.dynamorepo.annotations.Attribute;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;

/**
 * A customer, keyed by id.
 *
 * @param id the customer id
 * @param name the display name
 * @param email stored as {@code e_mail}
 */
@Table(name = "example_customers")
public record Customer(@PartitionKey String id, String name, @Attribute("e_mail") String email) {}
