package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ExpressionContext;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem, whole: a whole-item update or upsert and a partial update are each prepared once
 * (encoded, lifecycle, version check and increment, checks, the update expression and condition
 * rendered into one set of placeholders) and sent alone (ReturnValues=ALL_NEW) or as a
 * transaction item. An update with nothing to write (a key-only entity) becomes a condition check
 * in a transaction.
 */
public final class UpdateItem {
  private UpdateItem() {}

  /** A prepared update: the request parts, the item it stores (null for a partial update), and what it expects stored. */
  private record Prepared(Spec spec, Map<String, AttributeValue> item, Refusal refusal) {}

  /**
   * Writes a whole entity: a strict update (the item must exist) or an upsert.
   *
   * @param context the table
   * @param runner sync or async
   * @param entity the new state
   * @param condition the caller's condition, or null
   * @param strict the item must exist
   * @param replace null attributes are removed (a strict update, or an upsert with NullPolicy.REMOVE)
   * @param <E> the entity type
   * @return the stored entity
   */
  public static <E> CompletableFuture<E> whole(TableContext<E> context, Runner runner, E entity, Expr condition,
      boolean strict, boolean replace) {
    return Futures.defer(() -> {
      Prepared whole = prepareWhole(context, entity, condition, strict, replace);
      CompletableFuture<E> update = runner.run(of(whole.spec(), whole.refusal()).map(context.schema()::fromItem));
      // A whole-item write is known in full: a refused retry whose stored item is exactly what this
      // call wrote (a strict update: nothing else; an upsert: at least that) was this call's write.
      boolean exact = strict && context.schema().createdAt() == null;
      return Items.ownWrite(update, stored -> Items.covers(stored, whole.item(), exact), context.schema()::fromItem);
    });
  }

  /**
   * The same whole-entity write as a transaction action.
   *
   * @param context the table
   * @param entity the new state
   * @param condition the caller's condition, or null
   * @param strict the item must exist
   * @param replace null attributes are removed
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction wholeAction(TableContext<E> context, E entity, Expr condition, boolean strict,
      boolean replace) {
    Prepared whole = prepareWhole(context, entity, condition, strict, replace);
    return new WriteAction(context, whole.refusal(), whole.item(), transactItem(whole.spec()));
  }

  /**
   * A partial update of the named attributes; strict.
   *
   * @param context the table
   * @param runner sync or async
   * @param key the checked key attributes
   * @param clauses the actions
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the whole new item
   */
  public static <E> CompletableFuture<E> partial(TableContext<E> context, Runner runner, Map<String, AttributeValue> key,
      UpdateClauses clauses, Expr condition) {
    return Futures.defer(() -> runner.run(of(preparePartial(context, key, clauses, condition), Refusal.of("update", context.schema(), key))
        .map(context.schema()::fromItem)));
  }

  /**
   * The same partial update as a transaction action; a transaction does not return the new item.
   *
   * @param context the table
   * @param key the checked key attributes
   * @param clauses the actions
   * @param condition the caller's condition, or null
   * @param <E> the entity type
   * @return the action
   */
  public static <E> WriteAction partialAction(TableContext<E> context, Map<String, AttributeValue> key, UpdateClauses clauses,
      Expr condition) {
    return new WriteAction(context, Refusal.of("update", context.schema(), key), null,
        transactItem(preparePartial(context, key, clauses, condition)));
  }

  private static <E> Prepared prepareWhole(TableContext<E> context, E entity, Expr condition, boolean strict, boolean replace) {
    EntitySchema<E> schema = context.schema();
    Map<String, AttributeValue> item = context.encode(entity);
    Map<String, AttributeValue> key = Keys.fromItem(schema, context.table(), item);
    if (!replace) {
      refuseStaleIndexKey(context, item);
    }
    Expr created = context.lifecycle().onReplace(item);
    ItemChecks.checkItem(context.table(), item);
    Refusal refusal = Refusal.versioned(strict ? "update" : "upsert", schema, key, item);   // the held version, before advancing
    Expr version = Versions.advance(schema, item);
    Expr all = Expr.and(strict ? Expr.exists(context.partitionKeyName()) : null, Expr.and(version, condition));
    UpdateClauses clauses = UpdateClauses.replacing(schema, item, replace, schema.createdAt() == null ? null : schema.createdAt().name());
    if (created != null) {
      clauses.set(created);
    }
    return new Prepared(Spec.of(context.table(), key, clauses, all), item, refusal);
  }

  /**
   * An upsert keeps the stored value of a null attribute, so an index key template with a part
   * given and a part null cannot be composed from what the item will hold: refused before sending.
   */
  private static <E> void refuseStaleIndexKey(TableContext<E> context, Map<String, AttributeValue> item) {
    for (KeyTemplate<E> t : context.schema().templates()) {
      long given = t.components().stream().filter(c -> item.containsKey(c.name())).count();
      if (given > 0 && given < t.components().size()) {
        String missing = t.components().stream().filter(c -> !item.containsKey(c.name())).map(c -> c.name())
            .collect(java.util.stream.Collectors.joining(", "));
        throw new DynamoException("table '" + context.table() + "': upsert of "
            + Keys.describe(Keys.fromItem(context.schema(), context.table(), item)) + " cannot compose the index key '"
            + t.attribute() + "' (\"" + t + "\"): " + missing + " is null, and an upsert keeps the stored value; give every"
            + " part, or use update(entity) or upsert(Upsert.of(entity).nulls(NullPolicy.REMOVE)), which replace the item whole");
      }
    }
  }

  private static <E> Spec preparePartial(TableContext<E> context, Map<String, AttributeValue> key, UpdateClauses given,
      Expr condition) {
    if (given.isEmpty()) {
      throw new DynamoException("table '" + context.table() + "': partial update of " + Keys.describe(key)
          + " sets nothing; name at least one attribute with set(...), remove(...), add(...) or another action");
    }
    UpdateClauses clauses = given.copy();
    context.lifecycle().onPartial(clauses);
    Expr increment = Versions.increment(context.schema());
    if (increment != null) {
      clauses.add(increment);
    }
    return Spec.of(context.table(), key, clauses, Expr.and(Expr.exists(context.partitionKeyName()), condition));
  }

  /** The rendered parts shared by both forms. */
  record Spec(String table, Map<String, AttributeValue> key, String update, String condition,
      Map<String, String> names, Map<String, AttributeValue> values) {
    static Spec of(String table, Map<String, AttributeValue> key, UpdateClauses clauses, Expr condition) {
      ExpressionContext ctx = new ExpressionContext();
      String update = clauses.isEmpty() ? null : clauses.render(ctx);
      String rendered = Expr.render(condition, ctx);
      return new Spec(table, key, update, rendered, ctx.names(), ctx.values());
    }
  }

  static Call<UpdateItemRequest, UpdateItemResponse, Map<String, AttributeValue>> of(Spec spec, Refusal refusal) {
    UpdateItemRequest request = UpdateItemRequest.builder().tableName(spec.table()).key(spec.key())
        .updateExpression(spec.update()).conditionExpression(spec.condition()).returnValues(ReturnValue.ALL_NEW)
        .returnValuesOnConditionCheckFailure(allOld(spec.condition()))
        .expressionAttributeNames(spec.names()).expressionAttributeValues(spec.values()).build();
    return new Call<>(spec.table(), "UpdateItem", request, DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem,
        UpdateItemResponse::attributes, refusal);
  }

  static TransactWriteItem transactItem(Spec spec) {
    if (spec.update() == null) {
      return ConditionCheck.transactItem(spec.table(), spec.key(), spec.condition(), spec.names(), spec.values());
    }
    return TransactWriteItem.builder().update(Update.builder().tableName(spec.table()).key(spec.key())
        .updateExpression(spec.update()).conditionExpression(spec.condition()).expressionAttributeNames(spec.names())
        .expressionAttributeValues(spec.values()).returnValuesOnConditionCheckFailure(allOld(spec.condition())).build()).build();
  }

  /** ALL_OLD whenever there is a condition: the stored item tells a refused caller why (see {@link Refusal}). */
  static ReturnValuesOnConditionCheckFailure allOld(String condition) {
    return condition == null ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD;
  }
}
