package dev.dynamorepo.runtime.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a paginated read as a {@link Flow.Publisher} with back-pressure: a page is fetched
 * only when the subscriber has demand and the previous page is used up, one page at a time, and
 * nothing after {@code cancel()}. Nothing is sent before the first {@code request(n)}.
 *
 * @param <E> the item type
 */
final class PagePublisher<E> implements Flow.Publisher<E> {
  /** One page as fetched: its items and the key to resume after it (null at the end). */
  record Chunk<E>(List<E> items, Map<String, AttributeValue> lastKey) {}

  private final Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch;
  private final long limit;

  PagePublisher(Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch, long limit) {
    this.fetch = fetch;
    this.limit = limit;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Subscription<E> subscription = new Subscription<>(subscriber, fetch, limit);
    subscriber.onSubscribe(subscription);
  }

  private static final class Subscription<E> implements Flow.Subscription {
    private final Flow.Subscriber<? super E> subscriber;
    private final Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch;
    private final long limit;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final ArrayDeque<E> buffer = new ArrayDeque<>();
    private volatile boolean cancelled;
    private volatile Chunk<E> arrived;
    private volatile Throwable failed;
    private Map<String, AttributeValue> start;
    private boolean fetching;
    private boolean lastPage;
    private boolean finished;
    private long emitted;

    Subscription(Flow.Subscriber<? super E> subscriber, Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch,
        long limit) {
      this.subscriber = subscriber;
      this.fetch = fetch;
      this.limit = limit;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        failed = new IllegalArgumentException("request(" + n + "): demand must be positive (Reactive Streams rule 3.9)");
      } else {
        demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    /** Serialised by {@code wip}: only one thread runs the loop, others leave work for it. */
    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      do {
        step();
      } while (wip.decrementAndGet() != 0);
    }

    private void step() {
      if (finished || cancelled) {
        return;
      }
      if (failed != null) {
        // A fetch fails only once the buffer is used up, and a bad request(n) ends at once.
        finish(failed);
        return;
      }
      Chunk<E> chunk = arrived;
      if (chunk != null) {
        arrived = null;
        fetching = false;
        buffer.addAll(chunk.items());
        start = chunk.lastKey();
        lastPage = start == null;
      }
      while (demand.get() > 0 && !buffer.isEmpty() && emitted < limit && !cancelled) {
        demand.decrementAndGet();
        emitted++;
        subscriber.onNext(buffer.poll());
      }
      if (cancelled) {
        return;
      }
      if (emitted >= limit || (lastPage && buffer.isEmpty())) {
        finish(null);
      } else if (buffer.isEmpty() && !fetching && demand.get() > 0) {
        fetching = true;
        Futures.defer(() -> fetch.apply(start)).whenComplete((next, error) -> {
          if (error != null) {
            failed = Futures.unwrap(error);
          } else {
            arrived = next;
          }
          drain();
        });
      }
    }

    private void finish(Throwable error) {
      finished = true;
      if (error == null) {
        subscriber.onComplete();
      } else {
        subscriber.onError(error);
      }
    }
  }
}
