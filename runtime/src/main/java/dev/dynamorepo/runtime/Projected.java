package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Engine;
import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Reads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * A query or scan that returns a typed projection of each item ({@code query(..).project(..)}),
 * run like the read it came from, with the same pages, cursors and errors.
 *
 * <pre>{@code
 * List<OrderSummary> summaries = orders.query("alice").project(OrderSummarySchema.PROJECTION).stream().toList();
 * }</pre>
 *
 * @param <P> the projection type
 */
public final class Projected<P> {
  private final Engine engine;
  private final Reads<?, P> reads;

  Projected(Engine engine, Reads<?, P> reads) {
    this.engine = engine;
    this.reads = reads;
  }

  /** @return every matching item's projection, page by page as the stream is consumed */
  public Stream<P> stream() {
    return reads.stream();
  }

  /** @return every matching item's projection as a publisher with back-pressure */
  public Flow.Publisher<P> publisher() {
    return reads.publisher();
  }

  /** @param cursor null for the first page, else the previous page's cursor @return one page */
  public Page<P> page(String cursor) {
    return Futures.join(reads.page(engine.sync(), cursor));
  }

  /** @param cursor null for the first page, else the previous page's cursor @return one page, async */
  public CompletableFuture<Page<P>> pageAsync(String cursor) {
    return Futures.defer(() -> reads.page(engine.async(), cursor));
  }
}
