package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TableOptions;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveResponse;

/** Creates tables from schemas: on-demand billing, secondary indexes, idempotent; sync or async. */
public final class Tables {
  /** Polls of DescribeTable while a new table becomes active (DynamoDB takes seconds, moto none). */
  private static final int MAX_POLLS = 120;
  private static final long POLL_MILLIS = 500;
  private final Runner runner;

  /**
   * Creates the table (and an auto-increment entity's counter), waiting until it is active, and
   * enables the table's TTL attribute (in a single-table design, the one any of its entities
   * declares); on an existing table, adds the global indexes it lacks.
   *
   * @param context the table
   * @param runner sync or async
   * @param options billing and tags
   * @param <E> the entity type
   * @return completes when the table is usable
   */
  public static <E> CompletableFuture<Void> createTable(TableContext<E> context, Runner runner,
      dev.dynamorepo.runtime.TableOptions options) {
    return Futures.defer(() -> {
      EntitySchema<E> schema = context.schema();
      CompletableFuture<Void> created = new Tables(runner).create(schema, context.table(), options)
          .thenCompose(v -> schema.tableTimeToLive() == null ? CompletableFuture.completedFuture(null)
              : new Tables(runner).enableTimeToLive(context.table(), schema.tableTimeToLive()));
      return context.autoIncrement() == null ? created : created.thenCompose(v -> context.autoIncrement().initCounter(runner));
    });
  }

  /**
   * Creates the counter table and item of an auto-increment entity.
   *
   * @param context the table
   * @param runner sync or async
   * @return completes when the counter exists
   */
  public static CompletableFuture<Void> initCounter(TableContext<?> context, Runner runner) {
    return Futures.defer(() -> {
      if (context.autoIncrement() == null) {
        throw new dev.dynamorepo.runtime.DynamoException("table '" + context.table() + "': initCounter needs an @AutoIncrement"
            + " partition key, and " + context.schema().entityType().getSimpleName() + " has none");
      }
      return context.autoIncrement().initCounter(runner);
    });
  }

  Tables(Runner runner) {
    this.runner = runner;
  }

  <E> CompletableFuture<Void> create(EntitySchema<E> schema, String table, TableOptions options) {
    Map<String, ScalarAttributeType> keys = new LinkedHashMap<>();
    List<KeySchemaElement> keySchema = keySchema(keys, schema.partitionKey(), schema.sortKey());
    return create(table, keys, keySchema, schema, options);
  }

  /** Creates a table with a string partition key only, such as the counter table. */
  CompletableFuture<Void> createSimple(String table, String partitionKey) {
    Map<String, ScalarAttributeType> keys = new LinkedHashMap<>();
    keys.put(partitionKey, ScalarAttributeType.S);
    return create(table, keys, List.of(element(partitionKey, KeyType.HASH)), null, TableOptions.onDemand());
  }

  private <E> CompletableFuture<Void> create(String table, Map<String, ScalarAttributeType> keys,
      List<KeySchemaElement> keySchema, EntitySchema<E> schema, TableOptions options) {
    return describe(table).thenCompose(existing -> {
      if (existing != null) {
        compare(table, existing, keySchema, keys);
        return schema == null ? CompletableFuture.completedFuture(null) : new IndexUpkeep(runner, this).apply(table, existing, schema,
            options);
      }
      CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(table).keySchema(keySchema);
      if (options.provisioned()) {
        request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(t -> t.readCapacityUnits(options.readCapacity())
            .writeCapacityUnits(options.writeCapacity()));
      } else {
        request.billingMode(BillingMode.PAY_PER_REQUEST);
      }
      if (!options.tags().isEmpty()) {
        request.tags(options.tags().entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList());
      }
      if (schema != null) {
        addIndexes(request, schema, keys, options);
      }
      request.attributeDefinitions(keys.entrySet().stream()
          .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
          .collect(Collectors.toList()));
      Call<CreateTableRequest, CreateTableResponse, Void> call = new Call<>(table, "CreateTable", request.build(),
          DynamoDbClient::createTable, DynamoDbAsyncClient::createTable, r -> null, null);
      // Another process may create it between our describe and create: fine, compare when active.
      return runner.run(call).exceptionally(error -> {
        Throwable cause = Futures.unwrap(error);
        if (cause.getCause() instanceof ResourceInUseException) {
          return null;
        }
        throw (RuntimeException) cause;
      }).thenCompose(v -> active(table, 1)).thenAccept(active -> compare(table, active, keySchema, keys));
    });
  }

  /** Turns DynamoDB's TTL on for {@code attribute}, unless it is on already. */
  CompletableFuture<Void> enableTimeToLive(String table, String attribute) {
    Call<DescribeTimeToLiveRequest, DescribeTimeToLiveResponse, TimeToLiveDescription> describe = new Call<>(table,
        "DescribeTimeToLive", DescribeTimeToLiveRequest.builder().tableName(table).build(), DynamoDbClient::describeTimeToLive,
        DynamoDbAsyncClient::describeTimeToLive, DescribeTimeToLiveResponse::timeToLiveDescription, null);
    return runner.run(describe).thenCompose(d -> {
      boolean on = d != null && attribute.equals(d.attributeName())
          && (d.timeToLiveStatus() == TimeToLiveStatus.ENABLED || d.timeToLiveStatus() == TimeToLiveStatus.ENABLING);
      if (on) {
        return CompletableFuture.completedFuture(null);
      }
      UpdateTimeToLiveRequest request = UpdateTimeToLiveRequest.builder().tableName(table)
          .timeToLiveSpecification(t -> t.attributeName(attribute).enabled(true)).build();
      return runner.run(new Call<UpdateTimeToLiveRequest, UpdateTimeToLiveResponse, Void>(table, "UpdateTimeToLive", request,
          DynamoDbClient::updateTimeToLive, DynamoDbAsyncClient::updateTimeToLive, r -> null, null));
    });
  }

  /** Waits until the table and every one of its global indexes are active. */
  CompletableFuture<TableDescription> active(String table, int poll) {
    return describe(table).thenCompose(d -> {
      boolean indexesActive = d == null || !d.hasGlobalSecondaryIndexes()
          || d.globalSecondaryIndexes().stream().allMatch(i -> i.indexStatus() == IndexStatus.ACTIVE);
      if (d != null && d.tableStatus() == TableStatus.ACTIVE && indexesActive) {
        return CompletableFuture.completedFuture(d);
      }
      if (poll >= MAX_POLLS) {
        throw new DynamoException("table '" + table + "': CreateTable failed: not active after " + poll + " polls");
      }
      return runner.pause(POLL_MILLIS).thenCompose(v -> active(table, poll + 1));
    });
  }

  CompletableFuture<TableDescription> describe(String table) {
    Call<DescribeTableRequest, DescribeTableResponse, TableDescription> call = new Call<>(table, "DescribeTable",
        DescribeTableRequest.builder().tableName(table).build(), DynamoDbClient::describeTable,
        DynamoDbAsyncClient::describeTable, DescribeTableResponse::table, null);
    return runner.run(call).exceptionally(error -> {
      Throwable cause = Futures.unwrap(error);
      if (cause.getCause() instanceof ResourceNotFoundException) {
        return null;
      }
      throw (RuntimeException) cause;
    });
  }

  private static <E> void addIndexes(CreateTableRequest.Builder request, EntitySchema<E> schema,
      Map<String, ScalarAttributeType> keys, TableOptions options) {
    List<GlobalSecondaryIndex> global = new ArrayList<>();
    List<LocalSecondaryIndex> local = new ArrayList<>();
    Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
    for (EntitySchema.IndexSpec<E> index : schema.indexes()) {
      if (index.global()) {
        global.add(globalIndex(index, keys, options));
      } else {
        local.add(LocalSecondaryIndex.builder().indexName(index.name()).projection(all)
            .keySchema(keySchema(keys, schema.partitionKey(), index.sortKey())).build());
      }
    }
    if (!global.isEmpty()) {
      request.globalSecondaryIndexes(global);
    }
    if (!local.isEmpty()) {
      request.localSecondaryIndexes(local);
    }
  }

  static <E> GlobalSecondaryIndex globalIndex(EntitySchema.IndexSpec<E> index, Map<String, ScalarAttributeType> keys,
      TableOptions options) {
    GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder().indexName(index.name())
        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
        .keySchema(keySchema(keys, index.partitionKeys(), index.sortKeys()));
    if (options.provisioned()) {
      long[] capacity = options.indexCapacity(index.name());
      gsi.provisionedThroughput(t -> t.readCapacityUnits(capacity[0]).writeCapacityUnits(capacity[1]));
    }
    return gsi.build();
  }

  static List<KeySchemaElement> keySchema(Map<String, ScalarAttributeType> keys, AttributePath<?, ?> hash,
      AttributePath<?, ?> range) {
    return keySchema(keys, List.of(hash), range == null ? List.of() : List.of(range));
  }

  /** A key of several attributes: every partition attribute (HASH), then every sort attribute (RANGE), in order. */
  static List<KeySchemaElement> keySchema(Map<String, ScalarAttributeType> keys, List<? extends AttributePath<?, ?>> hash,
      List<? extends AttributePath<?, ?>> range) {
    List<KeySchemaElement> out = new ArrayList<>(hash.size() + range.size());
    for (AttributePath<?, ?> a : hash) {
      keys.put(a.name(), a.codec().storedType().scalarType());
      out.add(element(a.name(), KeyType.HASH));
    }
    for (AttributePath<?, ?> a : range) {
      keys.put(a.name(), a.codec().storedType().scalarType());
      out.add(element(a.name(), KeyType.RANGE));
    }
    return out;
  }

  static KeySchemaElement element(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static void compare(String table, TableDescription existing, List<KeySchemaElement> wanted,
      Map<String, ScalarAttributeType> types) {
    String want = describeKeys(wanted, types);
    Map<String, ScalarAttributeType> existingTypes = new LinkedHashMap<>();
    existing.attributeDefinitions().forEach(d -> existingTypes.put(d.attributeName(), d.attributeType()));
    String have = describeKeys(existing.keySchema(), existingTypes);
    if (!want.equals(have)) {
      throw new DynamoException("table '" + table + "': createTable found the table with keys " + have
          + " but the entity declares " + want + "; use another table name or migrate the table");
    }
  }

  private static String describeKeys(List<KeySchemaElement> keySchema, Map<String, ScalarAttributeType> types) {
    return keySchema.stream().map(k -> k.keyTypeAsString() + " " + k.attributeName() + " (" + types.get(k.attributeName()) + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
