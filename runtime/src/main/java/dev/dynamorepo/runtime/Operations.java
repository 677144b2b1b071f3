package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Errors;
import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The single-item operations of one repository: each builds one request (names and values as
 * placeholders), checks the input before sending, and translates the answer and errors.
 *
 * @param <E> the entity type
 */
final class Operations<E> {
  final DynamoDb dynamo;
  final DynamoDbClient client;
  final EntitySchema<E> schema;
  final String table;
  /** {@code attribute_not_exists(pk)}: fixed per table, so it is built once, not on every put. */
  private static final String CREATE_ONLY = "attribute_not_exists(#pk)";
  private final Map<String, String> createOnlyNames;
  private final Tables tables;
  private final BulkDelete<E> bulk;
  private final AutoIncrementPut<E> autoIncrement;

  Operations(DynamoDb dynamo, EntitySchema<E> schema) {
    this.dynamo = dynamo;
    this.client = dynamo.client();
    this.schema = schema;
    this.table = schema.tableName();
    this.createOnlyNames = Map.of("#pk", schema.partitionKey().name());
    this.tables = new Tables(client);
    this.bulk = new BulkDelete<>(this);
    this.autoIncrement = schema.autoIncrement() == null ? null : new AutoIncrementPut<>(this);
  }

  void createTable() {
    tables.create(schema);
    if (schema.autoIncrement() != null) {
      initCounter();
    }
  }

  void initCounter() {
    if (autoIncrement == null) {
      throw new DynamoException("table '" + table + "': initCounter needs an @AutoIncrement partition key, and "
          + schema.entityType().getSimpleName() + " has none");
    }
    autoIncrement.initCounter();
  }

  E put(E entity) {
    Map<String, AttributeValue> item = schema.toItem(entity); // a new mutable map: no copy needed
    boolean changed = Versions.initial(schema, item);
    if (autoIncrement != null && item.get(schema.partitionKey().name()) == null) {
      return autoIncrement.put(item);
    }
    Key<E> key = Keys.fromItem(schema, item);
    ItemChecks.checkItem(table, item);
    call("PutItem", () -> client.putItem(createOnlyPut(item)), "an item with key " + key + " exists already");
    return changed ? schema.fromItem(item) : entity;
  }

  E update(E entity, Condition<E> condition, boolean strict) {
    Map<String, AttributeValue> item = schema.toItem(entity);
    Key<E> key = Keys.fromItem(schema, item);
    ItemChecks.checkItem(table, item);
    Condition<E> versionCheck = Versions.advance(schema, item);
    ExpressionContext ctx = new ExpressionContext();
    UpdateItemRequest.Builder request = UpdateItemRequest.builder()
        .updateExpression(UpdateExpressions.replace(ctx, schema, item, strict));
    Condition<E> all = and(strict ? Conditions.exists(schema) : null, and(versionCheck, condition));
    return sendUpdate(request, ctx, key, all, strict ? "update" : "upsert");
  }

  E partialUpdate(Key<E> key, UpdateClauses given, Condition<E> condition) {
    checkTable(key);
    UpdateClauses clauses = given.copy();
    if (clauses.isEmpty()) {
      throw new DynamoException("table '" + table + "': partial update of " + key
          + " sets nothing; name at least one attribute with set(...), remove(...), add(...) or another action");
    }
    if (schema.version() != null) {
      AttributeValue one = AttributeValue.fromN("1");
      String version = schema.version().name();
      clauses.add.add(ctx -> ctx.name(version) + " " + ctx.value(one));
    }
    ExpressionContext ctx = new ExpressionContext();
    UpdateItemRequest.Builder request = UpdateItemRequest.builder().updateExpression(clauses.render(ctx));
    return sendUpdate(request, ctx, key, and(Conditions.exists(schema), condition), "update");
  }

  E deleteAttributes(Key<E> key, List<ValueAttribute<E, ?>> attributes) {
    if (attributes.isEmpty()) {
      throw new DynamoException("table '" + table + "': deleteAttributes of " + key + " names no attribute");
    }
    UpdateClauses clauses = new UpdateClauses();
    attributes.forEach(a -> clauses.remove.add(ctx -> ctx.path(a.path())));
    return partialUpdate(key, clauses, null);
  }

  Optional<E> get(Key<E> key, ReadConsistency consistency) {
    checkTable(key);
    GetItemResponse response = call("GetItem", () -> client.getItem(GetItemRequest.builder().tableName(table)
        .key(key.attributes()).consistentRead(consistency == ReadConsistency.STRONG).build()), null);
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(schema.fromItem(response.item())) : Optional.empty();
  }

  Optional<E> delete(Key<E> key, Condition<E> condition) {
    checkTable(key);
    DeleteItemRequest.Builder request = DeleteItemRequest.builder().tableName(table).key(key.attributes())
        .returnValues(ReturnValue.ALL_OLD);
    if (condition != null) {
      ExpressionContext ctx = new ExpressionContext();
      request.conditionExpression(condition.render(ctx)).expressionAttributeNames(ctx.names())
          .expressionAttributeValues(ctx.values());
    }
    var response = call("DeleteItem", () -> client.deleteItem(request.build()), "the condition on " + key + " failed");
    return response.hasAttributes() && !response.attributes().isEmpty()
        ? Optional.of(schema.fromItem(response.attributes())) : Optional.empty();
  }

  /** Deletes the item an entity names, conditioned on its version when it has one. */
  Optional<E> deleteEntity(E entity, Condition<E> condition) {
    Map<String, AttributeValue> item = schema.toItem(entity);
    Key<E> key = Keys.fromItem(schema, item);
    return delete(key, and(Versions.held(schema, item), condition));
  }

  List<E> deleteAll(Collection<Key<E>> keys) {
    keys.forEach(this::checkTable);
    return bulk.deleteAll(List.copyOf(keys));
  }

  List<E> getAll(Collection<Key<E>> keys, ReadConsistency consistency) {
    keys.forEach(this::checkTable);
    return new BatchGet<>(this).getAll(List.copyOf(keys), consistency == ReadConsistency.STRONG);
  }

  /** A query of the table (index null) or of a secondary index. */
  Query<E> query(String index, Object partitionValue, KeyCondition<E> sortCondition) {
    AttributePath<E, ?> hash = schema.partitionKey();
    AttributePath<E, ?> range = schema.sortKey();
    if (index != null) {
      EntitySchema.IndexSpec<E> spec = schema.indexes().stream().filter(i -> i.name().equals(index)).findFirst()
          .orElseThrow(() -> new DynamoException("table '" + table + "': no index named '" + index + "'"));
      hash = spec.global() ? spec.partitionKey() : hash;
      range = spec.sortKey();
    }
    AttributeValue value = Keys.encode(schema, hash, partitionValue, ItemChecks.MAX_PARTITION_KEY_BYTES);
    return new Query<>(this, index, hash.name(), value, range == null ? null : range.name(), sortCondition);
  }

  Stream<E> scan() {
    return Scans.items(this);
  }

  long count() {
    return Scans.count(this);
  }

  private E sendUpdate(UpdateItemRequest.Builder request, ExpressionContext ctx, Key<E> key,
      Condition<E> condition, String action) {
    if (condition != null) {
      request.conditionExpression(condition.render(ctx));
    }
    UpdateItemRequest built = request.tableName(table).key(key.attributes()).returnValues(ReturnValue.ALL_NEW)
        .expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values()).build();
    String conflict = action + " of " + key + ": " + ("upsert".equals(action)
        ? "the condition failed" : "the item does not exist or the condition failed");
    return schema.fromItem(call("UpdateItem", () -> client.updateItem(built), conflict).attributes());
  }

  /** A put that fails if the key exists: every put, plain, auto-increment or in a transaction. */
  PutItemRequest createOnlyPut(Map<String, AttributeValue> item) {
    return PutItemRequest.builder().tableName(table).item(item).conditionExpression(CREATE_ONLY)
        .expressionAttributeNames(createOnlyNames).build();
  }

  /** The same create-only put as a transaction action. */
  TransactWriteItem createOnlyPutAction(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression(CREATE_ONLY)
        .expressionAttributeNames(createOnlyNames).build()).build();
  }

  /** @return the auto-increment put of this entity, or null when its key is not auto-increment */
  AutoIncrementPut<E> autoIncrement() {
    return autoIncrement;
  }

  void checkTable(Key<E> key) {
    if (!key.table().equals(table)) {
      throw new DynamoException("table '" + table + "': the key " + key + " belongs to table '" + key.table() + "'");
    }
  }

  /** Runs one SDK call; a failed condition becomes a ConflictException with {@code conflict}. */
  <R> R call(String operation, Supplier<R> call, String conflict) {
    try {
      return call.get();
    } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException e) {
      throw new ConflictException("table '" + table + "': " + operation + " refused: "
          + (conflict == null ? "the condition failed" : conflict), e);
    } catch (RuntimeException e) {
      throw Errors.wrap(operation, table, e);
    }
  }

  static <E> Condition<E> and(Condition<E> a, Condition<E> b) {
    return a == null ? b : b == null ? a : a.and(b);
  }
}
