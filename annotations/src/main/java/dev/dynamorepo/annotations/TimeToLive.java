package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The DynamoDB TTL attribute: the moment the item expires, stored as N epoch seconds (as DynamoDB's TTL requires, also for an {@code Instant}). {@code createTable} enables TTL on it. With {@code lifetimeSeconds}, a write whose value is null sets it to now plus that lifetime. The processor refuses a type other than {@code Instant}, {@code long}, {@code Long}, {@code int} or {@code Integer}, a key, and two TTL attributes.
 *
 * <pre>{@code
 * @TimeToLive(lifetimeSeconds = 86_400) Instant expiresAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface TimeToLive {
  /**
   * A default lifetime: when a write holds no expiry, it gets now plus this many seconds.
   *
   * @return seconds, 0 (the default) for none
   */
  long lifetimeSeconds() default 0;
}
