package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A partition key the runtime generates when a put finds it null: a random UUID, or a
 * time-ordered ULID (26 characters, sortable by creation time). One round trip, create-only;
 * a key the caller sets is kept. The processor refuses it on a sort key, a non-key, a type other
 * than {@code String} or {@code UUID} (a ULID needs {@code String}), and together with
 * {@link AutoIncrement}.
 *
 * <pre>{@code
 * @Table(name = "sessions")
 * public record Session(@PartitionKey @GeneratedId(GeneratedId.Strategy.ULID) String id, String user) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface GeneratedId {
  /**
   * How ids are made.
   *
   * @return UUID (the default) or ULID
   */
  Strategy value() default Strategy.UUID;

  /** How ids are made. */
  enum Strategy {
    /** A random UUID (version 4). */
    UUID,
    /**
     * A ULID: 48 bits of milliseconds then 80 bits, Crockford base32, sortable by time. Monotonic
     * per process: the first id of a millisecond has 80 random bits, the next ones the previous
     * id's plus one, so ids made in one millisecond still sort in the order they were made.
     */
    ULID
  }
}
