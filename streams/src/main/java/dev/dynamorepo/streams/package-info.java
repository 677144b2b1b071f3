/**
 * Typed changes from DynamoDB Streams: {@link dev.dynamorepo.streams.ChangeDecoder} turns SDK v2
 * stream records and AWS Lambda {@code DynamodbEvent} records into {@link dev.dynamorepo.streams.Change}s
 * of a generated entity, and {@link dev.dynamorepo.streams.StreamReader} reads a table's stream.
 *
 * <pre>{@code
 * ChangeDecoder<Order> decoder = ChangeDecoder.of(OrderSchema.SCHEMA);
 * for (Change<Order> change : decoder.lambda().decodeAll(event)) {
 *   change.newImage().ifPresent(order -> index(order));
 * }
 * }</pre>
 *
 * <p>The Lambda events library ({@code com.amazonaws:aws-lambda-java-events}) is an optional
 * dependency: only {@link dev.dynamorepo.streams.LambdaChangeDecoder} uses it, and
 * code that calls only the SDK methods compiles and runs without it.
 */
package dev.dynamorepo.streams;
