package dev.dynamorepo.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one step per input with at most {@link #IN_FLIGHT} at once, without a thread pool: on the
 * async runner the steps overlap, on the sync runner each completes before the next starts. After
 * the first failure no new step starts, and the failure is reported only when every step already
 * started has finished, so nothing happens after the caller is told.
 */
final class Fanout {
  /** Requests in flight at once; the SDK's default connection pool holds 50. */
  static final int IN_FLIGHT = 16;

  private Fanout() {}

  static <T, R> CompletableFuture<List<R>> all(List<T> inputs, Function<T, CompletableFuture<R>> step) {
    if (inputs.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return new Run<>(inputs, step).start();
  }

  private static final class Run<T, R> {
    private final List<T> inputs;
    private final Function<T, CompletableFuture<R>> step;
    private final List<R> results;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final CompletableFuture<List<R>> done = new CompletableFuture<>();
    private volatile Throwable failure;

    Run(List<T> inputs, Function<T, CompletableFuture<R>> step) {
      this.inputs = inputs;
      this.step = step;
      this.results = new ArrayList<>(Collections.nCopies(inputs.size(), null));
    }

    CompletableFuture<List<R>> start() {
      int lanes = Math.min(IN_FLIGHT, inputs.size());
      running.set(lanes);
      for (int i = 0; i < lanes; i++) {
        lane();
      }
      return done;
    }

    /** One lane: takes the next input until none is left or a step failed. */
    private void lane() {
      while (true) {
        int index = next.getAndIncrement();
        if (index >= inputs.size() || failure != null) {
          if (running.decrementAndGet() == 0) {
            finish();
          }
          return;
        }
        CompletableFuture<R> f = Futures.defer(() -> step.apply(inputs.get(index)));
        if (!f.isDone()) {
          f.whenComplete((r, e) -> {
            record(index, r, e);
            lane();
          });
          return;
        }
        // Completed inline (sync runner): loop instead of recursing, so the stack stays flat.
        Throwable error = f.isCompletedExceptionally() ? error(f) : null;
        record(index, error == null ? f.join() : null, error);
      }
    }

    private void record(int index, R result, Throwable error) {
      if (error != null) {
        if (failure == null) {
          failure = Futures.unwrap(error);
        }
        return;
      }
      synchronized (results) {
        results.set(index, result);
      }
    }

    private void finish() {
      if (failure != null) {
        done.completeExceptionally(failure);
      } else {
        done.complete(results);
      }
    }

    private static Throwable error(CompletableFuture<?> f) {
      try {
        f.join();
        return null;
      } catch (RuntimeException e) {
        return Futures.unwrap(e);
      }
    }
  }
}
