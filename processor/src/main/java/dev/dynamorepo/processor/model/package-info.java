/**
 * The model between the stages: plain immutable records that say everything the later stages need
 * to know and the facts the validators judge. {@link dev.dynamorepo.processor.model.EntityModel}
 * (an entity: keys, attributes, their value types, nested types, and for an {@code @Entity} its
 * {@link dev.dynamorepo.processor.model.SingleTableModel}),
 * {@link dev.dynamorepo.processor.model.TableModel} (a single-table design: its
 * {@link dev.dynamorepo.processor.model.TableLayout} and entities) and
 * {@link dev.dynamorepo.processor.model.ProjectionModel} (a projection and its entity). Built by
 * {@code read}, checked by {@code validate}, rendered by {@code write}. Types are JavaPoet
 * {@code TypeName}s; source positions are opaque {@link dev.dynamorepo.processor.diag.SourceRef}s.
 * No {@code javax.lang.model} here.
 */
package dev.dynamorepo.processor.model;
