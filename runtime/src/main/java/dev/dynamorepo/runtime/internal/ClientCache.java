package dev.dynamorepo.runtime.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Shares one client between connections built with equal settings ({@code caching(true)}), the
 * Python helper's client cache. Cached clients live as long as the JVM and are never closed by a
 * connection.
 */
public final class ClientCache {
  private static final Map<List<Object>, Object> CLIENTS = new ConcurrentHashMap<>();

  private ClientCache() {}

  /**
   * The client for these settings, created once.
   *
   * @param settings the connection settings, compared by value (objects such as a credentials
   *     provider by identity)
   * @param factory creates the client the first time
   * @param <T> the client type (sync and async clients are cached apart)
   * @return the shared client
   */
  @SuppressWarnings("unchecked")
  public static <T> T shared(List<Object> settings, Supplier<T> factory) {
    return (T) CLIENTS.computeIfAbsent(settings, s -> factory.get());
  }
}
