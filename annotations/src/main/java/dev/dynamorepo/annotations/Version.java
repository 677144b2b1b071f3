package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-locking version attribute.
 *
 * <p>At run time a create stores version 1; every update, upsert and delete through a repository
 * or a transaction is conditioned on the version the caller holds and stores that version plus
 * one; a stale version raises {@code ConflictException} and writes nothing.
 *
 * <p>The processor refuses it on any type but {@code long}, {@code Long}, {@code int} and
 * {@code Integer}, on a key, and more than once per entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Version {}
