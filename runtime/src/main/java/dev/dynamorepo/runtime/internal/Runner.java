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
  public abstract <S, R> CompletableFuture<R> run(Op<S, R> op);

  /**
   * Waits before a retry: sleeps on the caller's thread when synchronous, schedules when not.
   *
   * @param millis the pause
   * @return completes after the pause
   */
  public abstract CompletableFuture<Void> pause(long millis);

  static Runner sync(DynamoDbClient client) {
    return new Sync(client);
  }

  static Runner async(java.util.function.Supplier<DynamoDbAsyncClient> client) {
    return new Async(client);
  }

  private static final class Sync extends Runner {
    private final DynamoDbClient client;

    Sync(DynamoDbClient client) {
      this.client = client;
    }

    @Override
    public <S, R> CompletableFuture<R> run(Op<S, R> op) {
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

  private static final class Async extends Runner {
    private final java.util.function.Supplier<DynamoDbAsyncClient> client;

    Async(java.util.function.Supplier<DynamoDbAsyncClient> client) {
      this.client = client;
    }

    @Override
    public <S, R> CompletableFuture<R> run(Op<S, R> op) {
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

    @Override
    public CompletableFuture<Void> pause(long millis) {
      return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }
  }
}
