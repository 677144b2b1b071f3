package dev.dynamorepo.runtime.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a paginated read as a {@link Flow.Publisher} with back-pressure: a page is fetched
 * only when the subscriber has demand and the items already fetched are used up, and nothing after
 * {@code cancel()}. Nothing is sent before the first {@code request(n)}. With several sources (the
 * segments of a parallel scan) each idle source fetches its next page at the same time, and the
 * pages are merged in the order they arrive.
 *
 * @param <E> the item type
 */
final class PagePublisher<E> implements Flow.Publisher<E> {
  /** One page as fetched: its items and the key to resume after it (null at the end). */
  record Chunk<E>(List<E> items, Map<String, AttributeValue> lastKey) {}

  private final List<Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>>> sources;
  private final long limit;

  PagePublisher(List<Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>>> sources, long limit) {
    this.sources = List.copyOf(sources);
    this.limit = limit;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    subscriber.onSubscribe(new Subscription<>(subscriber, sources, limit));
  }

  /** Where one source is: the key to resume from, whether a fetch is out, whether it is done. */
  private static final class Source<E> {
    final Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch;
    Map<String, AttributeValue> start;
    boolean fetching;
    boolean done;

    Source(Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>> fetch) {
      this.fetch = fetch;
    }
  }

  private record Arrived<E>(Source<E> source, Chunk<E> chunk) {}

  private static final class Subscription<E> implements Flow.Subscription {
    private final Flow.Subscriber<? super E> subscriber;
    private final List<Source<E>> sources;
    private final long limit;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private final ArrayDeque<E> buffer = new ArrayDeque<>();
    private final Queue<Arrived<E>> arrived = new ConcurrentLinkedQueue<>();
    private volatile boolean cancelled;
    private volatile Throwable failed;
    private boolean finished;
    private long emitted;

    Subscription(Flow.Subscriber<? super E> subscriber, List<Function<Map<String, AttributeValue>, CompletableFuture<Chunk<E>>>> fetches,
        long limit) {
      this.subscriber = subscriber;
      this.sources = fetches.stream().map(Source::new).toList();
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
        // A fetch fails only once its source's items are used up, and a bad request(n) ends at once.
        finish(failed);
        return;
      }
      for (Arrived<E> a; (a = arrived.poll()) != null; ) {
        a.source().fetching = false;
        buffer.addAll(a.chunk().items());
        a.source().start = a.chunk().lastKey();
        a.source().done = a.source().start == null;
      }
      while (demand.get() > 0 && !buffer.isEmpty() && emitted < limit && !cancelled) {
        demand.decrementAndGet();
        emitted++;
        subscriber.onNext(buffer.poll());
      }
      if (cancelled) {
        return;
      }
      boolean busy = false;
      for (Source<E> source : sources) {
        if (!source.done && !source.fetching && buffer.isEmpty() && demand.get() > 0 && emitted < limit) {
          fetch(source);
        }
        busy |= !source.done;
      }
      if (emitted >= limit || (!busy && buffer.isEmpty())) {
        finish(null);
      }
    }

    private void fetch(Source<E> source) {
      source.fetching = true;
      Map<String, AttributeValue> start = source.start;
      Futures.defer(() -> source.fetch.apply(start)).whenComplete((next, error) -> {
        if (error != null) {
          failed = Futures.unwrap(error);
        } else {
          arrived.add(new Arrived<>(source, next));
        }
        drain();
      });
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
