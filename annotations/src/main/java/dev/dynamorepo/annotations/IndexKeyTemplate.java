package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Composes the key attributes of a {@link GlobalIndex} for an {@link Entity}, like
 * {@link PartitionKeyTemplate}. An item whose template attributes are null is left out of the
 * index (a sparse index).
 *
 * <pre>{@code
 * @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(IndexKeyTemplate.List.class)
public @interface IndexKeyTemplate {
  /**
   * The index, as a {@link GlobalIndex} of the table names it.
   *
   * @return the index name
   */
  String index();

  /**
   * The index partition key template.
   *
   * @return text with {@code {attribute}} placeholders
   */
  String partition();

  /**
   * The index sort key template; required when the index has a sort key.
   *
   * @return text with {@code {attribute}} placeholders, or empty
   */
  String sort() default "";

  /** Holds several {@link IndexKeyTemplate} on one entity. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The templates.
     *
     * @return the annotations
     */
    IndexKeyTemplate[] value();
  }
}
