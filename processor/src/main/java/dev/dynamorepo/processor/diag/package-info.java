/**
 * Diagnostics, beside the stages: where a problem is ({@link dev.dynamorepo.processor.diag.SourceRef}),
 * what it is ({@link dev.dynamorepo.processor.diag.Messages}, every message of the three
 * processors), and the {@link dev.dynamorepo.processor.diag.Report} that collects one type's
 * problems and prints each exactly once.
 *
 * <p>Besides {@code read} and the shells, this is the only package that touches
 * {@code javax.lang.model} (the writers' JavaPoet {@code Modifier}s aside): a {@code SourceRef}
 * holds the element, annotation mirror and value a message points at, opaque to the model,
 * validators and writers that carry it around.
 */
package dev.dynamorepo.processor.diag;
