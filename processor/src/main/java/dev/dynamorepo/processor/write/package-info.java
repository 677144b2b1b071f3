/**
 * Stage 3 of 3, write: renders a valid model as JavaPoet files, through one entry point,
 * {@link dev.dynamorepo.processor.write.SourceWriter}: an entity's {@code <Entity>Schema}
 * (attribute constants, the runtime schema and direct item mapping code, no reflection),
 * {@code <Entity>Repository} and {@code <Entity>AsyncRepository} (typed key methods); a
 * single-table design's {@code <Table>Schema} and {@code <Table>Table}; a projection's
 * {@code <Projection>Schema}. Output is deterministic: declaration order, no dates, fixed indent.
 * An entity's files have exactly one originating element, the entity, so Gradle can treat its
 * processor as isolating; a design's files name every entity it permits (aggregating).
 */
package dev.dynamorepo.processor.write;
