package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute the sort key of the secondary index {@link #value()}.
 *
 * <p>When an {@link IndexPartitionKey} names the same index, the index is global; when none does,
 * it is a local secondary index that shares the table's partition key. The processor refuses a
 * type not stored as {@code S}, {@code N} or {@code B}, and two index sort keys with the same
 * index name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Repeatable(IndexSortKey.List.class)
public @interface IndexSortKey {
  /**
   * The index name.
   *
   * @return 3 to 255 characters of {@code a-z A-Z 0-9 _ - .}
   */
  String value();

  /** Holds several {@link IndexSortKey} on one attribute. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
  @interface List {
    /**
     * The index sort keys.
     *
     * @return the annotations
     */
    IndexSortKey[] value();
  }
}
