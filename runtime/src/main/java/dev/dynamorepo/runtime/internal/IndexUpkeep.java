package dev.dynamorepo.runtime.internal;

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
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * {@code createTable} on a table that exists: a global index the entity declares and the table
 * lacks is added with UpdateTable (one per call, as DynamoDB requires) and waited for until
 * active; what cannot be changed after creation (a local index, an index's keys) is refused with
 * the difference listed.
 */
final class IndexUpkeep {
  private final Runner runner;
  private final Tables tables;

  IndexUpkeep(Runner runner, Tables tables) {
    this.runner = runner;
    this.tables = tables;
  }

  <E> CompletableFuture<Void> apply(String table, TableDescription existing, EntitySchema<E> schema, TableOptions options) {
    Map<String, String> have = new LinkedHashMap<>();
    if (existing.hasGlobalSecondaryIndexes()) {
      for (GlobalSecondaryIndexDescription g : existing.globalSecondaryIndexes()) {
        have.put(g.indexName(), "global " + keys(g.keySchema()));
      }
    }
    if (existing.hasLocalSecondaryIndexes()) {
      for (LocalSecondaryIndexDescription l : existing.localSecondaryIndexes()) {
        have.put(l.indexName(), "local " + keys(l.keySchema()));
      }
    }
    List<String> differences = new ArrayList<>();
    List<EntitySchema.IndexSpec<E>> missing = new ArrayList<>();
    for (EntitySchema.IndexSpec<E> index : schema.indexes()) {
      Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
      List<KeySchemaElement> wanted = index.global() ? Tables.keySchema(types, index.partitionKeys(), index.sortKeys())
          : Tables.keySchema(types, schema.partitionKey(), index.sortKey());
      String want = (index.global() ? "global " : "local ") + keys(wanted);
      String found = have.get(index.name());
      if (found == null && index.global()) {
        missing.add(index);
      } else if (found == null) {
        differences.add("local index '" + index.name() + "' is missing, and DynamoDB adds local indexes only when it creates a table");
      } else if (!found.equals(want)) {
        differences.add("index '" + index.name() + "' is " + found + " but the entity declares " + want);
      }
    }
    if (!differences.isEmpty()) {
      throw new DynamoException("table '" + table + "': createTable found the table with other indexes: "
          + String.join("; ", differences) + "; migrate the table (or use another table name)");
    }
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (EntitySchema.IndexSpec<E> index : missing) {
      chain = chain.thenCompose(v -> add(table, existing, index, options));
    }
    return chain;
  }

  private <E> CompletableFuture<Void> add(String table, TableDescription existing, EntitySchema.IndexSpec<E> index,
      TableOptions options) {
    // The table's own definitions go along: DynamoDB merges them, moto 5.2.1 replaces them.
    Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
    existing.attributeDefinitions().forEach(d -> types.put(d.attributeName(), d.attributeType()));
    var gsi = Tables.globalIndex(index, types, options);
    UpdateTableRequest request = UpdateTableRequest.builder().tableName(table)
        .attributeDefinitions(types.entrySet().stream()
            .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build()).toList())
        .globalSecondaryIndexUpdates(software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder()
            .create(c -> c.indexName(gsi.indexName()).keySchema(gsi.keySchema()).projection(gsi.projection())
                .provisionedThroughput(gsi.provisionedThroughput())).build())
        .build();
    Call<UpdateTableRequest, UpdateTableResponse, Void> call = new Call<>(table, "UpdateTable (add index '" + index.name() + "')",
        request, DynamoDbClient::updateTable, DynamoDbAsyncClient::updateTable, r -> null, null);
    return runner.run(call).thenCompose(v -> tables.active(table, 1)).thenAccept(d -> { });
  }

  private static String keys(List<KeySchemaElement> keySchema) {
    return keySchema.stream().map(k -> k.keyTypeAsString() + " " + k.attributeName()).collect(Collectors.joining(", ", "[", "]"));
  }
}
