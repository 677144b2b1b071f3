package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The auto-increment counter item, in the layout of the Python library dynamo-repo descends from
 * so that services in both languages can share it: table {@code <table>_SysItems}, key
 * {@code pk_id = "__PK_VALUE_COUNTER__"}, attributes {@code current_counter_value} (N) and
 * {@code last_modified_timestamp} (N, nanoseconds). Every change sets a new timestamp, which is
 * what gapless writers condition on.
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
  private static final Map<List<Object>, Block> BLOCKS = new ConcurrentHashMap<>();

  private final DynamoDbClient client;
  private final String table;
  private final String entityTable;
  private final Block block;

  private Counter(DynamoDbClient client, String entityTable, int blockSize) {
    this.client = client;
    this.entityTable = entityTable;
    this.table = entityTable + "_SysItems";
    this.block = BLOCKS.computeIfAbsent(List.of(client, table), k -> new Block(blockSize));
  }

  /**
   * The counter of an entity table; ids reserved in blocks are shared by the whole process.
   *
   * @param client the client
   * @param entityTable the entity's table
   * @param blockSize ids reserved per counter update in fast mode
   * @return the counter
   */
  public static Counter of(DynamoDbClient client, String entityTable, int blockSize) {
    return new Counter(client, entityTable, blockSize);
  }

  /** @return the counter table's name, {@code <table>_SysItems} */
  public String table() {
    return table;
  }

  /** Puts the counter item at 0 unless it exists (the Python helper's {@code put_atomic_counter}). */
  public void init() {
    try {
      client.putItem(b -> b.tableName(table).item(Map.of(KEY_ATTRIBUTE, AttributeValue.fromS(KEY_VALUE),
          VALUE, AttributeValue.fromN("0"), TIMESTAMP, AttributeValue.fromN(now(null))))
          .conditionExpression("attribute_not_exists(#k)").expressionAttributeNames(Map.of("#k", KEY_ATTRIBUTE)));
    } catch (ConditionalCheckFailedException exists) {
      // Already initialised, by us or by a Python service: keep its value.
    } catch (RuntimeException e) {
      throw Errors.wrap("PutItem (initCounter)", table, e);
    }
  }

  /**
   * Reads the counter with a consistent read.
   *
   * @return its value and timestamp
   * @throws DynamoException naming {@code initCounter()} when there is no counter
   */
  public State read() {
    GetItemResponse response;
    try {
      response = client.getItem(b -> b.tableName(table).key(KEY).consistentRead(true));
    } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
      throw missing(e);
    } catch (RuntimeException e) {
      throw Errors.wrap("GetItem (auto-increment counter)", table, e);
    }
    if (!response.hasItem() || response.item().isEmpty()) {
      throw missing(null);
    }
    Map<String, AttributeValue> item = response.item();
    return new State(new BigInteger(item.get(VALUE).n()), item.get(TIMESTAMP));
  }

  /**
   * The transaction action that moves the counter from {@code read} to {@code value}, conditioned
   * on nobody having moved it since it was read.
   *
   * @param read what was read
   * @param value the last id the transaction issues
   * @return the action
   */
  public TransactWriteItem advance(State read, BigInteger value) {
    return TransactWriteItem.builder().update(Update.builder().tableName(table).key(KEY)
        .updateExpression("SET #v = :v, #t = :t").conditionExpression(unchanged(read))
        .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP))
        .expressionAttributeValues(values(read, value)).build()).build();
  }

  /**
   * Moves the counter past an id that an item already holds, unless another writer moved it.
   *
   * @param read what was read
   * @param taken the id found taken
   */
  public void skipTaken(State read, BigInteger taken) {
    try {
      client.updateItem(UpdateItemRequest.builder().tableName(table).key(KEY)
          .updateExpression("SET #v = :v, #t = :t").conditionExpression(unchanged(read))
          .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP))
          .expressionAttributeValues(values(read, taken)).build());
    } catch (ConditionalCheckFailedException moved) {
      // Another writer moved it: the retry re-reads.
    } catch (RuntimeException e) {
      throw Errors.wrap("UpdateItem (auto-increment counter)", table, e);
    }
  }

  /**
   * Fast mode: the next id from one atomic ADD, or from this process's reserved block.
   *
   * @return a fresh id, never issued before
   */
  public BigInteger take() {
    // One id at a time needs no lock: the ADD itself is atomic.
    return block.size == 1 ? reserve(1) : block.next(this::reserve);
  }

  private BigInteger reserve(int size) {
    try {
      var response = client.updateItem(UpdateItemRequest.builder().tableName(table).key(KEY)
          .updateExpression("ADD #v :n SET #t = :t").conditionExpression("attribute_exists(#k)")
          .expressionAttributeNames(Map.of("#v", VALUE, "#t", TIMESTAMP, "#k", KEY_ATTRIBUTE))
          .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(size)),
              ":t", AttributeValue.fromN(now(null))))
          .returnValues(ReturnValue.UPDATED_NEW).build());
      return new BigInteger(response.attributes().get(VALUE).n());
    } catch (ConditionalCheckFailedException e) {
      throw missing(e);
    } catch (RuntimeException e) {
      throw Errors.wrap("UpdateItem (auto-increment counter)", table, e);
    }
  }

  /**
   * Whether action {@code index} of a cancelled transaction failed its condition.
   *
   * @param e the cancellation
   * @param index the action's position
   * @return true for ConditionalCheckFailed
   */
  public static boolean failed(TransactionCanceledException e, int index) {
    List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
    return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
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

  private DynamoException missing(Exception cause) {
    return new DynamoException("table '" + entityTable + "': the auto-increment counter item is missing from '"
        + table + "'; call initCounter() on the repository (createTable() does it too)", cause);
  }

  /**
   * The counter's value and timestamp as read.
   *
   * @param value the last id issued
   * @param timestamp {@code last_modified_timestamp}, or null when a writer never set it
   */
  public record State(BigInteger value, AttributeValue timestamp) {}

  /** Ids reserved by one ADD of {@code size}, handed out one by one; shared by the process. */
  private static final class Block {
    private final int size;
    private BigInteger next = BigInteger.ZERO;
    private BigInteger last = BigInteger.ZERO.subtract(BigInteger.ONE);

    Block(int size) {
      this.size = size;
    }

    synchronized BigInteger next(java.util.function.IntFunction<BigInteger> reserve) {
      if (next.compareTo(last) > 0) {
        last = reserve.apply(size);
        next = last.subtract(BigInteger.valueOf(size - 1L));
      }
      BigInteger id = next;
      next = next.add(BigInteger.ONE);
      return id;
    }
  }
}
