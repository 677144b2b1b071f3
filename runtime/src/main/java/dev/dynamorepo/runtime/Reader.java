package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Reads;
import dev.dynamorepo.runtime.internal.TableOps;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What queries and scans share: a filter, read consistency, page size and total limit, and the
 * ways to run them, sync ({@link #stream()}, {@link #page(String)}, {@link #count()}) and async
 * ({@link #publisher()}, {@link #pageAsync(String)}, {@link #countAsync()}). Every page of every
 * form reports a {@link DynamoException} naming the table; nothing is sent before the first item
 * is asked for.
 *
 * <pre>{@code
 * Page<Order> page = orders.query("alice").filter(OrderSchema.STATUS.eq(Status.PAID)).pageSize(20).page(cursor);
 * }</pre>
 *
 * @param <E> the entity type
 * @param <R> the concrete reader, for chaining
 */
public abstract sealed class Reader<E, R extends Reader<E, R>> permits Query, Scan {
  final TableOps<E> ops;
  private final String index;
  private final boolean global;
  private Condition<E> filter;
  private ReadConsistency consistency = ReadConsistency.EVENTUAL;
  private Integer pageSize;
  private Long limit;
  Reads.Segments segments;
  /** Set by a single-table view that skips unknown types: read only the design's own. */
  boolean onlyKnownTypes;
  /** Decodes each item; null decodes with the schema. A decoded null is skipped. */
  java.util.function.Function<java.util.Map<String, AttributeValue>, E> decoder;

  Reader(TableOps<E> ops, String index, boolean global) {
    this.ops = ops;
    this.index = index;
    this.global = global;
  }

  @SuppressWarnings("unchecked")
  private R self() {
    return (R) this;
  }

  /**
   * Keeps only the items that meet a condition, applied by DynamoDB after reading (it still
   * reads, and bills, the items it drops).
   *
   * @param condition on non-key attributes
   * @return this
   */
  public R filter(Condition<E> condition) {
    this.filter = Objects.requireNonNull(condition, "condition");
    return self();
  }

  /**
   * How the read sees recent writes; strong consistency is refused on a global secondary index
   * before anything is sent.
   *
   * @param consistency eventual (the default) or strong
   * @return this
   */
  public R consistency(ReadConsistency consistency) {
    this.consistency = Objects.requireNonNull(consistency, "consistency");
    return self();
  }

  /**
   * How many items DynamoDB evaluates per request ({@code Limit}); a page holds at most this many.
   *
   * @param size at least 1
   * @return this
   */
  public R pageSize(int size) {
    if (size < 1) {
      throw new DynamoException("table '" + ops.table() + "': a page size must be at least 1, got " + size);
    }
    this.pageSize = size;
    return self();
  }

  /**
   * At most this many items in all, for {@link #stream()} and {@link #publisher()}.
   *
   * @param limit at least 1
   * @return this
   */
  public R limit(long limit) {
    if (limit < 1) {
      throw new DynamoException("table '" + ops.table() + "': a limit must be at least 1, got " + limit);
    }
    this.limit = limit;
    return self();
  }

  abstract Expr keyCondition();

  abstract boolean isDescending();

  private Reads<E, E> reads() {
    return new Reads<>(ops, spec(), decoder != null ? decoder : ops.schema()::fromItem, null);
  }

  private Reads.Spec spec() {
    if (global && consistency == ReadConsistency.STRONG) {
      Reads.refuseConsistentGlobal(ops.table(), index);
    }
    return new Reads.Spec(index, keyCondition(), Expr.and(typeFilter(), filter == null ? null : filter::render),
        consistency == ReadConsistency.STRONG, isDescending(), pageSize, limit, segments);
  }

  /**
   * A single-table entity reads only its own type, whatever shares its keys' prefixes; a whole
   * design's view that skips unknown types reads only its known ones, so that counts agree with
   * streams.
   */
  private Expr typeFilter() {
    String type = ops.schema().typeValue();
    String attribute = ops.schema().discriminator();
    if (type != null) {
      AttributeValue value =
          AttributeValue.fromS(type);
      return ctx -> ctx.name(attribute) + " = " + ctx.value(value);
    }
    if (!onlyKnownTypes || ops.schema().knownTypes().isEmpty()) {
      return null;
    }
    java.util.List<String> types = ops.schema().knownTypes();
    return ctx -> {
      StringBuilder in = new StringBuilder(ctx.name(attribute)).append(" IN (");
      for (int i = 0; i < types.size(); i++) {
        in.append(i == 0 ? "" : ", ").append(ctx.value(AttributeValue.fromS(types.get(i))));
      }
      return in.append(')').toString();
    };
  }

  /**
   * The same read, returning a projection of each item: a ProjectionExpression of exactly the
   * projection's attributes, so less is read over the wire (DynamoDB still bills whole items).
   *
   * @param projection a generated {@code <Projection>Schema.PROJECTION}
   * @param <P> the projection type
   * @return the projected read
   */
  public <P> Projected<P> project(dev.dynamorepo.runtime.support.ProjectionSchema<E, P> projection) {
    java.util.Objects.requireNonNull(projection, "projection");
    Reads.Spec spec = spec();
    return new Projected<>(ops.engine(), new Reads<>(ops, spec, item -> ops.schema().fromItem(item, projection), projection));
  }

  /** @return every matching item, page by page as the stream is consumed */
  public Stream<E> stream() {
    return reads().stream();
  }

  /** @return every matching item as a publisher with back-pressure, on the async client */
  public Flow.Publisher<E> publisher() {
    return reads().publisher();
  }

  /**
   * One page.
   *
   * @param cursor null for the first page, else the cursor of the previous page
   * @return the page and the cursor to the next one
   */
  public Page<E> page(String cursor) {
    return Futures.join(reads().page(ops.engine().sync(), cursor));
  }

  /**
   * One page, on the async client.
   *
   * @param cursor null for the first page, else the cursor of the previous page
   * @return the page and the cursor to the next one
   */
  public CompletableFuture<Page<E>> pageAsync(String cursor) {
    return Futures.defer(() -> reads().page(ops.engine().async(), cursor));
  }

  /** @return the number of matching items, counted with {@code Select=COUNT} over every page */
  public long count() {
    return Futures.join(reads().count(ops.engine().sync()));
  }

  /** @return the number of matching items, on the async client */
  public CompletableFuture<Long> countAsync() {
    return Futures.defer(() -> reads().count(ops.engine().async()));
  }
}
