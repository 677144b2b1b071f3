package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the partition key an auto-increment id taken from an atomic counter.
 *
 * <p>At run time, {@code put} of an entity whose key is null takes the next id from the counter
 * item in the table {@code <table>_SysItems} ({@code pk_id = "__PK_VALUE_COUNTER__"}), the layout
 * of the Python library dynamo-repo descends from, so services in both languages can share it. A
 * key set by the caller is kept and the counter is left alone.
 *
 * <p>The processor refuses it anywhere but on the {@link PartitionKey}, and on any type other than
 * {@code Long}, {@code Integer}, {@code BigInteger} or {@code String}. Primitives are refused
 * because null is how "no id yet" is told apart from id 0.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface AutoIncrement {
  /**
   * Whether ids are issued without gaps (the default). A gapless id is taken in the same
   * transaction that writes the item, so an id is never skipped; under contention writers retry.
   * With {@code false} an id is taken by one atomic {@code ADD} on the counter and the item is
   * then put on its own: faster under contention, duplicates never, gaps possible.
   *
   * @return true for gapless ids
   */
  boolean gapless() default true;

  /**
   * How many ids one counter update reserves for this process, with {@code gapless = false}.
   * 1 (the default) takes one id per put. A larger block makes most puts one round trip; ids left
   * in a block when the process ends are never issued (gaps).
   *
   * @return ids reserved per counter update, at least 1
   */
  int blockSize() default 1;
}
