package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is the table's partition (hash) key.
 *
 * <p>At run time a null or empty-string key value is refused before any request is sent.
 *
 * <p>The processor refuses: an entity with none or more than one; a key whose type is not stored
 * as a DynamoDB string, number or binary ({@code S}, {@code N}, {@code B}), such as a boolean,
 * list, set, map or nested record.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {}
