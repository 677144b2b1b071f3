package dev.dynamorepo.runtime;

import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SDK clients one {@link DynamoDb} calls through: the sync client, the async client (given, or
 * made on first use), and which of them the connection owns and so closes.
 */
final class Clients {
  private final DynamoDbClient sync;
  private final Supplier<DynamoDbAsyncClient> asyncFactory;
  private final boolean ownsSync;
  private final boolean ownsAsync;
  private volatile DynamoDbAsyncClient async;

  /** Clients as given: either may be null, and the async one may be made on first use by {@code asyncFactory}. */
  Clients(DynamoDbClient sync, boolean ownsSync, DynamoDbAsyncClient async, Supplier<DynamoDbAsyncClient> asyncFactory,
      boolean ownsAsync) {
    this.sync = sync;
    this.ownsSync = ownsSync;
    this.async = async;
    this.asyncFactory = asyncFactory;
    this.ownsAsync = ownsAsync;
  }

  /** Clients the caller configured and owns; either may be null. */
  static Clients given(DynamoDbClient sync, DynamoDbAsyncClient async) {
    return new Clients(sync, false, async, null, false);
  }

  /** The same clients, owning none: the async one is still made once, by these clients. */
  Clients view() {
    return new Clients(sync, false, null, async == null && asyncFactory == null ? null : this::async, false);
  }

  /** The sync client, or null when the connection wraps only an async one. */
  DynamoDbClient sync() {
    return sync;
  }

  /** The async client, made on first use when the builder made the connection. */
  DynamoDbAsyncClient async() {
    DynamoDbAsyncClient result = async;
    if (result == null) {
      if (asyncFactory == null) {
        throw new DynamoException("this DynamoDb wraps only a DynamoDbClient; async operations need a DynamoDbAsyncClient:"
            + " build the connection with DynamoDb.builder() or DynamoDb.of(client, asyncClient)");
      }
      synchronized (this) {
        result = async;
        if (result == null) {
          result = asyncFactory.get();
          async = result;
        }
      }
    }
    return result;
  }

  /** Closes the clients these own (none that are shared through caching or were given). */
  void close() {
    if (ownsSync && sync != null) {
      sync.close();
    }
    DynamoDbAsyncClient made = async;
    if (ownsAsync && made != null) {
      made.close();
    }
  }
}
