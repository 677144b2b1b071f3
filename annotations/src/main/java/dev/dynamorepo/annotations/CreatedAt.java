package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the item was created: set to now by every create (put, and an update or upsert that creates), never overwritten afterwards (the update sends {@code if_not_exists}). The processor refuses a type other than {@code Instant}, a key, and two created-at attributes.
 *
 * <pre>{@code
 * @CreatedAt Instant createdAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {
}
