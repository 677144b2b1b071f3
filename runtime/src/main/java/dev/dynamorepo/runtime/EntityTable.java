package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.DeleteItem;
import dev.dynamorepo.runtime.internal.GetItem;
import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.internal.Keys;
import dev.dynamorepo.runtime.internal.PutItem;
import dev.dynamorepo.runtime.internal.Runner;
import dev.dynamorepo.runtime.internal.TableContext;
import dev.dynamorepo.runtime.internal.UpdateItem;
import dev.dynamorepo.runtime.internal.WriteAction;
import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One entity's table on one {@link DynamoDb}: what the sync {@link Repository} and the
 * {@link AsyncRepository} share, and what transactions take to know an action's table and
 * schema.
 *
 * @param <E> the entity type
 */
public abstract sealed class EntityTable<E> permits Repository, AsyncRepository {
  private final DynamoDb dynamo;
  final TableContext<E> context;

  EntityTable(DynamoDb dynamo, EntitySchema<E> schema, String table) {
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    Objects.requireNonNull(schema, "schema");
    this.context = new TableContext<>(dynamo.engine(), schema, physical(dynamo, schema, table));
  }

  /** @return the generated schema of this table's entity */
  public final EntitySchema<E> schema() {
    return context.schema();
  }

  /** @return the physical table name: the {@code @Table} name as the connection's {@link TableNames} resolve it, or the name given */
  public final String tableName() {
    return context.table();
  }

  /** @return the connection this repository uses */
  public final DynamoDb dynamo() {
    return dynamo;
  }

  /**
   * Starts a query of the table (index null) or of a secondary index; generated
   * {@code query(...)} and {@code queryBy<Index>(...)} methods call this through
   * {@code support.Queries}.
   *
   * @param access the support package's token
   * @param index the index name, or null for the table
   * @param partitionValue the partition key value of the table or index
   * @param sort makes the sort condition from the sort key, or null
   * @param <K> the sort key's kind
   * @return the query
   */
  @SuppressWarnings("unchecked")
  public final <K extends SortKeyRange<E, ?>> Query<E, E> newQuery(Access access, String index, Object partitionValue,
      Function<K, SortCondition<E>> sort) {
    Access.check(access);
    EntitySchema<E> schema = schema();
    AttributePath<E, ?> hash = schema.partitionKey();
    AttributePath<E, ?> range = schema.sortKey();
    boolean global = false;
    if (index != null) {
      EntitySchema.IndexSpec<E> spec = index(schema, tableName(), index);
      global = spec.global();
      hash = global ? spec.partitionKey() : hash;
      range = spec.sortKey();
    }
    AttributeValue value = Keys.encode(schema, hash, partitionValue, ItemChecks.MAX_PARTITION_KEY_BYTES);
    SortCondition<E> condition = null;
    if (sort != null) {
      condition = Objects.requireNonNull(sort.apply((K) sortKey(range)), "the sort lambda returned null");
      if (!condition.attribute().equals(range.name())) {
        throw new DynamoException("table '" + tableName() + "'" + (index == null ? "" : ", index '" + index + "'")
            + ": the sort condition is on '" + condition.attribute() + "', but the sort key is '" + range.name() + "'");
      }
    }
    return Query.of(context, index, global, hash.name(), value, condition);
  }

  /**
   * Starts a query of a single-table entity by a leading part of its key templates; generated
   * {@code query(...)} methods call this through {@code support.Queries}. The partition template
   * takes its values whole; the sort template takes the values after them as a prefix
   * ({@code begins_with}), all of them as the exact key, or a condition on the next component.
   *
   * @param access the support package's token
   * @param index the index name, or null for the table
   * @param values the partition template's values, then the sort template's leading values
   * @param next makes a condition on the sort template's next component, or null
   * @param <K> the component's kind
   * @return the query
   */
  @SuppressWarnings("unchecked")
  public final <K extends SortKeyRange<E, ?>> Query<E, E> newTemplateQuery(Access access, String index, Object[] values,
      Function<K, SortCondition<E>> next) {
    Access.check(access);
    EntitySchema<E> schema = schema();
    String hash = schema.partitionKey().name();
    String range = schema.sortKey() == null ? null : schema.sortKey().name();
    if (index != null) {
      EntitySchema.IndexSpec<E> spec = index(schema, tableName(), index);
      hash = spec.partitionKey().name();
      range = spec.sortKey() == null ? null : spec.sortKey().name();
    }
    KeyTemplate<E> partition = schema.template(hash);
    KeyTemplate<E> sort = range == null ? null : schema.template(range);
    if (partition == null) {
      throw new DynamoException("table '" + tableName() + "': " + schema.entityType().getSimpleName()
          + " has no key template for '" + hash + "'");
    }
    int split = partition.components().size();
    AttributeValue value = partitionValue(tableName(), partition, values, split);
    SortCondition<E> condition = null;
    if (sort != null) {
      int given = values.length - split;
      String prefix = sort.prefix(values, split, given, tableName());
      if (next != null) {
        condition = Objects.requireNonNull(next.apply((K) SortKeyRange.composed(range, sort, given, prefix, tableName())),
            "the sort lambda returned null");
      } else if (given == sort.components().size()) {
        condition = new SortKeyRange<E, String>(range, dev.dynamorepo.runtime.support.Codecs.STRING).eq(prefix);
      } else if (!prefix.isEmpty()) {
        condition = new SortKeyRange.Text<E>(range, dev.dynamorepo.runtime.support.Codecs.STRING).beginsWith(prefix);
      }
    }
    return Query.of(context, index, index != null, hash, value, condition);
  }

  /**
   * Starts a query of a global index whose key has several attributes (DynamoDB's
   * multi-attribute keys); generated {@code queryBy<Index>(...)} methods call this through
   * {@code support.Queries}.
   *
   * @param access the support package's token
   * @param index the index name
   * @param values every partition attribute's value, then the leading sort attributes' values
   * @param next makes a condition on the next sort attribute, or null
   * @param <K> that attribute's kind
   * @return the query
   */
  @SuppressWarnings("unchecked")
  public final <K extends SortKeyRange<E, ?>> Query<E, E> newAttributeQuery(Access access, String index, Object[] values,
      Function<K, SortCondition<E>> next) {
    Access.check(access);
    EntitySchema.IndexSpec<E> spec = index(schema(), tableName(), index);
    java.util.Map<String, AttributeValue> equal = attributeKey(schema(), tableName(), spec, values);
    SortCondition<E> condition = null;
    int given = values.length - spec.partitionKeys().size();
    if (next != null) {
      condition = Objects.requireNonNull(next.apply((K) sortKey(spec.sortKeys().get(given))), "the sort lambda returned null");
    }
    return Query.of(context, index, true, equal, condition);
  }

  /** A composed partition key of a query, from the template's first {@code count} values, checked. */
  static AttributeValue partitionValue(String table, KeyTemplate<?> partition, Object[] values, int count) {
    return ItemChecks.checkKey(table, partition.attribute(), AttributeValue.fromS(partition.prefix(values, 0, count, table)),
        ItemChecks.MAX_PARTITION_KEY_BYTES);
  }

  /** The index of that name, or a failure naming the table. */
  static <T> EntitySchema.IndexSpec<T> index(EntitySchema<T> schema, String table, String index) {
    return schema.indexes().stream().filter(i -> i.name().equals(index)).findFirst()
        .orElseThrow(() -> new DynamoException("table '" + table + "': no index named '" + index + "'"));
  }

  /** The physical table: the name given, or the schema's as the connection's TableNames resolve it. */
  static String physical(DynamoDb dynamo, EntitySchema<?> schema, String table) {
    return table == null ? dynamo.tableNames().resolve(schema.tableName()) : TableNames.check(schema.tableName(), table);
  }

  /** The equalities of a multi-attribute key query: every partition attribute, then the given sort attributes. */
  static <T> java.util.Map<String, AttributeValue> attributeKey(EntitySchema<T> schema, String table, EntitySchema.IndexSpec<T> spec,
      Object[] values) {
    java.util.List<AttributePath<T, ?>> keys = new java.util.ArrayList<>(spec.partitionKeys());
    keys.addAll(spec.sortKeys());
    if (values.length < spec.partitionKeys().size() || values.length > keys.size()) {
      throw new DynamoException("table '" + table + "', index '" + spec.name() + "': a query gives every partition attribute "
          + "and sort attributes from the left, " + spec.partitionKeys().size() + " to " + keys.size() + " values, not " + values.length);
    }
    java.util.Map<String, AttributeValue> equal = new java.util.LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      int limit = i < spec.partitionKeys().size() ? ItemChecks.MAX_PARTITION_KEY_BYTES : ItemChecks.MAX_SORT_KEY_BYTES;
      equal.put(keys.get(i).name(), Keys.encode(schema, keys.get(i), values[i], limit));
    }
    return equal;
  }

  @SuppressWarnings("unchecked")
  private SortKeyRange<E, ?> sortKey(AttributePath<E, ?> range) {
    if (range == null) {
      throw new DynamoException("table '" + tableName() + "': there is no sort key to compare");
    }
    boolean text = range instanceof StringKeyAttribute || range instanceof StringAttribute;
    return text ? new SortKeyRange.Text<>(range.name(), (dev.dynamorepo.runtime.support.Codec<String>) range.codec())
        : new SortKeyRange<>(range.name(), range.codec());
  }

  /** Refuses a key made for another entity, before anything is sent. */
  final java.util.Map<String, AttributeValue> checked(Key<E> key) {
    context.checkKey(Objects.requireNonNull(key, "key").schema(), key);
    return key.attributes();
  }

  /**
   * The keys of a many-item call, each checked; a null collection or key is refused naming the
   * table, the call and the position, before anything is sent.
   */
  final java.util.List<java.util.Map<String, AttributeValue>> checkedAll(java.util.Collection<Key<E>> keys, String call) {
    return presentAll(keys, call, "key").stream().map(this::checked).toList();
  }

  /**
   * The values of a many-item call, copied; a null collection or value is refused as in
   * {@link #checkedAll}.
   *
   * @param what "item" or "key", for the message
   */
  final <T> java.util.List<T> presentAll(java.util.Collection<T> values, String call, String what) {
    if (values == null) {
      throw new DynamoException("table '" + context.table() + "': " + call + ": the " + what + "s are null; nothing was sent");
    }
    java.util.List<T> out = new java.util.ArrayList<>(values.size());
    for (T value : values) {
      if (value == null) {
        throw new DynamoException("table '" + context.table() + "': " + call + ": the " + what + " at position " + out.size()
            + " is null; nothing was sent");
      }
      out.add(value);
    }
    return java.util.Collections.unmodifiableList(out);
  }

  // One place per request value, for the sync and async repositories (which run it on their
  // runner) and for transactions (which take its action).

  final <T> CompletableFuture<Optional<T>> run(Runner runner, Get<E, T> request) {
    Objects.requireNonNull(request, "request");
    return GetItem.run(context, runner, checked(request.key()), request.consistency(), request.projection());
  }

  final <T> CompletableFuture<List<T>> run(Runner runner, BatchGet<E, T> request) {
    Objects.requireNonNull(request, "request");
    return dev.dynamorepo.runtime.internal.BatchGet.run(context, runner, checkedAll(request.keys(), "getAll"), request.consistency(), request.projection());
  }

  final CompletableFuture<E> run(Runner runner, Put<E> request) {
    return PutItem.run(context, runner, Objects.requireNonNull(request, "request").entity());
  }

  final CompletableFuture<E> run(Runner runner, Update<E> request) {
    Objects.requireNonNull(request, "request");
    return UpdateItem.whole(context, runner, request.entity(), expr(request.condition()), true, true);
  }

  final CompletableFuture<E> run(Runner runner, Upsert<E> request) {
    Objects.requireNonNull(request, "request");
    return UpdateItem.whole(context, runner, request.entity(), expr(request.condition()), false,
        request.nulls() == NullPolicy.REMOVE);
  }

  final CompletableFuture<Optional<E>> run(Runner runner, Delete<E> request) {
    Objects.requireNonNull(request, "request");
    return request.key() != null ? DeleteItem.run(context, runner, checked(request.key()), expr(request.condition()))
        : DeleteItem.runEntity(context, runner, request.entity(), expr(request.condition()));
  }

  final WriteAction action(Put<E> request) {
    return PutItem.action(context, Objects.requireNonNull(request, "request").entity());
  }

  final WriteAction action(Update<E> request) {
    Objects.requireNonNull(request, "request");
    return UpdateItem.wholeAction(context, request.entity(), expr(request.condition()), true, true);
  }

  final WriteAction action(Upsert<E> request) {
    Objects.requireNonNull(request, "request");
    return UpdateItem.wholeAction(context, request.entity(), expr(request.condition()), false,
        request.nulls() == NullPolicy.REMOVE);
  }

  final WriteAction action(Delete<E> request) {
    Objects.requireNonNull(request, "request");
    return request.key() != null ? DeleteItem.action(context, checked(request.key()), expr(request.condition()))
        : DeleteItem.entityAction(context, request.entity(), expr(request.condition()));
  }

  final WriteAction action(ConditionCheck<E> request) {
    Objects.requireNonNull(request, "request");
    return dev.dynamorepo.runtime.internal.ConditionCheck.action(context, checked(request.key()), expr(request.condition()));
  }

  /** @return the condition as the runtime renders it, or null */
  static <E> dev.dynamorepo.runtime.internal.Expr expr(Condition<E> condition) {
    return condition == null ? null : condition::render;
  }
}
