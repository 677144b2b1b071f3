package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Composes the table's sort key attribute of an {@link Entity}, like
 * {@link PartitionKeyTemplate}: {@code "ORDER#{placedAt}#{orderId}"}. Queries by a leading part
 * of it ({@code orders.query(customerId)}, {@code orders.query(customerId, placedAt)}) read only
 * that prefix, so other entity types of the same partition never come back.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SortKeyTemplate {
  /**
   * The template.
   *
   * @return text with {@code {attribute}} placeholders; may be constant, such as {@code "PROFILE"}
   */
  String value();
}
