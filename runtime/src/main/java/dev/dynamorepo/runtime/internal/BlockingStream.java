package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A sync stream over a publisher, for a merged parallel scan: requests a bounded batch at a time
 * (back-pressure), hands items over through a queue, rethrows the publisher's failure, and
 * cancels the subscription when the stream is closed. Nothing is requested before the first item
 * is asked for.
 */
final class BlockingStream {
  /** Items requested at a time; the queue never holds more. */
  private static final int BATCH = 256;
  private static final Object END = new Object();

  private BlockingStream() {}

  static <E> Stream<E> of(Flow.Publisher<E> publisher, String table, String operation) {
    Bridge<E> bridge = new Bridge<>(publisher, table, operation);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(bridge, Spliterator.NONNULL), false).onClose(bridge::cancel);
  }

  private static final class Bridge<E> implements Iterator<E>, Flow.Subscriber<E> {
    private final Flow.Publisher<E> publisher;
    private final String table;
    private final String operation;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile Throwable error;
    private Object next;
    private int taken;
    private boolean subscribed;

    Bridge(Flow.Publisher<E> publisher, String table, String operation) {
      this.publisher = publisher;
      this.table = table;
      this.operation = operation;
    }

    @Override
    public boolean hasNext() {
      if (!subscribed) {
        subscribed = true;
        publisher.subscribe(this);
      }
      if (next == null) {
        try {
          next = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancel();
          throw new DynamoException("table '" + table + "': " + operation + " interrupted", e);
        }
        if (next != END && ++taken % BATCH == 0) {
          subscription.request(BATCH);
        }
      }
      if (next == END) {
        if (error != null) {
          throw error instanceof RuntimeException r ? r : new DynamoException("table '" + table + "': " + operation + " failed", error);
        }
        return false;
      }
      return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      E item = (E) next;
      next = null;
      return item;
    }

    void cancel() {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(BATCH);
    }

    @Override
    public void onNext(E item) {
      queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
      error = t;
      queue.add(END);
    }

    @Override
    public void onComplete() {
      queue.add(END);
    }
  }
}
