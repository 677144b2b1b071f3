package dev.dynamorepo.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code deleteAll}: one DeleteItem (ReturnValues=ALL_OLD) per key, at most {@value #PARALLELISM}
 * in flight, because BatchWriteItem cannot return the old items the caller asked for.
 */
final class BulkDelete<E> {
  /** Requests in flight at once; the SDK's default connection pool holds 50. */
  static final int PARALLELISM = 16;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Operations<E> ops;

  BulkDelete(Operations<E> ops) {
    this.ops = ops;
  }

  List<E> deleteAll(List<Key<E>> keys) {
    if (keys.size() <= 1) {
      return keys.isEmpty() ? List.of() : ops.delete(keys.get(0), null).map(List::of).orElse(List.of());
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, keys.size()), r -> {
      Thread t = new Thread(r, "dynamo-repo-delete-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<CompletableFuture<Optional<E>>> futures = new ArrayList<>(keys.size());
      keys.forEach(k -> futures.add(CompletableFuture.supplyAsync(() -> ops.delete(k, null), pool)));
      List<E> old = new ArrayList<>();
      for (CompletableFuture<Optional<E>> f : futures) {
        join(f).ifPresent(old::add);
      }
      return old;
    } finally {
      pool.shutdown();
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
