package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.TransactGet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A transactional read across tables: up to 100 items read as one consistent snapshot in one
 * TransactGetItems call, each result typed by its repository.
 *
 * <pre>{@code
 * ReadTransaction read = dynamo.readTransaction();
 * ReadTransaction.Item<Order> order = read.get(orders, orders.key("alice", "o-1"));
 * ReadTransaction.Item<Customer> customer = read.get(customers, customers.key("alice"));
 * ReadTransaction.Result result = read.execute();       // or executeAsync()
 * Optional<Order> o = result.get(order);
 * }</pre>
 *
 * <p>Refused before sending: no items, more than 100, the same item twice, a key of another
 * entity. Not thread-safe; build and execute on one thread.
 */
public final class ReadTransaction {
  private final DynamoDb dynamo;
  private final TransactGet read = new TransactGet();

  ReadTransaction(DynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  /**
   * Adds one item to read.
   *
   * @param repository the item's repository (sync or async)
   * @param key the item's key
   * @param <E> the entity type
   * @return the handle to take the item from the result
   */
  public <E> Item<E> get(EntityTable<E> repository, Key<E> key) {
    return get(repository, Get.of(key));
  }

  /**
   * Adds one item, or a projection of it, to read. The read is always strongly consistent (a
   * snapshot), whatever the request's consistency.
   *
   * <pre>{@code
   * ReadTransaction.Item<OrderSummary> s = read.get(orders, Get.of(orders.key("alice", "o-1"))
   *     .project(OrderSummarySchema.PROJECTION));
   * }</pre>
   *
   * @param repository the item's repository (sync or async)
   * @param request the key and, optionally, a projection
   * @param <E> the entity type
   * @param <T> the entity or projection type
   * @return the handle to take the item from the result
   */
  @SuppressWarnings("unchecked")
  public <E, T> Item<T> get(EntityTable<E> repository, Get<E, T> request) {
    java.util.Objects.requireNonNull(request, "request");
    int index = read.add(repository.context, repository.checked(request.key()), request.projection());
    Class<T> type = request.projection() == null ? (Class<T>) repository.schema().entityType()
        : request.projection().projectionType();
    return new Item<>(this, index, type);
  }

  /**
   * Sends the read.
   *
   * @return the items
   * @throws DynamoException when a limit is exceeded (nothing was sent) or the server refused it
   */
  public Result execute() {
    return Futures.join(executeAsync(dynamo.engine().sync()));
  }

  /** @return the items, on the async client, or the same failures as {@link #execute()} */
  public CompletableFuture<Result> executeAsync() {
    return executeAsync(dynamo.engine().async());
  }

  private CompletableFuture<Result> executeAsync(dev.dynamorepo.runtime.internal.Runner runner) {
    return read.execute(runner).thenApply(items -> new Result(this, items));
  }

  /**
   * One item of a read transaction.
   *
   * @param <E> the entity type
   */
  public static final class Item<E> {
    private final ReadTransaction owner;
    private final int index;
    private final Class<E> type;

    Item(ReadTransaction owner, int index, Class<E> type) {
      this.owner = owner;
      this.index = index;
      this.type = type;
    }

    /** @return the item's position in the transaction, from 0 */
    public int index() {
      return index;
    }
  }

  /** The items a read transaction found. */
  public static final class Result {
    private final ReadTransaction owner;
    private final List<Optional<Object>> items;

    Result(ReadTransaction owner, List<Optional<Object>> items) {
      this.owner = owner;
      this.items = items;
    }

    /**
     * One item.
     *
     * @param item the handle {@link ReadTransaction#get} returned
     * @param <E> the entity type
     * @return the item, or empty when it does not exist
     * @throws DynamoException when the handle belongs to another read transaction
     */
    public <E> Optional<E> get(Item<E> item) {
      if (Objects.requireNonNull(item, "item").owner != owner) {
        throw new DynamoException("read transaction: the item handle belongs to another read transaction");
      }
      return items.get(item.index).map(item.type::cast);
    }

    /** @return the number of items read */
    public int size() {
      return items.size();
    }
  }
}
