/**
 * Stage 1 of 4, read: turns javac's elements and type mirrors for one {@code @Table} type into an
 * {@link dev.dynamorepo.processor.model.EntityModel}. It records facts (a bean has no setter, a
 * set holds booleans) and never judges them; the {@code validate} stage does. Annotations are read
 * through their mirrors by name, so the processor needs neither the annotations nor the AWS SDK
 * on its own classpath. A type javac could not resolve stops the read with
 * {@link dev.dynamorepo.processor.read.UnresolvedType}, so the entity can be retried in a later
 * round.
 */
package dev.dynamorepo.processor.read;
