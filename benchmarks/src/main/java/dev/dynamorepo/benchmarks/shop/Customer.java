package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import java.time.Instant;

/**
 * The customer's profile item: five attributes.
 *
 * @param customerId the customer, key component
 * @param name S
 * @param email S
 * @param tier S
 * @param since S, ISO-8601
 */
@Entity(table = Shop.class, type = "CUSTOMER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("PROFILE")
public record Customer(String customerId, String name, String email, String tier, Instant since) implements Shop {}
