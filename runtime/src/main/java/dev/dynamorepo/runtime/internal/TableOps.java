package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The operations of one repository: each builds its unit (checks first, so nothing is sent for
 * bad input) and runs it on the runner the caller chose. The same methods serve the sync
 * repository (sync runner, then join), the async one, and, through {@link #writeAction}, a
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
   * Creates the table (and an auto-increment entity's counter), waiting until it is active.
   *
   * @param runner sync or async
   * @return completes when the table is usable
   */
  public CompletableFuture<Void> createTable(Runner runner) {
    return Futures.defer(() -> {
      CompletableFuture<Void> created = new Tables(runner).create(schema, table);
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
   * GetItem.
   *
   * @param runner sync or async
   * @param key the checked key attributes
   * @param consistency eventual or strong
   * @return the item, or empty
   */
  public CompletableFuture<Optional<E>> get(Runner runner, Map<String, AttributeValue> key, ReadConsistency consistency) {
    return Futures.defer(() -> runner.run(GetItem.of(table, key, consistency == ReadConsistency.STRONG, schema::fromItem)));
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
      Map<String, AttributeValue> item = schema.toItem(entity);
      boolean changed = Versions.initial(schema, item);
      if (autoIncrement != null && item.get(pk) == null) {
        return autoIncrement.put(runner, item);
      }
      Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
      ItemChecks.checkItem(table, item);
      E result = changed ? schema.fromItem(item) : entity;
      return runner.run(PutItem.of(table, pk, item, "an item with key " + Keys.describe(key) + " exists already")
          .map(r -> result));
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
    return Futures.defer(() -> runUpdate(runner, wholeUpdate(entity, condition, strict).spec(), strict ? "update" : "upsert"));
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
    return Futures.defer(() -> runUpdate(runner, partial(key, clauses, condition), "update"));
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
    return Futures.defer(() -> runner.run(DeleteItem.of(table, key, condition, "the condition on " + Keys.describe(key) + " failed")
        .map(old -> old == null ? Optional.<E>empty() : Optional.of(schema.fromItem(old)))));
  }

  /**
   * Deletes the item an entity names, conditioned on its version when it has one.
   *
   * @param runner sync or async
   * @param entity the entity as read
   * @return the old item, if there was one
   */
  public CompletableFuture<Optional<E>> deleteEntity(Runner runner, E entity) {
    return Futures.defer(() -> {
      Map<String, AttributeValue> item = schema.toItem(entity);
      return delete(runner, Keys.fromItem(schema, table, item), Versions.held(schema, item));
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
    return Futures.defer(() -> Fanout.all(keys, key -> delete(runner, key, null)).thenApply(results -> {
      List<E> old = new ArrayList<>();
      results.forEach(r -> r.ifPresent(old::add));
      return old;
    }));
  }

  /**
   * BatchGetItem in chunks of 100, unprocessed keys retried.
   *
   * @param runner sync or async
   * @param keys the checked keys
   * @param consistency eventual or strong
   * @return the items that exist, in key order
   */
  public CompletableFuture<List<E>> getAll(Runner runner, List<Map<String, AttributeValue>> keys, ReadConsistency consistency) {
    return Futures.defer(() -> new BatchGet<>(this, runner).getAll(keys, consistency == ReadConsistency.STRONG));
  }

  /**
   * The transaction item of a write, made by the same code as the single call.
   *
   * @param kind put, update, upsert, delete or conditionCheck
   * @param entity the entity (put, update, upsert, delete by entity), or null
   * @param key the key (delete by key, conditionCheck), or null
   * @param condition the caller's condition, or null
   * @return the action
   */
  public WriteAction writeAction(String kind, E entity, Map<String, AttributeValue> key, Expr condition) {
    switch (kind) {
      case "put":
        return putAction(entity);
      case "update":
      case "upsert":
        Whole whole = wholeUpdate(entity, condition, kind.equals("update"));
        return new WriteAction(this, kind, whole.spec().key(), whole.item(), UpdateItem.transactItem(whole.spec()));
      case "delete":
        Map<String, AttributeValue> item = entity == null ? null : schema.toItem(entity);
        Map<String, AttributeValue> k = item == null ? key : Keys.fromItem(schema, table, item);
        Expr all = item == null ? condition : Expr.and(Versions.held(schema, item), condition);
        return new WriteAction(this, kind, k, null, DeleteItem.transactItem(table, k, all));
      case "conditionCheck":
        return new WriteAction(this, kind, key, null, ConditionCheck.transactItem(table, key, condition));
      default:
        throw new IllegalArgumentException(kind);
    }
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
    return new WriteAction(this, "update", key, null, UpdateItem.transactItem(partial(key, clauses, condition)));
  }

  private WriteAction putAction(E entity) {
    Map<String, AttributeValue> item = schema.toItem(entity);
    Versions.initial(schema, item);
    if (autoIncrement != null && item.get(pk) == null) {
      ItemChecks.checkItem(table, autoIncrement.withId(item, java.math.BigInteger.ONE));
      return new WriteAction(this, "put", null, item, null);
    }
    Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
    ItemChecks.checkItem(table, item);
    return new WriteAction(this, "put", key, item, PutItem.transactItem(table, pk, item));
  }

  /** A whole-item update: the request parts and the item it stores. */
  private record Whole(UpdateItem.Spec spec, Map<String, AttributeValue> item) {}

  private Whole wholeUpdate(E entity, Expr condition, boolean strict) {
    Map<String, AttributeValue> item = schema.toItem(entity);
    Map<String, AttributeValue> key = Keys.fromItem(schema, table, item);
    ItemChecks.checkItem(table, item);
    Expr version = Versions.advance(schema, item);
    Expr all = Expr.and(strict ? Expr.exists(pk) : null, Expr.and(version, condition));
    return new Whole(UpdateItem.Spec.of(table, key, UpdateClauses.replacing(schema, item, strict), all), item);
  }

  private UpdateItem.Spec partial(Map<String, AttributeValue> key, UpdateClauses given, Expr condition) {
    if (given.isEmpty()) {
      throw new DynamoException("table '" + table + "': partial update of " + Keys.describe(key)
          + " sets nothing; name at least one attribute with set(...), remove(...), add(...) or another action");
    }
    UpdateClauses clauses = given.copy();
    Expr increment = Versions.increment(schema);
    if (increment != null) {
      clauses.add(increment);
    }
    return UpdateItem.Spec.of(table, key, clauses, Expr.and(Expr.exists(pk), condition));
  }

  private CompletableFuture<E> runUpdate(Runner runner, UpdateItem.Spec spec, String action) {
    String conflict = action + " of " + Keys.describe(spec.key()) + ": " + ("upsert".equals(action)
        ? "the condition failed" : "the item does not exist or the condition failed");
    return runner.run(UpdateItem.of(spec, conflict).map(schema::fromItem));
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
