package dev.dynamorepo.runtime.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Shares one {@link DynamoDbClient} between connections built with equal settings
 * ({@code caching(true)}), the Python helper's client cache. Clients live as long as the JVM.
 */
public final class ClientCache {
  private static final Map<List<Object>, DynamoDbClient> CLIENTS = new ConcurrentHashMap<>();

  private ClientCache() {}

  /**
   * The client for these settings, created once.
   *
   * @param settings the connection settings, compared by value
   * @param factory creates the client the first time
   * @return the shared client
   */
  public static DynamoDbClient shared(List<Object> settings, Supplier<DynamoDbClient> factory) {
    return CLIENTS.computeIfAbsent(settings, s -> factory.get());
  }
}
