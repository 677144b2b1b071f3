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
 * <p>When an {@link IndexPartitionKey} names the same index, the index is global. A local
 * secondary index, which shares the table's partition key, is declared with {@code local = true}.
 * The processor refuses an index name that is neither (a misspelled global index would otherwise
 * become a local one, with a "did you mean" to the closest name), a local index that an
 * {@link IndexPartitionKey} also names, a type not stored as {@code S}, {@code N} or {@code B},
 * and two index sort keys with the same index name.
 *
 * <pre>{@code
 * @IndexPartitionKey("byStatus") Status status,
 * @IndexSortKey("byStatus") Instant createdAt,                  // global index byStatus
 * @IndexSortKey(value = "byTotal", local = true) long total     // local index byTotal
 * }</pre>
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

  /**
   * Whether the index is a local secondary index (the table's partition key, this sort key).
   *
   * @return true for a local index; false (the default) for the sort key of a global index
   */
  boolean local() default false;

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
