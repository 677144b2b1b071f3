package dev.dynamorepo.examples.shop;

import dev.dynamorepo.annotations.Entity;
import dev.dynamorepo.annotations.IndexKeyTemplate;
import dev.dynamorepo.annotations.PartitionKeyTemplate;
import dev.dynamorepo.annotations.SortKeyTemplate;
import dev.dynamorepo.annotations.Version;
import java.time.Instant;

/**
 * An order, stored in its customer's partition and sorted by when it was placed
 * ({@code sk = ORDER#<placedAt>#<orderId>}), and in the index {@code gsi1} under
 * {@code ORDER#<orderId>} with its lines.
 *
 * @param customerId the customer
 * @param orderId the order
 * @param placedAt when it was placed
 * @param totalCents the amount
 * @param status where it is
 * @param version optimistic locking, set by the runtime
 */
@Entity(table = ShopItem.class, type = "ORDER")
@PartitionKeyTemplate("CUSTOMER#{customerId}")
@SortKeyTemplate("ORDER#{placedAt}#{orderId}")
@IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
public record Order(String customerId, String orderId, Instant placedAt, long totalCents, Status status,
                    @Version Long version) implements ShopItem {

  /** Where an order is. */
  public enum Status { NEW, PAID, SHIPPED }
}
