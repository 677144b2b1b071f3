/**
 * Stage 1 of 3, read: turns javac's elements and type mirrors into the model, one reader per
 * processor: {@link dev.dynamorepo.processor.read.EntityReader} (a {@code @Table} class or
 * {@code @Entity} type to an {@link dev.dynamorepo.processor.model.EntityModel}, with every nested
 * record and bean it reaches), {@link dev.dynamorepo.processor.read.TableReader} (a
 * {@code @Table} sealed interface to a {@link dev.dynamorepo.processor.model.TableModel}) and
 * {@link dev.dynamorepo.processor.read.ProjectionReader} (a {@code @Projection} to a
 * {@link dev.dynamorepo.processor.model.ProjectionModel}); the other classes are their parts.
 * It records facts (a bean has no setter, a set holds booleans) and never judges them; the
 * {@code validate} stage does. Annotations are read through their mirrors by name
 * ({@link dev.dynamorepo.processor.read.Names}), so the processor needs neither the annotations
 * nor the AWS SDK on its own classpath. A type javac could not resolve stops the read with
 * {@link dev.dynamorepo.processor.read.UnresolvedType}, so the shell can retry it in a later round.
 */
package dev.dynamorepo.processor.read;
