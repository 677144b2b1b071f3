package dev.dynamorepo.runtime.wire;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Which API a test runs: the sync repository, or the async one joined (its failure unwrapped). */
enum Side {
  SYNC, ASYNC;

  /**
   * Runs the sync form or the async form. The async form must not throw: every refusal, even of an
   * argument, completes its future.
   */
  <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    if (this == SYNC) {
      return sync.get();
    }
    CompletableFuture<T> future;
    try {
      future = async.get();
    } catch (RuntimeException e) {
      return fail("the async call threw instead of completing its future exceptionally", e);
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
