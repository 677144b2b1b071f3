/**
 * Stage 2 of 3, validate: judges the model against DynamoDB's and dynamo-repo's rules and adds one
 * error per problem to a {@link dev.dynamorepo.processor.diag.Report}, pointing at the annotation
 * that causes it. One entry point per processor:
 * {@link dev.dynamorepo.processor.validate.EntityValidator} (an entity and its nested types),
 * {@link dev.dynamorepo.processor.validate.TableChecks} (a single-table design as a whole; each
 * entity's part in it is {@code SingleTableChecks}, run by the entity validator) and
 * {@link dev.dynamorepo.processor.validate.ProjectionChecks} (a projection against its entity).
 * Every check runs even after others failed, so one compilation shows every mistake.
 */
package dev.dynamorepo.processor.validate;
