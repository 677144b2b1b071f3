/**
 * Stage 3 of 4, validate: judges an {@link dev.dynamorepo.processor.model.EntityModel} against
 * DynamoDB's and dynamo-repo's rules and adds one error per problem to the entity's
 * {@link dev.dynamorepo.processor.diag.Report}, pointing at the annotation that causes it. Every
 * check runs even after others failed, so one compilation shows every mistake.
 */
package dev.dynamorepo.processor.validate;
