/**
 * The annotations that turn a record or JavaBean into a DynamoDB entity.
 *
 * <p>Put {@link dev.dynamorepo.annotations.Table} on the type and
 * {@link dev.dynamorepo.annotations.PartitionKey} on one attribute; the dynamo-repo annotation
 * processor checks the entity while {@code javac} runs and generates {@code <Entity>Schema} and
 * {@code <Entity>Repository} next to it.
 *
 * <pre>{@code
 * @Table(name = "orders")
 * public record Order(@PartitionKey String customerId, @SortKey String orderId, long totalCents) {}
 * }</pre>
 *
 * <p>Attribute annotations go on a record component, a field, or a JavaBean getter. All
 * annotations have CLASS retention: nothing reads them at run time.
 */
package dev.dynamorepo.annotations;
