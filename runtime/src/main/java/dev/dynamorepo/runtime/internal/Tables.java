package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Errors;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Creates tables from schemas: on-demand billing, secondary indexes, idempotent. */
final class Tables {
  private final DynamoDbClient client;

  Tables(DynamoDbClient client) {
    this.client = client;
  }

  <E> void create(EntitySchema<E> schema) {
    Map<String, ScalarAttributeType> keys = new LinkedHashMap<>();
    List<KeySchemaElement> keySchema = keySchema(keys, schema.partitionKey(), schema.sortKey());
    create(schema.tableName(), keys, keySchema, schema);
  }

  /** Creates a table with a string partition key only, such as the counter table. */
  void createSimple(String table, String partitionKey) {
    Map<String, ScalarAttributeType> keys = new LinkedHashMap<>();
    keys.put(partitionKey, ScalarAttributeType.S);
    create(table, keys, List.of(element(partitionKey, KeyType.HASH)), null);
  }

  private <E> void create(String table, Map<String, ScalarAttributeType> keys, List<KeySchemaElement> keySchema,
      EntitySchema<E> schema) {
    TableDescription existing = describe(table);
    if (existing != null) {
      compare(table, existing, keySchema, keys);
      return;
    }
    CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(table).keySchema(keySchema)
        .billingMode(BillingMode.PAY_PER_REQUEST);
    if (schema != null) {
      addIndexes(request, schema, keys);
    }
    request.attributeDefinitions(keys.entrySet().stream()
        .map(e -> AttributeDefinition.builder().attributeName(e.getKey()).attributeType(e.getValue()).build())
        .collect(Collectors.toList()));
    try {
      client.createTable(request.build());
    } catch (ResourceInUseException raced) {
      // Another process created it between our describe and create: fine, compare below.
    } catch (RuntimeException e) {
      throw Errors.wrap("CreateTable", table, e);
    }
    try {
      client.waiter().waitUntilTableExists(b -> b.tableName(table));
    } catch (RuntimeException e) {
      throw Errors.wrap("CreateTable (waiting until active)", table, e);
    }
    compare(table, describe(table), keySchema, keys);
  }

  private static <E> void addIndexes(CreateTableRequest.Builder request, EntitySchema<E> schema,
      Map<String, ScalarAttributeType> keys) {
    List<GlobalSecondaryIndex> global = new ArrayList<>();
    List<LocalSecondaryIndex> local = new ArrayList<>();
    Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
    for (EntitySchema.IndexSpec<E> index : schema.indexes()) {
      if (index.global()) {
        global.add(GlobalSecondaryIndex.builder().indexName(index.name()).projection(all)
            .keySchema(keySchema(keys, index.partitionKey(), index.sortKey())).build());
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

  private static List<KeySchemaElement> keySchema(Map<String, ScalarAttributeType> keys, AttributePath<?, ?> hash,
      AttributePath<?, ?> range) {
    List<KeySchemaElement> out = new ArrayList<>(2);
    keys.put(hash.name(), hash.codec().storedType().scalarType());
    out.add(element(hash.name(), KeyType.HASH));
    if (range != null) {
      keys.put(range.name(), range.codec().storedType().scalarType());
      out.add(element(range.name(), KeyType.RANGE));
    }
    return out;
  }

  private static KeySchemaElement element(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private TableDescription describe(String table) {
    try {
      return client.describeTable(b -> b.tableName(table)).table();
    } catch (ResourceNotFoundException missing) {
      return null;
    } catch (RuntimeException e) {
      throw Errors.wrap("DescribeTable", table, e);
    }
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
