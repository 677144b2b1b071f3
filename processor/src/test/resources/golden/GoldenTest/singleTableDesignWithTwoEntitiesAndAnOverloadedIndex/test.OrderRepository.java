package test;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.PartialUpdate;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.Repository;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKeyRange;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.support.Queries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * The generated repository of {@link Order}, stored in the DynamoDB table {@code shop}: the
 * operations of {@link Repository} plus typed key methods. Thread-safe.
 *
 * <pre>{@code
 * OrderRepository orders = new OrderRepository(dynamo);
 * Optional<Order> found = orders.get(customerId, placedAt, orderId);
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.EntityProcessor")
public final class OrderRepository extends Repository<Order> {
  /**
   * Creates the repository; cheap, and it can be shared by the whole application.
   *
   * @param dynamo the connection
   */
  public OrderRepository(DynamoDb dynamo) {
    super(dynamo, OrderSchema.SCHEMA);
  }

  /**
   * Creates the repository on an explicit table (for example {@code "shop-dev"}), whatever the
   * connection's {@code TableNames} say.
   *
   * @param dynamo the connection
   * @param tableName the physical table
   */
  public OrderRepository(DynamoDb dynamo, String tableName) {
    super(dynamo, OrderSchema.SCHEMA, tableName);
  }

  /**
   * The same repository with every operation asynchronous, on the connection's async client.
   *
   * @return the async repository; cheap to make
   */
  public OrderAsyncRepository async() {
    return new OrderAsyncRepository(dynamo(), tableName());
  }

  /**
   * Makes the key of one item, for bulk and transaction calls.
   *
   * @param customerId the key part {@code customerId}
   * @param placedAt the key part {@code placedAt}
   * @param orderId the key part {@code orderId}
   * @return the checked key
   * @throws DynamoException when a key value is null, empty or too long
   */
  public Key<Order> key(String customerId, Instant placedAt, String orderId) {
    return OrderSchema.SCHEMA.templateKeyIn(tableName(), customerId, placedAt, orderId);
  }

  /**
   * Reads one item, eventually consistent.
   *
   * @param customerId the key part {@code customerId}
   * @param placedAt the key part {@code placedAt}
   * @param orderId the key part {@code orderId}
   * @return the item, or empty
   */
  public Optional<Order> get(String customerId, Instant placedAt, String orderId) {
    return get(key(customerId, placedAt, orderId));
  }

  /**
   * Starts a partial update of one existing item: only the attributes set change.
   *
   * @param customerId the key part {@code customerId}
   * @param placedAt the key part {@code placedAt}
   * @param orderId the key part {@code orderId}
   * @return the update to fill in and {@code execute()}
   */
  public PartialUpdate<Order> update(String customerId, Instant placedAt, String orderId) {
    return update(key(customerId, placedAt, orderId));
  }

  /**
   * Deletes one item.
   *
   * @param customerId the key part {@code customerId}
   * @param placedAt the key part {@code placedAt}
   * @param orderId the key part {@code orderId}
   * @return the old item, if there was one
   */
  public Optional<Order> delete(String customerId, Instant placedAt, String orderId) {
    return delete(key(customerId, placedAt, orderId));
  }

  /**
   * Removes attributes from one existing item.
   *
   * @param customerId the key part {@code customerId}
   * @param placedAt the key part {@code placedAt}
   * @param orderId the key part {@code orderId}
   * @param attributes non-key attributes, e.g. {@code OrderSchema.TOTAL_CENTS}
   * @return the item after the removal
   * @throws ConflictException when the item does not exist
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final Order deleteAttributes(String customerId, Instant placedAt, String orderId,
      ValueAttribute<Order, ?>... attributes) {
    return deleteAttributes(key(customerId, placedAt, orderId), List.of(attributes));
  }

  /**
   * Queries the table for the {@link Order} items whose {@code pk} is <code>CUSTOMER#&#123;customerId&#125;</code> and whose {@code sk} (<code>ORDER#&#123;placedAt&#125;#&#123;orderId&#125;</code>) starts with this entity's literal text.
   *
   * @param customerId the value of {@code customerId}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Order, Order> query(String customerId) {
    return Queries.template(this, null, new Object[] {customerId}, null);
  }

  /**
   * Queries the table for the {@link Order} items whose {@code pk} is <code>CUSTOMER#&#123;customerId&#125;</code> and whose {@code sk} (<code>ORDER#&#123;placedAt&#125;#&#123;orderId&#125;</code>) has a value of {@code placedAt} that meets a condition.
   *
   * @param customerId the value of {@code customerId}
   * @param placedAt the condition on {@code placedAt}, e.g. {@code placedAt -> placedAt.ge(low)}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Order, Order> query(String customerId,
      Function<SortKeyRange<Order, Instant>, SortCondition<Order>> placedAt) {
    return Queries.template(this, null, new Object[] {customerId}, placedAt);
  }

  /**
   * Queries the table for the {@link Order} items whose {@code pk} is <code>CUSTOMER#&#123;customerId&#125;</code> and whose {@code sk} (<code>ORDER#&#123;placedAt&#125;#&#123;orderId&#125;</code>) starts with the given {@code placedAt}.
   *
   * @param customerId the value of {@code customerId}
   * @param placedAt the value of {@code placedAt}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Order, Order> query(String customerId, Instant placedAt) {
    return Queries.template(this, null, new Object[] {customerId, placedAt}, null);
  }

  /**
   * Queries the table for the {@link Order} items whose {@code pk} is <code>CUSTOMER#&#123;customerId&#125;</code> and whose {@code sk} (<code>ORDER#&#123;placedAt&#125;#&#123;orderId&#125;</code>) starts with the given {@code placedAt} and has a value of {@code orderId} that meets a condition.
   *
   * @param customerId the value of {@code customerId}
   * @param placedAt the value of {@code placedAt}
   * @param orderId the condition on {@code orderId}, e.g. {@code orderId -> orderId.ge(low)}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Order, Order> query(String customerId, Instant placedAt,
      Function<SortKeyRange.Text<Order>, SortCondition<Order>> orderId) {
    return Queries.template(this, null, new Object[] {customerId, placedAt}, orderId);
  }

  /**
   * Queries the index {@code gsi1} for the {@link Order} items whose {@code gsi1pk} is <code>ORDER#&#123;orderId&#125;</code> and whose {@code gsi1sk} (<code>ORDER</code>) starts with this entity's literal text.
   *
   * @param orderId the value of {@code orderId}
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Order, Order> queryByGsi1(String orderId) {
    return Queries.template(this, "gsi1", new Object[] {orderId}, null);
  }
}
