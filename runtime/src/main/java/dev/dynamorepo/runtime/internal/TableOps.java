package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The operations of one repository: each builds its unit (checks first, so nothing is sent for
 * bad input) and runs it on the runner the caller chose. The same methods serve the sync
 * repository (sync runner, then join), the async one, and, through the {@code ...Action} methods, a
 * transaction.
 *
 * @param <E> the entity type
 */
public final class TableOps<E> {
  private final Engine engine;
  private final EntitySchema<E> schema;
  private final String table;
  private final String pk;
  private final AutoIncrement<E> autoIncrement;
  private final Lifecycle lifecycle;

  /**
   * The operations of a schema on a table.
   *
   * @param engine the connection's engine
   * @param schema the generated schema
   * @param table the physical table name
   */
  public TableOps(Engine engine, EntitySchema<E> schema, String table) {
    this.engine = engine;
    this.schema = schema;
    this.table = table;
    this.pk = schema.partitionKey().name();
    this.autoIncrement = schema.autoIncrement() == null ? null : new AutoIncrement<>(this, engine);
    this.lifecycle = new Lifecycle(schema, java.time.Clock.systemUTC());
  }

  Lifecycle lifecycle() {
    return lifecycle;
  }

  /** @return the schema */
  public EntitySchema<E> schema() {
    return schema;
  }

  /** @return the physical table name */
  public String table() {
    return table;
  }

  /** @return the engine */
  public Engine engine() {
    return engine;
  }

  AutoIncrement<E> autoIncrement() {
    return autoIncrement;
  }

  String partitionKeyName() {
    return pk;
  }

  /**
   * Creates the table (and an auto-increment entity's counter), waiting until it is active, and
   * enables the table's TTL attribute (in a single-table design, the one any of its entities
   * declares); on an existing table, adds the global indexes it lacks.
   *
   * @param runner sync or async
   * @param options billing and tags
   * @return completes when the table is usable
   */
  public CompletableFuture<Void> createTable(Runner runner, dev.dynamorepo.runtime.TableOptions options) {
    return Futures.defer(() -> {
      CompletableFuture<Void> created = new Tables(runner).create(schema, table, options)
          .thenCompose(v -> schema.tableTimeToLive() == null ? CompletableFuture.completedFuture(null)
              : new Tables(runner).enableTimeToLive(table, schema.tableTimeToLive()));
      return autoIncrement == null ? created : created.thenCompose(v -> autoIncrement.initCounter(runner));
    });
  }

  /**
   * Creates the counter table and item of an auto-increment entity.
   *
   * @param runner sync or async
   * @return completes when the counter exists
   */
  public CompletableFuture<Void> initCounter(Runner runner) {
    return Futures.defer(() -> {
      if (autoIncrement == null) {
        throw new DynamoException("table '" + table + "': initCounter needs an @AutoIncrement partition key, and "
            + schema.entityType().getSimpleName() + " has none");
      }
      return autoIncrement.initCounter(runner);
    });
  }

  /**
   * GetItem, of the whole item or of a projection (a ProjectionExpression of its attributes).
   *
   * @param runner sync or async
   * @param key the checked key attributes
   * @param consistency eventual or strong
   * @param projection the projection, or null for the entity
   * @param <P> the result type
   * @return the entity or projection, or empty
   */
  public <P> CompletableFuture<Optional<P>> get(Runner runner, Map<String, AttributeValue> key, ReadConsistency consistency,
      dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return Futures.defer(() -> runner.run(GetItem.of(table, key, consistency == ReadConsistency.STRONG, decoder(projection),
        projection)));
  }

  /** How items are read as {@code P}: the projection's decoder, or the entity's when there is none ({@code P} is {@code E}). */
  @SuppressWarnings("unchecked")
  public <P> Function<Map<String, AttributeValue>, P> decoder(dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return projection == null ? item -> (P) schema.fromItem(item) : item -> schema.fromItem(item, projection);
  }

  /**
   * BatchGetItem in chunks of 100, unprocessed keys retried; of whole items or of a projection
   * (plus the key attributes, to order the results).
   *
   * @param runner sync or async
   * @param keys the checked keys
   * @param consistency eventual or strong
   * @param projection the projection, or null for the entity
   * @param <P> the result type
   * @return the items that exist, in key order
   */
  public <P> CompletableFuture<List<P>> getAll(Runner runner, List<Map<String, AttributeValue>> keys, ReadConsistency consistency,
      dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    return Futures.defer(() -> new BatchGet<>(this, runner, decoder(projection), projection)
        .getAll(keys, consistency == ReadConsistency.STRONG));
  }

  /**
   * The create-only put; a null auto-increment key takes the next id.
   *
   * @param runner sync or async
   * @param entity the new item
   * @return the stored entity
   */
  public CompletableFuture<E> put(Runner runner, E entity) {
    return Futures.defer(() -> {
      Map<String, AttributeValue> item = encode(entity);
      Versions.initial(schema, item);
      lifecycle.onCreate(item);
      if (autoIncrement != null && item.get(pk) == null) {
        return autoIncrement.put(runner, item);
      }
      Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
      ItemChecks.checkItem(table, item);
      // Decoded from what is stored, so what put returns is what get returns (empty sets, ids, timestamps).
      E result = schema.fromItem(item);
      CompletableFuture<E> put = runner.run(PutItem.of(table, pk, item, Refusal.put(schema, key)).map(r -> result));
      return ownWrite(put, stored -> Items.covers(stored, item, true), stored -> result);
    });
  }

  /**
   * A whole-item update (strict) or upsert.
   *
   * @param runner sync or async
   * @param entity the new state
   * @param condition the caller's condition, or null
   * @param strict the item must exist
   * @return the stored entity
   */
  public CompletableFuture<E> update(Runner runner, E entity, Expr condition, boolean strict) {
    return Futures.defer(() -> {
      Whole whole = wholeUpdate(entity, condition, strict, strict);
      return runUpdate(runner, whole, strict && schema.createdAt() == null);
    });
  }

  /**
   * An upsert whose null attributes are removed from the stored item (a whole replace that
   * creates the item when missing), instead of keeping their stored values.
   *
   * @param runner sync or async
   * @param entity the state to write
   * @param condition the caller's condition, or null
   * @return the stored entity
   */
  public CompletableFuture<E> upsertRemovingNulls(Runner runner, E entity, Expr condition) {
    return Futures.defer(() -> {
      Whole whole = wholeUpdate(entity, condition, false, true);
      return runUpdate(runner, whole, false);
    });
  }

  /**
   * A partial update of the named attributes; strict.
   *
   * @param runner sync or async
   * @param key the checked key attributes
   * @param clauses the actions
   * @param condition the caller's condition, or null
   * @return the whole new item
   */
  public CompletableFuture<E> partialUpdate(Runner runner, Map<String, AttributeValue> key, UpdateClauses clauses, Expr condition) {
    return Futures.defer(() -> runUpdate(runner, new Whole(partial(key, clauses, condition), null,
        Refusal.of("update", schema, key)), true));
  }

  /**
   * DeleteItem, optionally conditioned.
   *
   * @param runner sync or async
   * @param key the checked key attributes
   * @param condition the caller's condition, or null
   * @return the old item, if there was one
   */
  public CompletableFuture<Optional<E>> delete(Runner runner, Map<String, AttributeValue> key, Expr condition) {
    return Futures.defer(() -> delete(runner, key, condition, Refusal.of("delete", schema, key)));
  }

  private CompletableFuture<Optional<E>> delete(Runner runner, Map<String, AttributeValue> key, Expr condition, Refusal refusal) {
    Retries retries = new Retries();
    CompletableFuture<DeleteItem.Deleted> call = runner.run(DeleteItem.of(table, key, condition, refusal, retries));
    return call.handle((deleted, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        boolean gone = cause.getCause() instanceof ConditionalCheckFailedException refused && !refused.hasItem();
        if (gone && retries.retried()) {
          throw lostDelete(key, cause);
        }
        throw (RuntimeException) cause;
      }
      if (deleted.old() == null && deleted.retried()) {
        throw lostDelete(key, null);
      }
      return deleted.old() == null ? Optional.<E>empty() : Optional.of(schema.fromItem(deleted.old()));
    });
  }

  private OutcomeUnknownException lostDelete(Map<String, AttributeValue> key, Throwable cause) {
    return new OutcomeUnknownException("table '" + table + "': DeleteItem of " + Keys.describe(key)
        + ": the item is gone, but an earlier attempt's response was lost, so it may have been this call that deleted it;"
        + " its old value is unknown", cause, null);
  }

  /**
   * Deletes the item an entity names, conditioned on its version when it has one.
   *
   * @param runner sync or async
   * @param entity the entity as read
   * @param condition the caller's condition, or null
   * @return the old item, if there was one
   */
  public CompletableFuture<Optional<E>> deleteEntity(Runner runner, E entity, Expr condition) {
    return Futures.defer(() -> {
      Map<String, AttributeValue> item = encode(entity);
      Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
      return delete(runner, key, Expr.and(Versions.held(schema, item), condition), Refusal.versioned("delete", schema, key, item));
    });
  }

  /**
   * Deletes many items, one DeleteItem each (the old items are wanted), at most
   * {@link Fanout#IN_FLIGHT} at once.
   *
   * @param runner sync or async
   * @param keys the checked keys
   * @return the old items that existed, in input order
   */
  public CompletableFuture<List<E>> deleteAll(Runner runner, List<Map<String, AttributeValue>> keys) {
    return Futures.defer(() -> Fanout.all(keys, key -> delete(runner, key, null)).handle((results, error) -> {
      if (error != null) {
        throw bulkFailure("DeleteItem (deleteAll)", keys, Futures.unwrap(error));
      }
      List<E> old = new ArrayList<>();
      results.forEach(r -> r.ifPresent(old::add));
      return old;
    }));
  }

  /** Says, per key, what a many-item write that stopped part-way did. */
  private RuntimeException bulkFailure(String operation, List<Map<String, AttributeValue>> keys, Throwable error) {
    if (!(error instanceof Fanout.Failure failure)) {
      return (RuntimeException) error;
    }
    List<dev.dynamorepo.runtime.BulkWriteException.Done> done = new ArrayList<>();
    List<Map<String, AttributeValue>> notDone = new ArrayList<>();
    List<Map<String, AttributeValue>> unknown = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Throwable e = failure.errors[i];
      if (failure.finished[i] && e == null) {
        Object result = failure.results[i];
        done.add(new dev.dynamorepo.runtime.BulkWriteException.Done(keys.get(i),
            result instanceof Optional<?> o ? o.orElse(null) : result));
      } else if (e instanceof OutcomeUnknownException) {
        unknown.add(keys.get(i));
      } else {
        notDone.add(keys.get(i));
      }
    }
    Throwable first = failure.getCause();
    return new dev.dynamorepo.runtime.BulkWriteException("table '" + table + "': " + operation + " stopped after the first failure: "
        + done.size() + " of " + keys.size() + " done, " + notDone.size() + " not done, " + unknown.size()
        + " with an unknown outcome; first failure: " + first.getMessage(), first, done, notDone, unknown);
  }


  /**
   * The create-only put as a transaction action; a null auto-increment key waits for its id.
   *
   * @param entity the new item
   * @return the action
   */
  public WriteAction putAction(E entity) {
    Map<String, AttributeValue> item = encode(entity);
    Versions.initial(schema, item);
    lifecycle.onCreate(item);
    if (autoIncrement != null && item.get(pk) == null) {
      ItemChecks.checkItem(table, autoIncrement.withId(item, java.math.BigInteger.ONE));
      return new WriteAction(this, Refusal.put(schema, null), item, null);
    }
    Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
    ItemChecks.checkItem(table, item);
    return new WriteAction(this, Refusal.put(schema, key), item, PutItem.transactItem(table, pk, item));
  }

  /**
   * A whole-item update (strict) or upsert as a transaction action, made by the same code as the
   * single call.
   *
   * @param entity the new state
   * @param condition the caller's condition, or null
   * @param strict the item must exist
   * @param replace null attributes are removed (a strict update, or an upsert with NullPolicy.REMOVE)
   * @return the action
   */
  public WriteAction updateAction(E entity, Expr condition, boolean strict, boolean replace) {
    Whole whole = wholeUpdate(entity, condition, strict, replace);
    return new WriteAction(this, whole.refusal(), whole.item(), UpdateItem.transactItem(whole.spec()));
  }

  /**
   * A delete by key as a transaction action.
   *
   * @param key the checked key attributes
   * @param condition the caller's condition, or null
   * @return the action
   */
  public WriteAction deleteAction(Map<String, AttributeValue> key, Expr condition) {
    return new WriteAction(this, Refusal.of("delete", schema, key), null, DeleteItem.transactItem(table, key, condition));
  }

  /**
   * A delete of the item an entity names, conditioned on its version, as a transaction action.
   *
   * @param entity the entity as read
   * @param condition the caller's condition, or null
   * @return the action
   */
  public WriteAction deleteAction(E entity, Expr condition) {
    Map<String, AttributeValue> item = encode(entity);
    Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
    return new WriteAction(this, Refusal.versioned("delete", schema, key, item), null,
        DeleteItem.transactItem(table, key, Expr.and(Versions.held(schema, item), condition)));
  }

  /**
   * A condition on an item the transaction does not write.
   *
   * @param key the checked key attributes
   * @param condition the condition
   * @return the action
   */
  public WriteAction conditionCheckAction(Map<String, AttributeValue> key, Expr condition) {
    return new WriteAction(this, Refusal.of("conditionCheck", schema, key), null, ConditionCheck.transactItem(table, key, condition));
  }

  /**
   * The transaction item of a partial update; a transaction does not return the new item.
   *
   * @param key the checked key attributes
   * @param clauses the actions
   * @param condition the caller's condition, or null
   * @return the action
   */
  public WriteAction partialUpdateAction(Map<String, AttributeValue> key, UpdateClauses clauses, Expr condition) {
    return new WriteAction(this, Refusal.of("update", schema, key), null, UpdateItem.transactItem(partial(key, clauses, condition)));
  }

  /** An update: the request parts, the item it stores (null for a partial update), and what it expects stored. */
  private record Whole(UpdateItem.Spec spec, Map<String, AttributeValue> item, Refusal refusal) {}

  private Whole wholeUpdate(E entity, Expr condition, boolean strict, boolean removeNulls) {
    Map<String, AttributeValue> item = encode(entity);
    Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
    if (!removeNulls) {
      refuseStaleIndexKey(item);
    }
    Expr created = lifecycle.onReplace(item);
    ItemChecks.checkItem(table, item);
    Refusal refusal = Refusal.versioned(strict ? "update" : "upsert", schema, key, item);   // the held version, before advancing
    Expr version = Versions.advance(schema, item);
    Expr all = Expr.and(strict ? Expr.exists(pk) : null, Expr.and(version, condition));
    UpdateClauses clauses = UpdateClauses.replacing(schema, item, removeNulls,
        schema.createdAt() == null ? null : schema.createdAt().name());
    if (created != null) {
      clauses.set(created);
    }
    return new Whole(UpdateItem.Spec.of(table, key, clauses, all), item, refusal);
  }

  /**
   * An upsert keeps the stored value of a null attribute, so an index key template with a part
   * given and a part null cannot be composed from what the item will hold: refused before sending.
   */
  private void refuseStaleIndexKey(Map<String, AttributeValue> item) {
    for (KeyTemplate<E> t : schema.templates()) {
      long given = t.components().stream().filter(c -> item.containsKey(c.name())).count();
      if (given > 0 && given < t.components().size()) {
        String missing = t.components().stream().filter(c -> !item.containsKey(c.name())).map(c -> c.name())
            .collect(java.util.stream.Collectors.joining(", "));
        throw new DynamoException("table '" + table + "': upsert of " + Keys.describe(Keys.fromItem(schema, table, item))
            + " cannot compose the index key '" + t.attribute() + "' (\"" + t + "\"): " + missing
            + " is null, and an upsert keeps the stored value; give every part, or use update(entity) or"
            + " upsert(entity, NullPolicy.REMOVE), which replace the item whole");
      }
    }
  }

  private UpdateItem.Spec partial(Map<String, AttributeValue> key, UpdateClauses given, Expr condition) {
    if (given.isEmpty()) {
      throw new DynamoException("table '" + table + "': partial update of " + Keys.describe(key)
          + " sets nothing; name at least one attribute with set(...), remove(...), add(...) or another action");
    }
    UpdateClauses clauses = given.copy();
    lifecycle.onPartial(clauses);
    Expr increment = Versions.increment(schema);
    if (increment != null) {
      clauses.add(increment);
    }
    return UpdateItem.Spec.of(table, key, clauses, Expr.and(Expr.exists(pk), condition));
  }

  private CompletableFuture<E> runUpdate(Runner runner, Whole whole, boolean strict) {
    Map<String, AttributeValue> item = whole.item();
    CompletableFuture<E> update = runner.run(UpdateItem.of(whole.spec(), whole.refusal()).map(schema::fromItem));
    // A whole-item write is known in full: a refused retry whose stored item is exactly what this
    // call wrote (a strict update: nothing else; an upsert: at least that) was this call's write.
    return item == null ? update : ownWrite(update, stored -> Items.covers(stored, item, strict), schema::fromItem);
  }

  /**
   * A conditional write refused with the stored item (ReturnValuesOnConditionCheckFailure=ALL_OLD)
   * that {@code mine} recognises as this call's own write: the SDK retried after the first
   * attempt's response was lost, and the first attempt succeeded.
   */
  private <T> CompletableFuture<T> ownWrite(CompletableFuture<T> call, Predicate<Map<String, AttributeValue>> mine,
      Function<Map<String, AttributeValue>, T> result) {
    return call.handle((value, error) -> {
      if (error == null) {
        return value;
      }
      Throwable cause = Futures.unwrap(error);
      // Only a retried request can have been refused by its own first attempt (the SDK counts attempts).
      if ((cause instanceof ConflictException || cause instanceof OutcomeUnknownException)
          && cause.getCause() instanceof ConditionalCheckFailedException refused
          && Retries.of(refused) && refused.hasItem() && mine.test(refused.item())) {
        return result.apply(refused.item());
      }
      throw (RuntimeException) cause;
    });
  }

  /** Encodes an entity; a value the codecs refuse is reported with the table. */
  Map<String, AttributeValue> encode(E entity) {
    java.util.Objects.requireNonNull(entity, "entity");
    try {
      return schema.toItem(entity);
    } catch (DynamoException e) {
      throw new DynamoException("table '" + table + "': " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new DynamoException("table '" + table + "': the " + schema.entityType().getSimpleName()
          + " cannot be encoded: " + e, e);
    }
  }

  /**
   * Refuses a key made for another entity.
   *
   * @param keySchema the schema the key was made with
   * @param key the key, for the message
   */
  public void checkKey(EntitySchema<?> keySchema, Object key) {
    if (keySchema != schema) {
      throw new DynamoException("table '" + table + "': the key " + key + " belongs to " + keySchema.entityType().getSimpleName()
          + " (table '" + keySchema.tableName() + "'), not " + schema.entityType().getSimpleName());
    }
  }
}
