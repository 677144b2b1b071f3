package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one {@code DynamoDb} runs on: its clients, the sync and async runners, and the state that
 * must live exactly as long as it (auto-increment id blocks). Nothing here outlives the
 * {@code DynamoDb} that made it.
 */
public final class Engine {
  private final DynamoDbClient client;
  private final Runner sync;
  private final Runner async;
  private final Runner fanout;
  private final CursorCodec cursors;
  private final Map<String, Counter.Block> blocks = new ConcurrentHashMap<>();

  /**
   * An engine over the given clients.
   *
   * @param client the sync client, or null when there is only an async one (sync calls then wait
   *     for the async client)
   * @param asyncClient makes or returns the async client on first use
   * @param cursors seals page cursors
   */
  public Engine(DynamoDbClient client, Supplier<DynamoDbAsyncClient> asyncClient, CursorCodec cursors) {
    this.client = client;
    this.cursors = cursors;
    this.async = Runner.async(asyncClient);
    this.sync = client == null ? async : Runner.sync(client);
    this.fanout = client == null ? async : Runner.parallel(client);
  }

  /** @return runs units on the caller's thread (or, without a sync client, waits for the async one) */
  public Runner sync() {
    return sync;
  }

  /**
   * The runner for the many independent calls of one synchronous operation: the sync client, calls
   * overlapping on a bounded pool, so a synchronous call never goes out through the async client,
   * which may lack the sync side's customisation (or, without a sync client, the async client).
   *
   * @return the runner
   */
  public Runner fanout() {
    return fanout;
  }

  /** @return runs units without blocking a thread */
  public Runner async() {
    return async;
  }

  /**
   * The sync client, for table upkeep.
   *
   * @return the client
   * @throws DynamoException when this connection wraps only an async client
   */
  public DynamoDbClient client() {
    if (client == null) {
      throw new DynamoException("this DynamoDb wraps only a DynamoDbAsyncClient; build it with DynamoDb.builder() or "
          + "DynamoDb.of(syncClient, asyncClient) for synchronous table management");
    }
    return client;
  }

  CursorCodec cursors() {
    return cursors;
  }

  Counter.Block block(String counterTable, int size) {
    return blocks.computeIfAbsent(counterTable, t -> new Counter.Block(size));
  }
}
