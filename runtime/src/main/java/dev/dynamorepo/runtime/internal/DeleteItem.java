package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * DeleteItem with an optional condition: alone (ReturnValues=ALL_OLD) or as a transaction item.
 * A retried delete that finds nothing may follow an attempt whose response was lost after it
 * deleted the item, so the unit also reports whether the SDK retried (its RETRY_COUNT metric, from
 * a publisher on this request alone).
 */
public final class DeleteItem {
  private DeleteItem() {}

  /**
   * Deletes by key, optionally conditioned.
   *
   * @param context the table
   * @param runner sync or async
   * @param key the checked key attributes
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the old item, if there was one
   */
  public static <E> CompletableFuture<Optional<E>> run(TableContext<E> context, Runner runner, Map<String, AttributeValue> key,
      Expr condition) {
    return Futures.defer(() -> send(context, runner, key, condition, Refusal.of("delete", context.schema(), key)));
  }

  /**
   * Deletes the item an entity names, conditioned on its version when it has one, and on the
   * caller's condition.
   *
   * @param context the table
   * @param runner sync or async
   * @param entity the entity as read
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the old item, if there was one
   */
  public static <E> CompletableFuture<Optional<E>> runEntity(TableContext<E> context, Runner runner, E entity, Expr condition) {
    return Futures.defer(() -> {
      Map<String, AttributeValue> item = context.encode(entity);
      Map<String, AttributeValue> key = Keys.fromItem(context.schema(), context.table(), item);
      return send(context, runner, key, Expr.and(Versions.held(context.schema(), item), condition),
          Refusal.versioned("delete", context.schema(), key, item));
    });
  }

  /**
   * A delete by key as a transaction action.
   *
   * @param context the table
   * @param key the checked key attributes
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction action(TableContext<E> context, Map<String, AttributeValue> key, Expr condition) {
    return new WriteAction(context, Refusal.of("delete", context.schema(), key), null, transactItem(context.table(), key, condition));
  }

  /**
   * A delete of the item an entity names, conditioned on its version, as a transaction action.
   *
   * @param context the table
   * @param entity the entity as read
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction entityAction(TableContext<E> context, E entity, Expr condition) {
    Map<String, AttributeValue> item = context.encode(entity);
    Map<String, AttributeValue> key = Keys.fromItem(context.schema(), context.table(), item);
    return new WriteAction(context, Refusal.versioned("delete", context.schema(), key, item), null,
        transactItem(context.table(), key, Expr.and(Versions.held(context.schema(), item), condition)));
  }

  /**
   * Deletes many items, one DeleteItem each (the old items are wanted), at most
   * {@link Fanout#IN_FLIGHT} at once.
   *
   * @param context the table
   * @param runner the runner whose calls overlap
   * @param keys the checked keys
   * @param <E> the entity type
   * @return the old items that existed, in input order
   */
  public static <E> CompletableFuture<List<E>> deleteAll(TableContext<E> context, Runner runner,
      List<Map<String, AttributeValue>> keys) {
    return Futures.defer(() -> Fanout.all(keys, key -> run(context, runner, key, null)).handle((results, error) -> {
      if (error != null) {
        throw bulkFailure(context.table(), keys, Futures.unwrap(error));
      }
      List<E> old = new ArrayList<>();
      results.forEach(r -> r.ifPresent(old::add));
      return old;
    }));
  }

  private static <E> CompletableFuture<Optional<E>> send(TableContext<E> context, Runner runner, Map<String, AttributeValue> key,
      Expr condition, Refusal refusal) {
    Retries retries = new Retries();
    CompletableFuture<Deleted> call = runner.run(of(context.table(), key, condition, refusal, retries));
    return call.handle((deleted, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        boolean gone = cause.getCause() instanceof ConditionalCheckFailedException refused && !refused.hasItem();
        if (gone && retries.retried()) {
          throw lostDelete(context.table(), key, cause);
        }
        throw (RuntimeException) cause;
      }
      if (deleted.old() == null && deleted.retried()) {
        throw lostDelete(context.table(), key, null);
      }
      return deleted.old() == null ? Optional.<E>empty() : Optional.of(context.schema().fromItem(deleted.old()));
    });
  }

  private static OutcomeUnknownException lostDelete(String table, Map<String, AttributeValue> key, Throwable cause) {
    return new OutcomeUnknownException("table '" + table + "': DeleteItem of " + Keys.describe(key)
        + ": the item is gone, but an earlier attempt's response was lost, so it may have been this call that deleted it;"
        + " its old value is unknown", cause, null);
  }

  /** Says, per key, what a many-item delete that stopped part-way did. */
  private static RuntimeException bulkFailure(String table, List<Map<String, AttributeValue>> keys, Throwable error) {
    if (!(error instanceof Fanout.Failure failure)) {
      return (RuntimeException) error;
    }
    List<BulkWriteException.Done> done = new ArrayList<>();
    List<Map<String, AttributeValue>> notDone = new ArrayList<>();
    List<Map<String, AttributeValue>> unknown = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Throwable e = failure.errors[i];
      if (failure.finished[i] && e == null) {
        Object result = failure.results[i];
        done.add(new BulkWriteException.Done(keys.get(i), result instanceof Optional<?> o ? o.orElse(null) : result));
      } else if (e instanceof OutcomeUnknownException) {
        unknown.add(keys.get(i));
      } else {
        notDone.add(keys.get(i));
      }
    }
    Throwable first = failure.getCause();
    return new BulkWriteException("table '" + table + "': DeleteItem (deleteAll) stopped after the first failure: "
        + done.size() + " of " + keys.size() + " done, " + notDone.size() + " not done, " + unknown.size()
        + " with an unknown outcome; first failure: " + first.getMessage(), first, done, notDone, unknown);
  }

  /** What a DeleteItem found: the old item (or null) and whether the SDK sent it more than once. */
  record Deleted(Map<String, AttributeValue> old, boolean retried) {}

  static Call<DeleteItemRequest, DeleteItemResponse, Deleted> of(String table, Map<String, AttributeValue> key, Expr condition,
      Refusal refusal, Retries retries) {
    ExpressionContext ctx = new ExpressionContext();
    String rendered = Expr.render(condition, ctx);
    DeleteItemRequest request = DeleteItemRequest.builder().tableName(table).key(key).returnValues(ReturnValue.ALL_OLD)
        .conditionExpression(rendered).expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values())
        .returnValuesOnConditionCheckFailure(UpdateItem.allOld(rendered))
        .overrideConfiguration(o -> o.addMetricPublisher(retries)).build();
    return new Call<>(table, "DeleteItem", request, DynamoDbClient::deleteItem, DynamoDbAsyncClient::deleteItem,
        r -> new Deleted(r.hasAttributes() && !r.attributes().isEmpty() ? r.attributes() : null, retries.retried()), refusal);
  }

  static TransactWriteItem transactItem(String table, Map<String, AttributeValue> key, Expr condition) {
    ExpressionContext ctx = new ExpressionContext();
    String rendered = Expr.render(condition, ctx);
    return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).conditionExpression(rendered)
        .expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values())
        .returnValuesOnConditionCheckFailure(UpdateItem.allOld(rendered)).build()).build();
  }
}
