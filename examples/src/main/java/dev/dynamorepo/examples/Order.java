package dev.dynamorepo.examples;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.time.Instant;
import java.util.Set;

/**
 * An order of a customer.
 *
 * @param customerId the customer, the partition key
 * @param orderId the order, the sort key
 * @param totalCents the amount
 * @param tags free labels
 * @param createdAt when it was placed
 * @param status where it is
 */
@Table(name = "example_orders")
public record Order(@PartitionKey String customerId, @SortKey String orderId,
                   long totalCents, Set<String> tags, Instant createdAt, Status status) {

  /** Where an order is. */
  public enum Status { NEW, PAID, SHIPPED }
}
