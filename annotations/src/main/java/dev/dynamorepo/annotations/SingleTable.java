package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the physical attributes of a single-table design: the table's key attributes and the
 * attribute that stores each item's entity type. Optional on a {@code @Table} sealed interface;
 * without it the table has the key attributes {@code pk} and {@code sk} and the type attribute
 * {@code _type}.
 *
 * <pre>{@code
 * @Table(name = "shop")
 * @SingleTable(partitionKey = "PK", sortKey = "SK", discriminator = "entity")
 * public sealed interface ShopItem permits Customer, Order {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SingleTable {
  /**
   * The partition key attribute (stored as S) that every entity's {@link PartitionKeyTemplate} composes.
   *
   * @return the attribute name
   */
  String partitionKey() default "pk";

  /**
   * The sort key attribute (stored as S) that every entity's {@link SortKeyTemplate} composes.
   *
   * @return the attribute name, or empty for a table without a sort key
   */
  String sortKey() default "sk";

  /**
   * The attribute written on every item with its entity's {@link Entity#type()}; reads decide the
   * Java type from it.
   *
   * @return the attribute name
   */
  String discriminator() default "_type";
}
