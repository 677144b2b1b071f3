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
  private final boolean hasAsync;
  private final CursorCodec cursors;
  private final Map<String, Counter.Block> blocks = new ConcurrentHashMap<>();

  /**
   * An engine over the given clients.
   *
   * @param client the sync client, or null when there is only an async one (sync calls then wait
   *     for the async client)
   * @param asyncClient makes or returns the async client on first use
   * @param hasAsync whether an async client can be had without error
   * @param cursors seals page cursors
   */
  public Engine(DynamoDbClient client, Supplier<DynamoDbAsyncClient> asyncClient, boolean hasAsync, CursorCodec cursors) {
    this.client = client;
    this.cursors = cursors;
    this.hasAsync = hasAsync;
    this.async = Runner.async(asyncClient);
    this.sync = client == null ? async : Runner.sync(client);
  }

  /** @return runs units on the caller's thread (or, without a sync client, waits for the async one) */
  public Runner sync() {
    return sync;
  }

  /** @return the runner for many independent calls: async (overlapping) when there is an async client */
  public Runner fanout() {
    return hasAsync ? async : sync;
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
