package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute the partition key of the global secondary index {@link #value()}.
 *
 * <p>{@code createTable()} creates the index (projection ALL) and the repository gets a typed
 * query method for it. The processor refuses a type not stored as {@code S}, {@code N} or
 * {@code B}, and two index partition keys with the same index name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(IndexPartitionKey.List.class)
public @interface IndexPartitionKey {
  /**
   * The index name.
   *
   * @return 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
   */
  String value();

  /** Holds several {@link IndexPartitionKey} on one attribute. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
  @interface List {
    /**
     * The index partition keys.
     *
     * @return the annotations
     */
    IndexPartitionKey[] value();
  }
}
