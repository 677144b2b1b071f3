package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Paging;
import dev.dynamorepo.runtime.internal.TableContext;
import dev.dynamorepo.runtime.support.ProjectionSchema;
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
 * <p>Immutable: every option returns a new read, so options compose in any order (a projection
 * too) and a read can be kept, shared between threads and run again.
 *
 * @param <E> the entity type
 * @param <T> what each item is read as: the entity, a projection of it, or a design's sealed type
 * @param <R> the concrete reader, for chaining
 */
public abstract sealed class Reader<E, T, R extends Reader<E, T, R>> permits Query, Scan {
  /** Everything a read is configured with; each option makes a copy with one field changed. */
  record Settings<E, T>(String index, boolean global, Condition<E> filter, ReadConsistency consistency, Integer pageSize,
      Long limit, Paging.Segments segments, boolean onlyKnownTypes,
      java.util.function.Function<java.util.Map<String, AttributeValue>, T> decoder, ProjectionSchema<E, T> projection) {

    static <E> Settings<E, E> of(String index, boolean global) {
      return new Settings<>(index, global, null, ReadConsistency.EVENTUAL, null, null, null, false, null, null);
    }

    Settings<E, T> filter(Condition<E> value) {
      return new Settings<>(index, global, value, consistency, pageSize, limit, segments, onlyKnownTypes, decoder, projection);
    }

    Settings<E, T> consistency(ReadConsistency value) {
      return new Settings<>(index, global, filter, value, pageSize, limit, segments, onlyKnownTypes, decoder, projection);
    }

    Settings<E, T> pageSize(Integer value) {
      return new Settings<>(index, global, filter, consistency, value, limit, segments, onlyKnownTypes, decoder, projection);
    }

    Settings<E, T> limit(Long value) {
      return new Settings<>(index, global, filter, consistency, pageSize, value, segments, onlyKnownTypes, decoder, projection);
    }

    Settings<E, T> segments(Paging.Segments value) {
      return new Settings<>(index, global, filter, consistency, pageSize, limit, value, onlyKnownTypes, decoder, projection);
    }

    Settings<E, T> decoding(java.util.function.Function<java.util.Map<String, AttributeValue>, T> value, boolean knownOnly) {
      return new Settings<>(index, global, filter, consistency, pageSize, limit, segments, knownOnly, value, projection);
    }

    <P> Settings<E, P> project(ProjectionSchema<E, P> value) {
      return new Settings<>(index, global, filter, consistency, pageSize, limit, segments, onlyKnownTypes, null, value);
    }
  }

  final TableContext<E> context;
  final Settings<E, T> settings;

  Reader(TableContext<E> context, Settings<E, T> settings) {
    this.context = context;
    this.settings = settings;
  }

  /** The same read with other settings. */
  abstract R with(Settings<E, T> settings);

  /**
   * Keeps only the items that meet a condition, applied by DynamoDB after reading (it still
   * reads, and bills, the items it drops).
   *
   * @param condition on non-key attributes
   * @return the new read
   */
  public R filter(Condition<E> condition) {
    return with(settings.filter(Objects.requireNonNull(condition, "condition")));
  }

  /**
   * How the read sees recent writes; strong consistency is refused on a global secondary index
   * before anything is sent.
   *
   * @param consistency eventual (the default) or strong
   * @return the new read
   */
  public R consistency(ReadConsistency consistency) {
    return with(settings.consistency(Objects.requireNonNull(consistency, "consistency")));
  }

  /**
   * How many items DynamoDB evaluates per request ({@code Limit}); a page holds at most this many.
   *
   * @param size at least 1
   * @return the new read
   */
  public R pageSize(int size) {
    if (size < 1) {
      throw new DynamoException("table '" + context.table() + "': a page size must be at least 1, got " + size);
    }
    return with(settings.pageSize(size));
  }

  /**
   * At most this many items in all, for {@link #stream()} and {@link #publisher()}.
   *
   * @param limit at least 1
   * @return the new read
   */
  public R limit(long limit) {
    if (limit < 1) {
      throw new DynamoException("table '" + context.table() + "': a limit must be at least 1, got " + limit);
    }
    return with(settings.limit(limit));
  }

  abstract Expr keyCondition();

  abstract boolean isDescending();

  private Paging<E, T> reads() {
    Settings<E, T> s = settings;
    if (s.global() && s.consistency() == ReadConsistency.STRONG) {
      Paging.refuseConsistentGlobal(context.table(), s.index());
    }
    Paging.Spec spec = new Paging.Spec(s.index(), keyCondition(), Expr.and(typeFilter(), s.filter() == null ? null : s.filter()::render),
        s.consistency() == ReadConsistency.STRONG, isDescending(), s.pageSize(), s.limit(), s.segments());
    return new Paging<>(context, spec, s.decoder() != null ? s.decoder() : context.decoder(s.projection()), s.projection());
  }

  /**
   * A single-table entity reads only its own type, whatever shares its keys' prefixes; a whole
   * design's view that skips unknown types reads only its known ones, so that counts agree with
   * streams.
   */
  private Expr typeFilter() {
    String type = context.schema().typeValue();
    String attribute = context.schema().discriminator();
    if (type != null) {
      AttributeValue value = AttributeValue.fromS(type);
      return ctx -> ctx.name(attribute) + " = " + ctx.value(value);
    }
    if (!settings.onlyKnownTypes() || context.schema().knownTypes().isEmpty()) {
      return null;
    }
    java.util.List<String> types = context.schema().knownTypes();
    return ctx -> {
      StringBuilder in = new StringBuilder(ctx.name(attribute)).append(" IN (");
      for (int i = 0; i < types.size(); i++) {
        in.append(i == 0 ? "" : ", ").append(ctx.value(AttributeValue.fromS(types.get(i))));
      }
      return in.append(')').toString();
    };
  }

  /** @return every matching item, page by page as the stream is consumed */
  public Stream<T> stream() {
    return reads().stream();
  }

  /** @return every matching item as a publisher with back-pressure, on the async client */
  public Flow.Publisher<T> publisher() {
    return reads().publisher();
  }

  /**
   * One page.
   *
   * @param cursor null for the first page, else the cursor of the previous page
   * @return the page and the cursor to the next one
   */
  public Page<T> page(String cursor) {
    return Futures.join(reads().page(context.engine().sync(), cursor));
  }

  /**
   * One page, on the async client.
   *
   * @param cursor null for the first page, else the cursor of the previous page
   * @return the page and the cursor to the next one
   */
  public CompletableFuture<Page<T>> pageAsync(String cursor) {
    return Futures.defer(() -> reads().page(context.engine().async(), cursor));
  }

  /** @return the number of matching items, counted with {@code Select=COUNT} over every page */
  public long count() {
    return Futures.join(reads().count(context.engine().sync()));
  }

  /** @return the number of matching items, on the async client */
  public CompletableFuture<Long> countAsync() {
    return Futures.defer(() -> reads().count(context.engine().async()));
  }
}
