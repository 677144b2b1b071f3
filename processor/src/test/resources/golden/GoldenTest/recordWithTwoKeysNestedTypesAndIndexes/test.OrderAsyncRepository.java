package test;

import dev.dynamorepo.runtime.AsyncRepository;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.PartialUpdate;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKeyRange;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.support.Queries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * The generated asynchronous repository of {@link Order}, stored in the DynamoDB table {@code orders}: the
 * operations of {@link AsyncRepository} plus typed key methods. Thread-safe.
 *
 * <pre>{@code
 * OrderAsyncRepository orders = new OrderAsyncRepository(dynamo);
 * CompletableFuture<Optional<Order>> found = orders.get(customerId, orderId);
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.EntityProcessor")
public final class OrderAsyncRepository extends AsyncRepository<Order> {
  /**
   * Creates the repository; cheap, and it can be shared by the whole application.
   *
   * @param dynamo the connection
   */
  public OrderAsyncRepository(DynamoDb dynamo) {
    super(dynamo, OrderSchema.SCHEMA);
  }

  /**
   * Creates the repository on an explicit table (for example {@code "orders-dev"}), whatever the
   * connection's {@code TableNames} say.
   *
   * @param dynamo the connection
   * @param tableName the physical table
   */
  public OrderAsyncRepository(DynamoDb dynamo, String tableName) {
    super(dynamo, OrderSchema.SCHEMA, tableName);
  }

  /**
   * Makes the key of one item, for bulk and transaction calls.
   *
   * @param customerId the partition key {@code customerId}
   * @param orderId the sort key {@code orderId}
   * @return the checked key
   * @throws DynamoException when a key value is null, empty or too long
   */
  public Key<Order> key(String customerId, String orderId) {
    return OrderSchema.SCHEMA.key(customerId, orderId);
  }

  /**
   * Reads one item, eventually consistent.
   *
   * @param customerId the partition key {@code customerId}
   * @param orderId the sort key {@code orderId}
   * @return the item, or empty
   */
  public CompletableFuture<Optional<Order>> get(String customerId, String orderId) {
    try {
      return get(key(customerId, orderId));
    } catch (DynamoException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Starts a partial update of one existing item: only the attributes set change.
   *
   * @param customerId the partition key {@code customerId}
   * @param orderId the sort key {@code orderId}
   * @return the update to fill in and {@code executeAsync()}
   */
  public PartialUpdate<Order> update(String customerId, String orderId) {
    return update(key(customerId, orderId));
  }

  /**
   * Deletes one item.
   *
   * @param customerId the partition key {@code customerId}
   * @param orderId the sort key {@code orderId}
   * @return the old item, if there was one
   */
  public CompletableFuture<Optional<Order>> delete(String customerId, String orderId) {
    try {
      return delete(key(customerId, orderId));
    } catch (DynamoException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Removes attributes from one existing item.
   *
   * @param customerId the partition key {@code customerId}
   * @param orderId the sort key {@code orderId}
   * @param attributes non-key attributes, e.g. {@code OrderSchema.TOTAL_CENTS}
   * @return the item after the removal
   * @throws ConflictException when the item does not exist
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final CompletableFuture<Order> deleteAttributes(String customerId, String orderId,
      ValueAttribute<Order, ?>... attributes) {
    try {
      return deleteAttributes(key(customerId, orderId), List.of(attributes));
    } catch (DynamoException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Queries the table for the items whose {@code customerId} is the given value.
   *
   * @param customerId the partition key value
   * @return the query; run it with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()}
   */
  public Query<Order, Order> query(String customerId) {
    return Queries.of(this, null, customerId, null);
  }

  /**
   * Queries the table for the items whose {@code customerId} is the given value and whose
   * {@code orderId} meets a condition.
   *
   * @param customerId the partition key value
   * @param sort the condition on {@code orderId}, e.g. {@code sk -> sk.beginsWith("2026-")}
   * @return the query; run it with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()}
   */
  public Query<Order, Order> query(String customerId,
      Function<SortKeyRange.Text<Order>, SortCondition<Order>> sort) {
    return Queries.of(this, null, customerId, sort);
  }

  /**
   * Counts the items whose {@code customerId} is the given value, with {@code Select=COUNT}
   * over every page; no items are transferred.
   *
   * @param customerId the partition key value
   * @return the number of matching items
   */
  public CompletableFuture<Long> count(String customerId) {
    try {
      return query(customerId).countAsync();
    } catch (DynamoException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Counts the items whose {@code customerId} is the given value and whose {@code orderId} meets a condition, with {@code Select=COUNT}
   * over every page; no items are transferred.
   *
   * @param customerId the partition key value
   * @param sort the condition on the sort key
   * @return the number of matching items
   */
  public CompletableFuture<Long> count(String customerId,
      Function<SortKeyRange.Text<Order>, SortCondition<Order>> sort) {
    try {
      return query(customerId, sort).countAsync();
    } catch (DynamoException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Queries the index {@code by-status} for the items whose {@code status} is the given value.
   *
   * @param status the partition key value
   * @return the query; run it with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()}
   */
  public Query<Order, Order> queryByStatus(Order.Status status) {
    return Queries.of(this, "by-status", status, null);
  }

  /**
   * Queries the index {@code by-status} for the items whose {@code status} is the given value and whose
   * {@code createdAt} meets a condition.
   *
   * @param status the partition key value
   * @param sort the condition on {@code createdAt}, e.g. {@code sk -> sk.between(low, high)}
   * @return the query; run it with {@code publisher()}, {@code pageAsync(cursor)} or {@code countAsync()}
   */
  public Query<Order, Order> queryByStatus(Order.Status status,
      Function<SortKeyRange<Order, Instant>, SortCondition<Order>> sort) {
    return Queries.of(this, "by-status", status, sort);
  }
}
