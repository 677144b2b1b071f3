package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.TableOps;

/**
 * A scan of a whole table, made by {@code repository.scanner()}.
 *
 * <pre>{@code
 * long paid = orders.scanner().filter(OrderSchema.STATUS.eq(Status.PAID)).count();
 * Page<Order> first = orders.scanner().pageSize(100).page(null);
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Scan<E> extends Reader<E, Scan<E>> {
  Scan(TableOps<E> ops) {
    super(ops, null, false);
  }

  /**
   * A parallel scan: {@code total} segments read at the same time and merged into one stream or
   * publisher; {@link #count()} sums the segments. A stream reads through the sync client (up to
   * 50 calls overlapping, on a shared pool of daemon threads), a publisher through the async
   * client without blocking a thread.
   *
   * @param total 1 to 1,000,000 segments
   * @return this
   */
  public Scan<E> segments(int total) {
    return segments(total, null);
  }

  /**
   * A parallel scan whose segments are read with the sync client on the caller's executor (a
   * bounded pool of the application's choosing).
   *
   * @param total 1 to 1,000,000 segments
   * @param executor runs one page fetch per task, or null for the default of {@link #segments(int)}
   * @return this
   */
  public Scan<E> segments(int total, java.util.concurrent.Executor executor) {
    checkTotal(total);
    this.segments = new dev.dynamorepo.runtime.internal.Reads.Segments(-1, total, executor);
    return this;
  }

  /**
   * One worker's share of a parallel scan: segment {@code segment} of {@code total}, with its own
   * pages and cursors (bound to that segment).
   *
   * @param segment from 0 to total - 1
   * @param total 1 to 1,000,000 segments
   * @return this
   */
  public Scan<E> segment(int segment, int total) {
    checkTotal(total);
    if (segment < 0 || segment >= total) {
      throw new DynamoException("table '" + ops.table() + "': segment " + segment + " is not one of 0.." + (total - 1));
    }
    this.segments = new dev.dynamorepo.runtime.internal.Reads.Segments(segment, total, null);
    return this;
  }

  private void checkTotal(int total) {
    if (total < 1 || total > 1_000_000) {
      throw new DynamoException("table '" + ops.table() + "': a parallel scan has 1 to 1,000,000 segments, got " + total);
    }
  }

  @Override
  Expr keyCondition() {
    return null;
  }

  @Override
  boolean isDescending() {
    return false;
  }
}
