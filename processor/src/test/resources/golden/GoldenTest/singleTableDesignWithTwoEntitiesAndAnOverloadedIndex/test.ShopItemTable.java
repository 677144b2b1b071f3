package test;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SingleTableView;
import dev.dynamorepo.runtime.support.Queries;
import javax.annotation.processing.Generated;

/**
 * The generated view of the whole single-table design {@link ShopItem} (table {@code shop}): one Query
 * per collection returns every entity type in it, each item decoded by its type. Writes go
 * through each entity's repository. Thread-safe.
 *
 * <pre>{@code
 * ShopItemTable shopItems = new ShopItemTable(dynamo);
 * shopItems.query(...).stream().forEach(item -> ...);
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.TableProcessor")
public final class ShopItemTable extends SingleTableView<ShopItem> {
  /**
   * Creates the view of the table as the connection's {@code TableNames} give it, skipping items of unknown types.
   *
   * @param dynamo the connection
   */
  public ShopItemTable(DynamoDb dynamo) {
    super(dynamo, ShopItemSchema.SCHEMA, null, SingleTableView.UnknownTypes.SKIP);
  }

  /**
   * Creates the view of the table as the connection's {@code TableNames} give it.
   *
   * @param dynamo the connection
   * @param unknownTypes what reads do with an item of a type this code does not know
   */
  public ShopItemTable(DynamoDb dynamo, SingleTableView.UnknownTypes unknownTypes) {
    super(dynamo, ShopItemSchema.SCHEMA, null, unknownTypes);
  }

  /**
   * Creates the view of the table as the given name.
   *
   * @param dynamo the connection
   * @param tableName the physical table
   * @param unknownTypes what reads do with an item of a type this code does not know
   */
  public ShopItemTable(DynamoDb dynamo, String tableName,
      SingleTableView.UnknownTypes unknownTypes) {
    super(dynamo, ShopItemSchema.SCHEMA, tableName, unknownTypes);
  }

  /**
   * Queries the table for the collection <code>CUSTOMER#&#123;customerId&#125;</code>, in one Query per page: the items of
   * {@link Customer}, {@link Order} in it.
   *
   * @param customerId the value of {@code customerId}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code publisher()}
   */
  public Query<ShopItem, ShopItem> query(String customerId) {
    return Queries.collection(this, null, CustomerSchema.TEMPLATE_PK, customerId);
  }

  /**
   * Queries the index {@code gsi1} for the collection <code>ORDER#&#123;orderId&#125;</code>, in one Query per page: the items of
   * {@link Order} in it.
   *
   * @param orderId the value of {@code orderId}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code publisher()}
   */
  public Query<ShopItem, ShopItem> queryByGsi1(String orderId) {
    return Queries.collection(this, "gsi1", OrderSchema.TEMPLATE_GSI1PK, orderId);
  }
}
