package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or JavaBean as one entity type of a single-table design: its items live in the
 * table of {@link #table()} (a {@code @Table} sealed interface the entity implements), their keys
 * are composed by {@link PartitionKeyTemplate} and {@link SortKeyTemplate}, and each item stores
 * {@link #type()} in the table's discriminator attribute.
 *
 * <pre>{@code
 * @Entity(table = ShopItem.class, type = "ORDER")
 * @PartitionKeyTemplate("CUSTOMER#{customerId}")
 * @SortKeyTemplate("ORDER#{placedAt}#{orderId}")
 * public record Order(String customerId, String orderId, Instant placedAt, long totalCents) implements ShopItem {}
 * }</pre>
 *
 * <p>The processor generates {@code <Entity>Schema} and {@code <Entity>Repository} as for a
 * {@link Table} class, with key methods that take the template's attributes
 * ({@code orders.get(customerId, placedAt, orderId)}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Entity {
  /**
   * The table: a {@code @Table} sealed interface that this entity implements and permits.
   *
   * @return the table type
   */
  Class<?> table();

  /**
   * The value stored in the table's discriminator attribute; unique within the table. Choose it
   * once: renaming it orphans the stored items.
   *
   * @return the type name, for example {@code "ORDER"}
   */
  String type();
}
