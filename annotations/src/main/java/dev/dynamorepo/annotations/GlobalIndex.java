package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a global secondary index of a single-table design, once, on the {@code @Table} sealed
 * interface. With one partition (and sort) attribute, the entities fill it from their
 * {@link IndexKeyTemplate}s, so one index serves several entity types (an overloaded index).
 *
 * <pre>{@code
 * @Table(name = "shop")
 * @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
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
   * The index partition key attribute (stored as S), composed by each entity's template.
   *
   * @return the attribute name
   */
  String partitionKey();

  /**
   * The index sort key attribute (stored as S), composed by each entity's template.
   *
   * @return the attribute name, or empty for an index without a sort key
   */
  String sortKey() default "";

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
