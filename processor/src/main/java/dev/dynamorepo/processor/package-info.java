/**
 * The dynamo-repo annotation processors: three thin shells javac loads, each running its types
 * through the same stages, one package each: {@code read} (elements to model), {@code validate}
 * (model to errors), {@code write} (model to Java files), with {@code model} the records passed
 * between them and {@code diag} carrying messages and positions.
 *
 * <ul>
 *   <li>{@link dev.dynamorepo.processor.EntityProcessor} (isolating): each {@code @Table} class
 *       and {@code @Entity} type, to {@code <Entity>Schema}, {@code <Entity>Repository} and
 *       {@code <Entity>AsyncRepository};
 *   <li>{@link dev.dynamorepo.processor.TableProcessor} (aggregating): each {@code @Table} sealed
 *       interface, a single-table design, to {@code <Table>Schema} and {@code <Table>Table};
 *   <li>{@link dev.dynamorepo.processor.ProjectionProcessor} (aggregating): each
 *       {@code @Projection} record, to {@code <Projection>Schema}.
 * </ul>
 *
 * <p>{@code Rounds} is their one round loop: it defers a type whose read meets a type javac has
 * not resolved yet to a later round, reports it only when processing is over, and reports a crash
 * on its type. A type with errors gets no files; the others still do. Nothing but the three shells
 * is API; the stages' entry points are public only because Java packages require it.
 */
package dev.dynamorepo.processor;
