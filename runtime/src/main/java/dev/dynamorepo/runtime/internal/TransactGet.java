package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

/**
 * TransactGetItems: up to 100 items across tables read as one consistent snapshot, each decoded
 * by its own repository's schema.
 */
public final class TransactGet {
  /** DynamoDB's limit on items per transactional read (moto 5.2.1 still enforces the old 25). */
  public static final int MAX_ITEMS = 100;

  private final List<TableContext<?>> tables = new ArrayList<>();
  private final List<Map<String, AttributeValue>> keys = new ArrayList<>();
  private final List<dev.dynamorepo.runtime.support.ProjectionSchema<?, ?>> projections = new ArrayList<>();

  /** An empty read. */
  public TransactGet() {}

  /**
   * Adds one item to read.
   *
   * @param context the item's repository operations
   * @param key the checked key
   * @param projection the attributes to read, or null for the whole item
   * @return its position
   */
  public int add(TableContext<?> context, Map<String, AttributeValue> key, dev.dynamorepo.runtime.support.ProjectionSchema<?, ?> projection) {
    tables.add(context);
    keys.add(key);
    projections.add(projection);
    return keys.size() - 1;
  }

  /**
   * Checks and sends the read.
   *
   * @param runner sync or async
   * @return one entry per item in order, empty where the item does not exist
   */
  public CompletableFuture<List<Optional<Object>>> execute(Runner runner) {
    return Futures.defer(() -> {
      check();
      List<TransactGetItem> items = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        String table = tables.get(i).table();
        Map<String, AttributeValue> key = keys.get(i);
        dev.dynamorepo.runtime.support.ProjectionSchema<?, ?> projection = projections.get(i);
        items.add(TransactGetItem.builder().get(g -> {
          g.tableName(table).key(key);
          if (projection != null) {
            dev.dynamorepo.runtime.support.ExpressionContext ctx = new dev.dynamorepo.runtime.support.ExpressionContext();
            g.projectionExpression(projection.expression(ctx, List.of())).expressionAttributeNames(ctx.names());
          }
        }).build());
      }
      Set<String> names = new LinkedHashSet<>();
      tables.forEach(t -> names.add(t.table()));
      TransactGetItemsRequest request = TransactGetItemsRequest.builder().transactItems(items).build();
      return runner.run(new Call<>(String.join("', '", names), "TransactGetItems", request, DynamoDbClient::transactGetItems,
          DynamoDbAsyncClient::transactGetItems, this::decode, null));
    });
  }

  private List<Optional<Object>> decode(TransactGetItemsResponse response) {
    List<Optional<Object>> out = new ArrayList<>(keys.size());
    List<ItemResponse> responses = response.responses();
    for (int i = 0; i < keys.size(); i++) {
      ItemResponse r = i < responses.size() ? responses.get(i) : null;
      boolean found = r != null && r.hasItem() && !r.item().isEmpty();
      dev.dynamorepo.runtime.support.ProjectionSchema<?, ?> projection = projections.get(i);
      out.add(!found ? Optional.empty()
          : Optional.of(projection == null ? tables.get(i).schema().fromItem(r.item()) : project(tables.get(i), projection, r.item())));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object project(TableContext<?> context, dev.dynamorepo.runtime.support.ProjectionSchema<?, ?> projection,
      Map<String, AttributeValue> item) {
    return ((TableContext<Object>) context).schema().fromItem(item, (dev.dynamorepo.runtime.support.ProjectionSchema<Object, ?>) projection);
  }

  private void check() {
    if (keys.isEmpty()) {
      throw new DynamoException("read transaction: no items; add at least one get");
    }
    if (keys.size() > MAX_ITEMS) {
      throw new DynamoException("read transaction: " + keys.size() + " items, over DynamoDB's limit of " + MAX_ITEMS);
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      if (!seen.add(List.of(tables.get(i).table(), Keys.normalized(keys.get(i))))) {
        throw new DynamoException("read transaction: item " + i + " reads table '" + tables.get(i).table() + "', key "
            + Keys.describe(keys.get(i)) + " a second time; DynamoDB refuses two reads of one item");
      }
    }
  }
}
