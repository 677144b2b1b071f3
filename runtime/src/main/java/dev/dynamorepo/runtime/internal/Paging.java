package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query and Scan: one page is one unit; streams, publishers, pages with cursors and counts are
 * built on it, so every page of every form reports the same {@code DynamoException}. Streams and
 * publishers are lazy: nothing is sent before the first item is asked for.
 *
 * @param <E> the entity type
 * @param <T> what each item is read as: the entity, or a projection of it
 */
public final class Paging<E, T> {
  /**
   * The settings of one read.
   *
   * @param index the index, or null
   * @param keyCondition the key condition; null makes it a Scan
   * @param filter the filter, or null
   * @param consistent strongly consistent
   * @param descending sort key high to low
   * @param pageSize DynamoDB's Limit, or null
   * @param limit at most this many items in all, or null
   * @param segments the scan's segments, or null for a plain read
   */
  public record Spec(String index, Expr keyCondition, Expr filter, boolean consistent, boolean descending,
      Integer pageSize, Long limit, Segments segments) {}

  /**
   * The segments of a parallel scan: one worker's share ({@code segment} of {@code total}), or all
   * of them at once ({@code segment} -1), merged, on the async client or the caller's executor.
   *
   * @param segment this worker's segment, or -1 for all
   * @param total the number of segments
   * @param executor runs synchronous page fetches of a merged scan, or null for the async client
   */
  public record Segments(int segment, int total, java.util.concurrent.Executor executor) {}

  private final TableContext<E> context;
  private final Spec spec;
  private final String operation;
  private final java.util.function.Function<Map<String, AttributeValue>, T> decode;
  private final dev.dynamorepo.runtime.support.ProjectionSchema<E, T> projection;

  /**
   * A read of a table or index.
   *
   * @param context the repository's operations
   * @param spec what to read; a null key condition makes it a Scan
   * @param decode turns a read item into the result
   * @param projection the attributes to read (a ProjectionExpression), or null for whole items
   */
  public Paging(TableContext<E> context, Spec spec, java.util.function.Function<Map<String, AttributeValue>, T> decode,
      dev.dynamorepo.runtime.support.ProjectionSchema<E, T> projection) {
    this.context = context;
    this.spec = spec;
    this.operation = spec.keyCondition() == null ? "Scan" : "Query";
    this.decode = decode;
    this.projection = projection;
  }

  /** @return every item, page by page as the stream is consumed (sync) */
  public Stream<T> stream() {
    if (merged()) {
      Stream<T> all = BlockingStream.of(mergedPublisher(context.engine().fanout()), context.table(), operation);
      return spec.limit() == null ? all : all.limit(spec.limit());
    }
    Iterator<T> items = new Iterator<>() {
      private Iterator<T> page = List.<T>of().iterator();
      private Map<String, AttributeValue> next;
      private boolean started;

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && (!started || next != null)) {
          PagePublisher.Chunk<T> chunk = Futures.join(fetch(context.engine().sync(), next, segment()));
          started = true;
          next = chunk.lastKey();
          page = chunk.items().iterator();
        }
        return page.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    Stream<T> all = StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    return spec.limit() == null ? all : all.limit(spec.limit());
  }

  /** @return every item as a publisher with back-pressure (async) */
  public Flow.Publisher<T> publisher() {
    if (merged()) {
      return mergedPublisher(context.engine().async());
    }
    return new PagePublisher<>(List.of(start -> fetch(context.engine().async(), start, segment())), max());
  }

  private long max() {
    return spec.limit() == null ? Long.MAX_VALUE : spec.limit();
  }

  private boolean merged() {
    return spec.segments() != null && spec.segments().segment() < 0;
  }

  private Integer segment() {
    return spec.segments() == null || spec.segments().segment() < 0 ? null : spec.segments().segment();
  }

  /** One source per segment, fetched at the same time: on {@code runner}, or the sync client on the caller's executor. */
  private Flow.Publisher<T> mergedPublisher(Runner runner) {
    java.util.concurrent.Executor executor = spec.segments().executor();
    List<java.util.function.Function<Map<String, AttributeValue>, CompletableFuture<PagePublisher.Chunk<T>>>> sources =
        new ArrayList<>();
    for (int i = 0; i < spec.segments().total(); i++) {
      int segment = i;
      sources.add(executor == null ? start -> fetch(runner, start, segment)
          : start -> CompletableFuture.supplyAsync(() -> Futures.join(fetch(context.engine().sync(), start, segment)), executor));
    }
    return new PagePublisher<>(sources, max());
  }

  /**
   * One page.
   *
   * @param runner sync or async
   * @param cursor null for the first page, else a cursor from a previous page
   * @return the page and the cursor to the next
   */
  public CompletableFuture<Page<T>> page(Runner runner, String cursor) {
    return Futures.defer(() -> {
      String binding = binding();
      CursorCodec codec = context.engine().cursors();
      Map<String, AttributeValue> start = cursor == null ? null : codec.decode(context.table(), binding, cursor);
      if (merged()) {
        throw new DynamoException("table '" + context.table() + "': pages of a parallel scan are read per segment: "
            + "use segment(i, total) for one worker's pages, segments(n) for one merged stream");
      }
      return fetch(runner, start, segment()).thenApply(c -> new Page<>(c.items(), codec.encode(binding, c.lastKey())));
    });
  }

  /** What a cursor is bound to: table, index, operation, direction and the rendered key condition and filter. */
  private String binding() {
    ExpressionContext ctx = new ExpressionContext();
    String key = spec.keyCondition() == null ? "" : spec.keyCondition().apply(ctx);
    String filter = Expr.render(spec.filter(), ctx);
    String segments = spec.segments() == null ? "" : spec.segments().segment() + "/" + spec.segments().total();
    return String.join("\u0000", context.table(), String.valueOf(spec.index()), operation, segments, String.valueOf(spec.descending()), key,
        String.valueOf(filter), String.valueOf(ctx.names()), String.valueOf(ctx.values()));
  }

  /**
   * Counts the matching items with {@code Select=COUNT} over every page.
   *
   * @param runner sync or async
   * @return the count
   */
  public CompletableFuture<Long> count(Runner runner) {
    return Futures.defer(() -> {
      if (!merged()) {
        return countFrom(runner, null, 0, segment());
      }
      List<CompletableFuture<Long>> parts = new ArrayList<>();
      for (int i = 0; i < spec.segments().total(); i++) {
        parts.add(countFrom(runner, null, 0, i));
      }
      return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
          .thenApply(v -> parts.stream().mapToLong(CompletableFuture::join).sum());
    });
  }

  private CompletableFuture<Long> countFrom(Runner runner, Map<String, AttributeValue> start, long sofar, Integer segment) {
    return send(runner, start, Select.COUNT, segment).thenCompose(c -> {
      long total = sofar + c.count();
      return c.lastKey() == null ? CompletableFuture.completedFuture(total) : countFrom(runner, c.lastKey(), total, segment);
    });
  }

  /** One response as read: its {@code Count}, its items, and the key to resume after it (null at the end). */
  private record Raw(int count, List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    static Raw of(Integer count, List<Map<String, AttributeValue>> items, boolean more, Map<String, AttributeValue> lastKey) {
      return new Raw(count == null ? 0 : count, items, more && !lastKey.isEmpty() ? lastKey : null);
    }
  }

  /** One page of items, decoded. */
  private CompletableFuture<PagePublisher.Chunk<T>> fetch(Runner runner, Map<String, AttributeValue> start, Integer segment) {
    return send(runner, start, null, segment).thenApply(raw -> {
      List<T> items = new ArrayList<>(raw.items().size());
      for (Map<String, AttributeValue> item : raw.items()) {
        T decoded = decode.apply(item);
        if (decoded != null) {
          items.add(decoded); // null: an item of a type the reader skips (single-table, unknown type)
        }
      }
      return new PagePublisher.Chunk<>(items, raw.lastKey());
    });
  }

  /** One request: items, or with Select=COUNT only the count (moto returns the items too; they are not read). */
  private CompletableFuture<Raw> send(Runner runner, Map<String, AttributeValue> start, Select select, Integer segment) {
    return Futures.defer(() -> spec.keyCondition() == null ? runner.run(scan(start, select, segment)) : runner.run(query(start, select)));
  }

  private Integer requestLimit(Select select) {
    if (select != null) {
      return null;
    }
    if (spec.pageSize() != null) {
      return spec.pageSize();
    }
    return spec.limit() == null ? null : (int) Math.min(Integer.MAX_VALUE, spec.limit());
  }

  private Call<QueryRequest, QueryResponse, Raw> query(Map<String, AttributeValue> start, Select select) {
    ExpressionContext ctx = new ExpressionContext();
    QueryRequest request = QueryRequest.builder().tableName(context.table()).indexName(spec.index())
        .keyConditionExpression(spec.keyCondition().apply(ctx)).filterExpression(Expr.render(spec.filter(), ctx))
        .projectionExpression(select == null && projection != null ? projection.expression(ctx, List.of()) : null)
        .scanIndexForward(spec.descending() ? Boolean.FALSE : null).consistentRead(spec.consistent() ? Boolean.TRUE : null)
        .exclusiveStartKey(start).select(select).limit(requestLimit(select))
        .expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values()).build();
    return new Call<>(context.table(), select == null ? "Query" : "Query (count)", request, DynamoDbClient::query,
        DynamoDbAsyncClient::query, r -> Raw.of(r.count(), r.items(), r.hasLastEvaluatedKey(), r.lastEvaluatedKey()), null);
  }

  private Call<ScanRequest, ScanResponse, Raw> scan(Map<String, AttributeValue> start, Select select,
      Integer segment) {
    ExpressionContext ctx = new ExpressionContext();
    ScanRequest request = ScanRequest.builder().tableName(context.table()).indexName(spec.index())
        .segment(segment).totalSegments(segment == null ? null : spec.segments().total())
        .filterExpression(Expr.render(spec.filter(), ctx)).consistentRead(spec.consistent() ? Boolean.TRUE : null)
        .projectionExpression(select == null && projection != null ? projection.expression(ctx, List.of()) : null)
        .exclusiveStartKey(start).select(select).limit(requestLimit(select))
        .expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values()).build();
    return new Call<>(context.table(), select == null ? "Scan" : "Scan (count)", request, DynamoDbClient::scan,
        DynamoDbAsyncClient::scan, r -> Raw.of(r.count(), r.items(), r.hasLastEvaluatedKey(), r.lastEvaluatedKey()), null);
  }

  /**
   * Refuses a strongly consistent read of a global index before sending: DynamoDB does not offer it.
   *
   * @param table the table, for the message
   * @param index the index name
   */
  public static void refuseConsistentGlobal(String table, String index) {
    throw new DynamoException("table '" + table + "', index '" + index
        + "': a global secondary index cannot be read with strong consistency; use ReadConsistency.EVENTUAL");
  }
}
