/**
 * Stage 4 of 4, write: renders a valid {@link dev.dynamorepo.processor.model.EntityModel} as two
 * JavaPoet files, {@code <Entity>Schema} (attribute constants, the runtime schema and direct
 * item mapping code, no reflection) and {@code <Entity>Repository} (typed key methods). Output is
 * deterministic: declaration order, no dates, fixed indent. Each file has exactly one originating
 * element, the entity, so Gradle can treat the processor as isolating.
 */
package dev.dynamorepo.processor.write;
