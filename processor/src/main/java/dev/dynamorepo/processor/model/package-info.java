/**
 * Stage 2 of 4, the model: plain immutable records that say everything the later stages need to
 * know about an entity (its keys, attributes, their value types and nested types) and the facts
 * the validators judge. Built by {@code read}, checked by {@code validate}, rendered by
 * {@code write}. Types are JavaPoet {@code TypeName}s; source positions are opaque
 * {@link dev.dynamorepo.processor.diag.SourceRef}s. No {@code javax.lang.model} here.
 */
package dev.dynamorepo.processor.model;
