package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the attribute that is the table's sort (range) key. Optional; at most one per entity.
 *
 * <p>When an entity has a sort key, every repository method that takes a key takes both values.
 * At run time a null or empty-string sort key is refused before any request is sent.
 *
 * <p>The processor refuses: more than one; a type not stored as {@code S}, {@code N} or {@code B}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface SortKey {}
