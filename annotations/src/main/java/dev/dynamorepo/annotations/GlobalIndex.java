package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of a single-table design, once, on the {@code @Table} sealed
 * interface. An entity takes part in it in one of two ways:
 *
 * <ul>
 *   <li>its {@link IndexKeyTemplate} composes the index's key attributes (one partition and at
 *       most one sort attribute, stored as strings), so one index serves several entity types
 *       (an overloaded index);
 *   <li>it has attributes stored under the key attribute names itself: up to four partition and
 *       four sort attributes (DynamoDB's multi-attribute keys, no string concatenation), each
 *       keeping its type.
 * </ul>
 *
 * <pre>{@code
 * @Table(name = "shop")
 * @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
 * @GlobalIndex(name = "byStatus", partitionKey = {"tenant", "status"}, sortKey = {"placedAt", "orderId"})
 * public sealed interface ShopItem permits Customer, Order {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(GlobalIndex.List.class)
public @interface GlobalIndex {
  /**
   * The index name.
   *
   * @return 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
   */
  String name();

  /**
   * The index partition key attributes: one, composed by each entity's template or held by the
   * entity; or two to four, held by the entities.
   *
   * @return the attribute names, in key order
   */
  String[] partitionKey();

  /**
   * The index sort key attributes: none, one, or up to four held by the entities.
   *
   * @return the attribute names, in key order
   */
  String[] sortKey() default {};

  /** Holds several {@link GlobalIndex} on one table. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The indexes.
     *
     * @return the annotations
     */
    GlobalIndex[] value();
  }
}
