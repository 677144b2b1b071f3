package dev.dynamorepo.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one step per input with at most {@link #IN_FLIGHT} at once, without a thread pool: on the
 * async runner the steps overlap, on the sync runner each completes before the next starts. After
 * the first failure no new step starts, and the failure is reported only when every step already
 * started has finished, as a {@link Failure} that says what happened to each input.
 */
final class Fanout {
  /** Requests in flight at once; the SDK's default connection pool holds 50. */
  static final int IN_FLIGHT = 16;

  private Fanout() {}

  /** What happened to each input of a fan-out that stopped: a result, an error, or never started. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Object[] results;
    final transient Throwable[] errors;
    final transient boolean[] finished;

    Failure(Object[] results, Throwable[] errors, boolean[] finished, Throwable first) {
      super(first);
      this.results = results;
      this.errors = errors;
      this.finished = finished;
    }
  }

  static <T, R> CompletableFuture<List<R>> all(List<T> inputs, Function<T, CompletableFuture<R>> step) {
    if (inputs.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return new Run<>(inputs, step).start();
  }

  private static final class Run<T, R> {
    private final List<T> inputs;
    private final Function<T, CompletableFuture<R>> step;
    private final Object[] results;
    private final Throwable[] errors;
    private final boolean[] finished;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final CompletableFuture<List<R>> done = new CompletableFuture<>();
    private volatile Throwable failure;

    Run(List<T> inputs, Function<T, CompletableFuture<R>> step) {
      this.inputs = inputs;
      this.step = step;
      this.results = new Object[inputs.size()];
      this.errors = new Throwable[inputs.size()];
      this.finished = new boolean[inputs.size()];
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
        if (failure != null) {
          stop();
          return;
        }
        int index = next.getAndIncrement();
        if (index >= inputs.size()) {
          stop();
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

    private void stop() {
      if (running.decrementAndGet() == 0) {
        finish();
      }
    }

    private synchronized void record(int index, R result, Throwable error) {
      finished[index] = true;
      if (error != null) {
        errors[index] = Futures.unwrap(error);
        if (failure == null) {
          failure = errors[index];
        }
      } else {
        results[index] = result;
      }
    }

    @SuppressWarnings("unchecked")
    private synchronized void finish() {
      if (failure != null) {
        done.completeExceptionally(new Failure(results.clone(), errors.clone(), finished.clone(), failure));
      } else {
        List<R> out = new ArrayList<>(results.length);
        Arrays.stream(results).forEach(r -> out.add((R) r));
        done.complete(out);
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
