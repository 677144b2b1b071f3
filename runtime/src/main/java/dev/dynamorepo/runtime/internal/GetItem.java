package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.ExpressionContext;
import dev.dynamorepo.runtime.support.ProjectionSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem: one item by key, decoded, or empty. */
public final class GetItem {
  private GetItem() {}

  /**
   * Reads one item, whole or as a projection (a ProjectionExpression of its attributes).
   *
   * @param context the table
   * @param runner sync or async
   * @param key the checked key attributes
   * @param consistency eventual or strong
   * @param projection the projection, or null for the entity
   * @param <E> the entity type
   * @param <P> the result type
   * @return the entity or projection, or empty
   */
  public static <E, P> CompletableFuture<Optional<P>> run(TableContext<E> context, Runner runner, Map<String, AttributeValue> key,
      dev.dynamorepo.runtime.ReadConsistency consistency, ProjectionSchema<E, P> projection) {
    return Futures.defer(() -> runner.run(of(context.table(), key, consistency == dev.dynamorepo.runtime.ReadConsistency.STRONG,
        context.decoder(projection), projection)));
  }

  static <E> Call<GetItemRequest, GetItemResponse, Optional<E>> of(String table, Map<String, AttributeValue> key,
      boolean consistent, Function<Map<String, AttributeValue>, E> decode, ProjectionSchema<?, ?> projection) {
    GetItemRequest.Builder b = GetItemRequest.builder().tableName(table).key(key).consistentRead(consistent ? Boolean.TRUE : null);
    if (projection != null) {
      ExpressionContext ctx = new ExpressionContext();
      b.projectionExpression(projection.expression(ctx, List.of())).expressionAttributeNames(ctx.names());
    }
    GetItemRequest request = b.build();
    return new Call<>(table, "GetItem", request, DynamoDbClient::getItem, DynamoDbAsyncClient::getItem,
        r -> r.hasItem() && !r.item().isEmpty() ? Optional.of(decode.apply(r.item())) : Optional.empty(), null);
  }
}
