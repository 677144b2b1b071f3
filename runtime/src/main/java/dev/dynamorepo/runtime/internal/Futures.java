package dev.dynamorepo.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Small helpers for the future compositions every operation is written as. */
public final class Futures {
  private Futures() {}

  /**
   * Runs {@code step} now; a check that throws becomes a failed future, so async callers see every
   * refusal in the future and sync callers see it thrown by {@link #join}.
   *
   * @param step builds and starts the operation
   * @param <T> the result
   * @return the operation's future
   */
  public static <T> CompletableFuture<T> defer(Supplier<CompletableFuture<T>> step) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Waits for a result and throws its failure unwrapped, as sync callers expect.
   *
   * @param future the operation
   * @param <T> the result
   * @return the result
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw rethrow(e.getCause());
    }
  }

  /**
   * The cause of a completion wrapper.
   *
   * @param error what a future failed with
   * @return the underlying error
   */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new CompletionException(cause);
  }
}
