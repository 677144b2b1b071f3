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
 * <p>The processor refuses: {@code @Table} on an interface, enum, abstract class, generic type or
 * non-static inner class; a name DynamoDB would refuse (3 to 255 characters of
 * {@code a-z A-Z 0-9 _ - .}); an entity without exactly one {@link PartitionKey}.
 *
 * <pre>{@code
 * @Table(name = "orders")
 * public record Order(@PartitionKey String customerId, @SortKey String orderId, long totalCents) {}
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
