package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The auto-increment counter item, in the layout of the Python library dynamo-repo descends from
 * so that services in both languages can share it: table {@code <table>_SysItems}, key
 * {@code pk_id = "__PK_VALUE_COUNTER__"}, attributes {@code current_counter_value} (N) and
 * {@code last_modified_timestamp} (N, nanoseconds). Every change sets a new timestamp, which is
 * what gapless writers condition on. Every call runs on the caller's runner.
 */
public final class Counter {
  /** The counter table's key attribute. */
  public static final String KEY_ATTRIBUTE = "pk_id";
  /** The counter item's key value. */
  public static final String KEY_VALUE = "__PK_VALUE_COUNTER__";
  /** The last id issued. */
  public static final String VALUE = "current_counter_value";
  /** When the counter last changed, in nanoseconds since the epoch. */
  public static final String TIMESTAMP = "last_modified_timestamp";
  private static final Map<String, AttributeValue> KEY = Map.of(KEY_ATTRIBUTE, AttributeValue.fromS(KEY_VALUE));

  private final String table;
  private final String entityTable;
  private final Block block;

  Counter(Engine engine, String entityTable, int blockSize) {
    this.entityTable = entityTable;
    this.table = entityTable + "_SysItems";
    this.block = engine.block(table, blockSize);
  }

  /** @return the counter table's name, {@code <table>_SysItems} */
  public String table() {
    return table;
  }

  /** Puts the counter item at 0 unless it exists (the Python helper's {@code put_atomic_counter}). */
  CompletableFuture<Void> init(Runner runner) {
    PutItemRequest request = PutItemRequest.builder().tableName(table).item(Map.of(KEY_ATTRIBUTE, AttributeValue.fromS(KEY_VALUE),
        VALUE, AttributeValue.fromN("0"), TIMESTAMP, AttributeValue.fromN(now(null))))
        .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", KEY_ATTRIBUTE)).build();
    Call<PutItemRequest, PutItemResponse, Void> call = new Call<>(table, "PutItem (initCounter)", request,
        DynamoDbClient::putItem, DynamoDbAsyncClient::putItem, r -> null, null);
    return ignoreConflict(runner.run(call)); // already initialised, by us or by a Python service: keep its value
  }

  /** Paging the counter with a consistent read; a missing counter names {@code initCounter()}. */
  CompletableFuture<State> read(Runner runner) {
    GetItemRequest request = GetItemRequest.builder().tableName(table).key(KEY).consistentRead(true).build();
    Call<GetItemRequest, GetItemResponse, State> call = new Call<>(table, "GetItem (auto-increment counter)", request,
        DynamoDbClient::getItem, DynamoDbAsyncClient::getItem, this::state, null);
    return runner.run(call).handle((state, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        throw cause.getCause() instanceof ResourceNotFoundException ? missing(cause) : (RuntimeException) cause;
      }
      return state;
    });
  }

  private State state(GetItemResponse response) {
    if (!response.hasItem() || response.item().isEmpty()) {
      throw missing(null);
    }
    Map<String, AttributeValue> item = response.item();
    return new State(new BigInteger(item.get(VALUE).n()), item.get(TIMESTAMP));
  }

  /** The transaction action that moves the counter from {@code read} to {@code value}, if nobody moved it since. */
  TransactWriteItem advance(State read, BigInteger value) {
    return TransactWriteItem.builder().update(Update.builder().tableName(table).key(KEY)
        .updateExpression("SET #v = :v, #t = :t").conditionExpression(unchanged(read))
        .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP))
        .expressionAttributeValues(values(read, value)).build()).build();
  }

  /** Moves the counter past an id that an item already holds, unless another writer moved it. */
  CompletableFuture<Void> skipTaken(Runner runner, State read, BigInteger taken) {
    UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(KEY)
        .updateExpression("SET #v = :v, #t = :t").conditionExpression(unchanged(read))
        .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP))
        .expressionAttributeValues(values(read, taken)).build();
    return ignoreConflict(runner.run(new Call<>(table, "UpdateItem (auto-increment counter)", request,
        DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem, r -> null, null)));
  }

  /** Fast mode: the next id from one atomic ADD, or from this connection's reserved block. */
  CompletableFuture<BigInteger> take(Runner runner) {
    // One id at a time needs no block: the ADD itself is atomic.
    return block.size == 1 ? reserve(runner, 1) : block.next(() -> reserve(runner, block.size));
  }

  /**
   * Reserves {@code size} ids with one atomic ADD, for bulk writes: never issued twice, a failed
   * batch leaves a gap.
   *
   * @return the last id of the block
   */
  CompletableFuture<BigInteger> reserveBlock(Runner runner, int size) {
    return reserve(runner, size);
  }

  private CompletableFuture<BigInteger> reserve(Runner runner, int size) {
    UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(KEY)
        .updateExpression("ADD #v :n SET #t = :t").conditionExpression("attribute_exists(#k)")
        .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP, "#k", KEY_ATTRIBUTE))
        .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(size)), ":t", AttributeValue.fromN(now(null))))
        .returnValues(ReturnValue.UPDATED_NEW).build();
    Call<UpdateItemRequest, UpdateItemResponse, BigInteger> call = new Call<>(table, "UpdateItem (auto-increment counter)",
        request, DynamoDbClient::updateItem, DynamoDbAsyncClient::updateItem, r -> new BigInteger(r.attributes().get(VALUE).n()), null);
    return runner.run(call).handle((id, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        throw cause instanceof ConflictException ? missing(cause) : (RuntimeException) cause;
      }
      return id;
    });
  }

  /**
   * Whether action {@code index} of a cancelled transaction failed its condition.
   *
   * @param e the cancellation
   * @param index the action's position
   * @return true for ConditionalCheckFailed
   */
  static boolean failed(TransactionCanceledException e, int index) {
    List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
    return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
  }

  private static CompletableFuture<Void> ignoreConflict(CompletableFuture<Void> call) {
    return call.exceptionally(error -> {
      Throwable cause = Futures.unwrap(error);
      // Refused because the item exists, also when a lost earlier attempt of this call created it.
      if (cause instanceof ConflictException || cause.getCause()
          instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException) {
        return null;
      }
      throw (RuntimeException) cause;
    });
  }

  private static String unchanged(State read) {
    return read.timestamp() == null ? "attribute_not_exists(#t)" : "#t = :r";
  }

  private static Map<String, AttributeValue> values(State read, BigInteger value) {
    AttributeValue v = AttributeValue.fromN(value.toString());
    AttributeValue t = AttributeValue.fromN(now(read.timestamp()));
    return read.timestamp() == null ? Map.of(":v", v, ":t", t) : Map.of(":v", v, ":t", t, ":r", read.timestamp());
  }

  /** Nanoseconds now, and always different from the timestamp read, so a change is always seen. */
  private static String now(AttributeValue read) {
    Instant now = Instant.now();
    BigInteger nanos = BigInteger.valueOf(now.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(now.getNano()));
    if (read != null && nanos.compareTo(new BigInteger(read.n())) <= 0) {
      nanos = new BigInteger(read.n()).add(BigInteger.ONE);
    }
    return nanos.toString();
  }

  private DynamoException missing(Throwable cause) {
    return new DynamoException("table '" + entityTable + "': the auto-increment counter item is missing from '"
        + table + "'; call initCounter() on the repository (createTable() does it too)", cause);
  }

  /**
   * The counter's value and timestamp as read.
   *
   * @param value the last id issued
   * @param timestamp {@code last_modified_timestamp}, or null when a writer never set it
   */
  record State(BigInteger value, AttributeValue timestamp) {}

  /** Ids reserved by one ADD of {@code size}, handed out one by one; shared by one connection. */
  static final class Block {
    private final int size;
    private BigInteger next = BigInteger.ZERO;
    private BigInteger last = BigInteger.ZERO.subtract(BigInteger.ONE);
    private CompletableFuture<Void> refill;

    Block(int size) {
      this.size = size;
    }

    /** The next reserved id; at most one reservation is in flight, later callers wait for it. */
    synchronized CompletableFuture<BigInteger> next(Supplier<CompletableFuture<BigInteger>> reserve) {
      if (next.compareTo(last) <= 0) {
        BigInteger id = next;
        next = next.add(BigInteger.ONE);
        return CompletableFuture.completedFuture(id);
      }
      CompletableFuture<Void> wait = refill;
      if (wait == null) {
        CompletableFuture<Void> started = reserve.get().thenAccept(this::refilled);
        refill = started.isDone() ? null : started;
        started.whenComplete((v, e) -> clear(started));
        wait = started;
      }
      return wait.thenCompose(v -> next(reserve));
    }

    private synchronized void refilled(BigInteger lastId) {
      last = lastId;
      next = lastId.subtract(BigInteger.valueOf(size - 1L));
    }

    private synchronized void clear(CompletableFuture<Void> done) {
      if (refill == done) {
        refill = null;
      }
    }
  }
}
