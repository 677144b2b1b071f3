package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or JavaBean as a DynamoDB entity stored in the table {@link #name()}.
 *
 * <p>At run time the generated {@code <Entity>Repository} reads and writes that table, and
 * {@code createTable()} creates it from the entity's keys.
 *
 * <p>The processor refuses: {@code @Table} on an interface that is not sealed, an enum, abstract class, generic type or
 * non-static inner class; a name DynamoDB would refuse (3 to 255 characters of
 * {@code a-z A-Z 0-9 _ - .}); an entity without exactly one {@link PartitionKey}.
 *
 * <pre>{@code
 * @Table(name = "orders")
 * public record Order(@PartitionKey String customerId, @SortKey String orderId, long totalCents) {}
 * }</pre>
 *
 * <p>On a sealed interface, {@code @Table} declares a single-table design instead: the interface
 * permits its {@link Entity} types, which share the table, and the processor generates
 * {@code <Interface>Table} (reads of every type at once) and {@code <Interface>Schema}. See
 * {@link SingleTable}, {@link GlobalIndex} and {@link Entity}.
 *
 * <pre>{@code
 * @Table(name = "shop")
 * public sealed interface ShopItem permits Customer, Order {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The DynamoDB table name.
   *
   * @return 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
   */
  String name();
}
