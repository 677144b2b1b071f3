package dev.dynamorepo.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs units: one place for synchronous calls (the caller's thread, the result already complete),
 * one for asynchronous calls (no thread blocked). Multi-step operations (paging, retries,
 * auto-increment) are written once as future compositions over a runner, so sync and async share
 * every line but the call itself.
 */
public abstract class Runner {
  private Runner() {}

  /**
   * Runs a unit.
   *
   * @param op the unit
   * @param <S> the SDK response
   * @param <R> the result
   * @return the result, or the translated failure
   */
  public abstract <S, R> CompletableFuture<R> run(Call<?, S, R> op);

  /**
   * Waits before a retry: sleeps on the caller's thread when synchronous, schedules (no thread
   * blocked) when not.
   *
   * @param millis the pause
   * @return completes after the pause
   */
  public CompletableFuture<Void> pause(long millis) {
    return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
  }

  static Runner sync(DynamoDbClient client) {
    return new Sync(client);
  }

  static Runner async(java.util.function.Supplier<DynamoDbAsyncClient> client) {
    return new Async(client);
  }

  /**
   * Runs units on the sync client, each on a thread of a bounded shared pool, so that the many
   * independent calls of one synchronous operation (bulk writes, {@code deleteAll}, merged parallel
   * scans) overlap and still go out through the client, with its interceptors, retry strategy,
   * timeouts and HTTP client, that the caller's other synchronous calls use.
   */
  static Runner parallel(DynamoDbClient client) {
    return new Parallel(client);
  }

  private static final class Sync extends Runner {
    private final DynamoDbClient client;

    Sync(DynamoDbClient client) {
      this.client = client;
    }

    @Override
    public <S, R> CompletableFuture<R> run(Call<?, S, R> op) {
      try {
        return CompletableFuture.completedFuture(op.result(op.call(client)));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(op.failure(e));
      }
    }

    @Override
    public CompletableFuture<Void> pause(long millis) {
      try {
        Thread.sleep(millis);
        return CompletableFuture.completedFuture(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompletableFuture.failedFuture(new dev.dynamorepo.runtime.DynamoException("interrupted while backing off", e));
      }
    }
  }

  private static final class Parallel extends Runner {
    /** Threads for every connection's synchronous fan-out: the SDK's default connection pool holds 50. */
    private static final java.util.concurrent.ThreadPoolExecutor POOL = pool(50);
    private final Sync sync;

    Parallel(DynamoDbClient client) {
      this.sync = new Sync(client);
    }

    private static java.util.concurrent.ThreadPoolExecutor pool(int threads) {
      java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 30,
          TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "dynamo-repo-fanout-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
      pool.allowCoreThreadTimeOut(true);
      return pool;
    }

    @Override
    public <S, R> CompletableFuture<R> run(Call<?, S, R> op) {
      // Each task is one call and never waits for another task, so a bounded pool cannot deadlock.
      return CompletableFuture.supplyAsync(() -> sync.run(op), POOL).thenCompose(f -> f);
    }
  }

  private static final class Async extends Runner {
    private final java.util.function.Supplier<DynamoDbAsyncClient> client;

    Async(java.util.function.Supplier<DynamoDbAsyncClient> client) {
      this.client = client;
    }

    @Override
    public <S, R> CompletableFuture<R> run(Call<?, S, R> op) {
      CompletableFuture<R> out = new CompletableFuture<>();
      CompletableFuture<S> sent;
      try {
        sent = op.callAsync(client.get());
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(op.failure(e));
      }
      sent.whenComplete((response, error) -> {
        if (error != null) {
          out.completeExceptionally(op.failure(error));
          return;
        }
        try {
          out.complete(op.result(response));
        } catch (RuntimeException e) {
          out.completeExceptionally(op.failure(e));
        }
      });
      return out;
    }
  }
}
