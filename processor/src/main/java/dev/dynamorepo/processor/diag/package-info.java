/**
 * Stage 4 of 4, diagnostics: where a problem is ({@link dev.dynamorepo.processor.diag.SourceRef}),
 * what it is ({@link dev.dynamorepo.processor.diag.Messages}), and the per-entity
 * {@link dev.dynamorepo.processor.diag.Report} that collects them and prints each exactly once.
 *
 * <p>Besides {@code read}, this is the only package that touches {@code javax.lang.model}: a
 * {@code SourceRef} holds the element, annotation mirror and value a message points at, opaque to
 * the model, validators and writers that carry it around.
 */
package dev.dynamorepo.processor.diag;
