package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When the item was last written: set to now by every write (put, update, partial update, upsert, transactions, bulk writes). The processor refuses a type other than {@code Instant}, a key, and two updated-at attributes.
 *
 * <pre>{@code
 * @UpdatedAt Instant updatedAt
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {
}
