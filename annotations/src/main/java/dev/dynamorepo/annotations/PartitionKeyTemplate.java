package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Composes the table's partition key attribute of an {@link Entity} from literal text and the
 * entity's attributes in braces: {@code "CUSTOMER#{customerId}"}. The attributes in it must be
 * stored as strings or numbers, and one attribute must be separated from the next by text that
 * starts with a character other than a letter or digit (such as {@code #}). At run time a value
 * of such an attribute may not contain the template's separator characters, so that every key
 * reads back into its attributes and two entity types never produce the same key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PartitionKeyTemplate {
  /**
   * The template.
   *
   * @return text with {@code {attribute}} placeholders
   */
  String value();
}
