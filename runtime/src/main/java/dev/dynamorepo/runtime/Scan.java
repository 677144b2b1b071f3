package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.TableContext;
import dev.dynamorepo.runtime.support.ProjectionSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scan of a whole table, made by {@code repository.scanner()}.
 *
 * <pre>{@code
 * long paid = orders.scanner().filter(OrderSchema.STATUS.eq(Status.PAID)).count();
 * Page<Order> first = orders.scanner().pageSize(100).page(null);
 * }</pre>
 *
 * @param <E> the entity type
 * @param <T> what each item is read as: the entity, or a projection of it after {@link #project}
 */
public final class Scan<E, T> extends Reader<E, T, Scan<E, T>> {
  private Scan(TableContext<E> context, Settings<E, T> settings) {
    super(context, settings);
  }

  static <E> Scan<E, E> of(TableContext<E> context) {
    return new Scan<>(context, Settings.of(null, false));
  }

  @Override
  Scan<E, T> with(Settings<E, T> settings) {
    return new Scan<>(context, settings);
  }

  /**
   * The same scan, returning a projection of each item (a ProjectionExpression of its
   * attributes); every other option still composes, before or after.
   *
   * @param projection a generated {@code <Projection>Schema.PROJECTION}
   * @param <P> the projection type
   * @return the projected scan
   */
  public <P> Scan<E, P> project(ProjectionSchema<E, P> projection) {
    return new Scan<>(context, settings.project(java.util.Objects.requireNonNull(projection, "projection")));
  }

  /** The same scan decoding each item by a single-table view's decoder. */
  Scan<E, T> decoding(java.util.function.Function<java.util.Map<String, AttributeValue>, T> decoder, boolean knownOnly) {
    return with(settings.decoding(decoder, knownOnly));
  }

  /**
   * A parallel scan: {@code total} segments read at the same time and merged into one stream or
   * publisher; {@link #count()} sums the segments. A stream reads through the sync client (up to
   * 50 calls overlapping, on a shared pool of daemon threads), a publisher through the async
   * client without blocking a thread.
   *
   * @param total 1 to 1,000,000 segments
   * @return the new scan
   */
  public Scan<E, T> segments(int total) {
    return segments(total, null);
  }

  /**
   * A parallel scan whose segments are read with the sync client on the caller's executor (a
   * bounded pool of the application's choosing).
   *
   * @param total 1 to 1,000,000 segments
   * @param executor runs one page fetch per task, or null for the default of {@link #segments(int)}
   * @return the new scan
   */
  public Scan<E, T> segments(int total, java.util.concurrent.Executor executor) {
    checkTotal(total);
    return with(settings.segments(new dev.dynamorepo.runtime.internal.Paging.Segments(-1, total, executor)));
  }

  /**
   * One worker's share of a parallel scan: segment {@code segment} of {@code total}, with its own
   * pages and cursors (bound to that segment).
   *
   * @param segment from 0 to total - 1
   * @param total 1 to 1,000,000 segments
   * @return the new scan
   */
  public Scan<E, T> segment(int segment, int total) {
    checkTotal(total);
    if (segment < 0 || segment >= total) {
      throw new DynamoException("table '" + context.table() + "': segment " + segment + " is not one of 0.." + (total - 1));
    }
    return with(settings.segments(new dev.dynamorepo.runtime.internal.Paging.Segments(segment, total, null)));
  }

  private void checkTotal(int total) {
    if (total < 1 || total > 1_000_000) {
      throw new DynamoException("table '" + context.table() + "': a parallel scan has 1 to 1,000,000 segments, got " + total);
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
