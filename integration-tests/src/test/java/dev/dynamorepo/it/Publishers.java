package dev.dynamorepo.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Test helper: reads a publisher to its end, one item per request, as a back-pressured subscriber does. */
public final class Publishers {
  private Publishers() {}

  /** Subscribes, asking for one item at a time, and collects every item. */
  public static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> done = new CompletableFuture<>();
    publisher.subscribe(new Flow.Subscriber<T>() {
      private final List<T> items = new ArrayList<>();
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(T item) {
        items.add(item);
        subscription.request(1);
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        done.complete(items);
      }
    });
    return done;
  }
}
