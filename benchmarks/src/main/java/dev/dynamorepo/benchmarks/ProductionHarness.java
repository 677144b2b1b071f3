package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Get;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The production-readiness numbers of the bulk, scan and projection round, against moto (not JMH:
 * the server dominates). Compared variants run interleaved in one process, one block per variant
 * per round, the order rotated each round; medians over the rounds.
 *
 * <ol>
 *   <li>Bulk put: (a) {@code batchOverwrite} of {@code bulk} items, (b) a hand-written loop of raw
 *       {@code DynamoDbAsyncClient.batchWriteItem} (chunks of 25, 16 in flight, {@link HandWritten}
 *       mapping, unprocessed items retried) on the same async client, (c) single {@code put}s from
 *       16 threads ({@code puts} items). The table is recreated before every run and its count
 *       checked after it.
 *   <li>Scan of {@code scan} items loaded once with {@code batchOverwrite}: one segment, 2 and 4
 *       segments on the async client (and, with {@code -Dbench.scanPool=true}, 4 segments on the sync
 *       client with a 4-thread executor).
 *   <li>Projection: HTTP response bytes (Content-Length, and the bytes the SDK actually read) of a
 *       Query of 100 items and of a GetItem, whole item vs {@link Order12Summary}; and their time.
 * </ol>
 *
 * <p>Bulk and scan use {@link Order12Bulk} ({@link Order12} without {@code @Version}): batchOverwrite
 * refuses versioned entities, which the harness shows first. Every HTTP request is counted per
 * operation by an SDK {@link ExecutionInterceptor} on both clients.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamorepo.benchmarks.ProductionHarness [bulk 10000] [puts 1000] [scan 20000] [rounds 3]
 * </pre>
 */
public final class ProductionHarness {
  private static final int CHUNK = 25;
  private static final int IN_FLIGHT = 16;
  private static final int PUT_THREADS = 16;

  private ProductionHarness() {}

  /** Counts HTTP requests and response bytes per operation, and keeps the last projection sent. */
  static final class Meter implements ExecutionInterceptor {
    final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    final Map<String, LongAdder> contentLength = new ConcurrentHashMap<>();
    final Map<String, LongAdder> bodyRead = new ConcurrentHashMap<>();
    volatile String lastProjection;

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      add(requests, attributes, 1);
      Object r = context.request();
      if (r instanceof QueryRequest q) {
        lastProjection = q.projectionExpression() + " " + q.expressionAttributeNames();
      } else if (r instanceof GetItemRequest g) {
        lastProjection = g.projectionExpression() + " " + g.expressionAttributeNames();
      }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
      context.httpResponse().firstMatchingHeader("Content-Length")
          .ifPresent(v -> add(contentLength, attributes, Long.parseLong(v.trim())));
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
      LongAdder counter = bodyRead.computeIfAbsent(op, k -> new LongAdder());
      return context.responseBody().map(in -> new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            counter.increment();
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = super.read(buf, off, len);
          if (n > 0) {
            counter.add(n);
          }
          return n;
        }
      });
    }

    private static void add(Map<String, LongAdder> m, ExecutionAttributes attributes, long n) {
      m.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new LongAdder()).add(n);
    }

    static Map<String, Long> snapshot(Map<String, LongAdder> m) {
      Map<String, Long> out = new TreeMap<>();
      m.forEach((k, v) -> out.put(k, v.sumThenReset()));
      out.values().removeIf(v -> v == 0);
      return out;
    }

    void reset() {
      snapshot(requests);
      snapshot(contentLength);
      snapshot(bodyRead);
    }
  }

  /** One measured run. */
  record Run(String part, String variant, long items, double seconds, Map<String, Long> requests) {}

  /**
   * Runs the harness.
   *
   * @param args {@code [bulk items (10000)] [single puts (1000)] [scan items (20000)] [rounds (3)]}
   * @throws Exception when the server cannot be had or a check fails
   */
  public static void main(String[] args) throws Exception {
    int bulk = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int puts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int scan = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    AutoIncrementHarness.Server server = AutoIncrementHarness.server();
    Process moto = server.moto();
    URI endpoint = server.endpoint();
    Meter meter = new Meter();
    try (DynamoDb dynamo = DynamoDb.builder()
        .region("us-east-1")
        .endpoint(endpoint)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClient(UrlConnectionHttpClient.create())
        .client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(meter).retryStrategy(r -> r.maxAttempts(3))))
        .asyncClient(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(meter).retryStrategy(r -> r.maxAttempts(3))))
        .build()) {
      AutoIncrementHarness.awaitServer(dynamo.client(), endpoint, moto);
      System.out.printf("settings: bulk %d items, single puts %d items from %d threads, scan %d items, %d rounds%n%n",
          bulk, puts, PUT_THREADS, scan, rounds);
      versionedRefusal(dynamo);
      List<Run> runs = new ArrayList<>();
      bulk(dynamo, meter, bulk, puts, rounds, runs);
      scans(dynamo, meter, scan, rounds, runs);
      print(runs);
      projection(dynamo, meter, rounds);
    } finally {
      if (moto != null) {
        moto.destroy();
        moto.waitFor();
      }
    }
  }

  // ---------------------------------------------------------------- fixtures

  static Order12 order(String prefix, int i) {
    Order12 f = Fixtures.order();
    return new Order12(prefix + "-customer-" + (i % 100), String.format("order-%07d", i), 1_000L + i, 1 + i % 9,
        i % 2 == 0, Instant.parse("2024-05-17T10:15:30.123456Z").plusSeconds(i), new BigDecimal(i + ".99"), f.lines(),
        f.tags(), f.counts(), Status.values()[i % Status.values().length], 1L);
  }

  static List<Order12> orders(String prefix, int n) {
    List<Order12> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(order(prefix, i));
    }
    return out;
  }

  // ---------------------------------------------------------------- 1. bulk

  private static void versionedRefusal(DynamoDb dynamo) {
    Order12Repository versioned = new Order12Repository(dynamo);
    reset(dynamo.client(), versioned.tableName(), versioned::createTable);
    try {
      versioned.batchOverwrite(orders("refused", 25));
      System.out.println("batchOverwrite of the versioned Order12: accepted");
    } catch (DynamoException refused) {
      System.out.println("batchOverwrite of the versioned Order12 is refused: " + refused.getMessage());
      System.out.println("-> bulk and scan runs use Order12Bulk (the same 12 attributes, version a plain number)");
    }
    System.out.println();
  }

  private static void bulk(DynamoDb dynamo, Meter meter, int bulk, int puts, int rounds, List<Run> runs)
      throws Exception {
    Order12BulkRepository repo = new Order12BulkRepository(dynamo);
    DynamoDbAsyncClient async = dynamo.asyncClient();
    String table = repo.tableName();
    // Items made before the clock starts; mapping (entity to item) is inside every timed run.
    List<Order12> plain = orders("bulk", bulk);
    List<Order12Bulk> entities = plain.stream().map(Order12Bulk::of).toList();
    List<Order12Bulk> single = entities.subList(0, puts);
    Map<String, LongSupplier> variants = new LinkedHashMap<>();
    variants.put("a batchOverwrite", () -> {
      repo.batchOverwrite(entities);
      return entities.size();
    });
    variants.put("b hand-written async BatchWriteItem loop", () -> {
      handLoop(async, table, plain);
      return plain.size();
    });
    variants.put("c single put, " + PUT_THREADS + " threads", () -> {
      singlePuts(repo, single);
      return single.size();
    });
    // Warm-up: JIT, connections, the async client, on a short prefix of each.
    System.out.println("bulk warm-up");
    reset(dynamo.client(), table, repo::createTable);
    repo.batchOverwrite(entities.subList(0, Math.min(1_000, bulk)));
    reset(dynamo.client(), table, repo::createTable);
    handLoop(async, table, plain.subList(0, Math.min(1_000, bulk)));
    reset(dynamo.client(), table, repo::createTable);
    singlePuts(repo, single.subList(0, Math.min(200, puts)));
    List<String> names = new ArrayList<>(variants.keySet());
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get((k + round) % names.size());
        reset(dynamo.client(), table, repo::createTable);
        meter.reset();
        long start = System.nanoTime();
        long n = variants.get(name).getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> requests = Meter.snapshot(meter.requests);
        // DescribeTable's ItemCount is live on moto (a count scan of 10,000 items would take ~15 s there).
        long stored = dynamo.client().describeTable(d -> d.tableName(table)).table().itemCount();
        if (stored != n) {
          throw new IllegalStateException(name + ": wrote " + n + " items, the table holds " + stored);
        }
        Run run = new Run("bulk", name, n, seconds, requests);
        runs.add(run);
        System.out.printf("round %d  %-45s %6d items %8.3f s %9.1f items/s %s (count checked)%n", round + 1, name, n,
            seconds, n / seconds, requests);
      }
    }
  }

  /** The hand-written bar: raw BatchWriteItem on the async client, 25 per request, 16 in flight. */
  static void handLoop(DynamoDbAsyncClient async, String table, List<Order12> items) {
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<Void>> all = new ArrayList<>(items.size() / CHUNK + 1);
    for (int from = 0; from < items.size(); from += CHUNK) {
      int to = Math.min(items.size(), from + CHUNK);
      List<WriteRequest> chunk = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        Map<String, AttributeValue> item = HandWritten.toItem(items.get(i));
        chunk.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
      }
      inFlight.acquireUninterruptibly();
      all.add(sendChunk(async, table, chunk, 1).whenComplete((ok, e) -> inFlight.release()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
  }

  private static CompletableFuture<Void> sendChunk(DynamoDbAsyncClient async, String table, List<WriteRequest> chunk,
      int attempt) {
    BatchWriteItemRequest request = BatchWriteItemRequest.builder().requestItems(Map.of(table, chunk)).build();
    return async.batchWriteItem(request).thenCompose((BatchWriteItemResponse r) -> {
      List<WriteRequest> left = r.hasUnprocessedItems() ? r.unprocessedItems().getOrDefault(table, List.of()) : List.of();
      if (left.isEmpty()) {
        return CompletableFuture.completedFuture(null);
      }
      if (attempt >= 8) {
        throw new IllegalStateException(left.size() + " items unprocessed after " + attempt + " attempts");
      }
      long backoff = Math.min(1_000L, 25L << attempt);
      return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(backoff, TimeUnit.MILLISECONDS))
          .thenCompose(v -> sendChunk(async, table, left, attempt + 1));
    });
  }

  static void singlePuts(Order12BulkRepository repo, List<Order12Bulk> items) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(PUT_THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < PUT_THREADS; t++) {
        futures.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < items.size(); ) {
            repo.put(items.get(i));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  // ---------------------------------------------------------------- 2. scans

  private static void scans(DynamoDb dynamo, Meter meter, int n, int rounds, List<Run> runs) {
    Order12BulkRepository repo = new Order12BulkRepository(dynamo);
    reset(dynamo.client(), repo.tableName(), repo::createTable);
    List<Order12Bulk> items = orders("scan", n).stream().map(Order12Bulk::of).toList();
    long start = System.nanoTime();
    repo.batchOverwrite(items);
    System.out.printf("%nscan: loaded %d items with batchOverwrite in %.2f s%n", n, (System.nanoTime() - start) / 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Map<String, LongSupplier> variants = new LinkedHashMap<>();
      variants.put("scanner().stream().count() (1 segment)", () -> repo.scanner().stream().count());
      variants.put("scanner().segments(2).stream().count()", () -> repo.scanner().segments(2).stream().count());
      variants.put("scanner().segments(4).stream().count()", () -> repo.scanner().segments(4).stream().count());
      if (Boolean.getBoolean("bench.scanPool")) {
        variants.put("scanner().segments(4, 4-thread pool).stream().count()",
            () -> repo.scanner().segments(4, pool).stream().count());
      }
      List<String> names = new ArrayList<>(variants.keySet());
      // Warm-up on a prefix only: moto needs ~1.5 ms per item scanned, so a full warm-up pass would
      // cost more than the JIT it buys. The exact count check runs on every measured scan.
      repo.scanner().limit(200).stream().count();
      repo.scanner().segments(4).limit(200).stream().count();
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < names.size(); k++) {
          String name = names.get((k + round) % names.size());
          meter.reset();
          long t0 = System.nanoTime();
          long count = variants.get(name).getAsLong();
          double seconds = (System.nanoTime() - t0) / 1e9;
          check(name, n, count);
          Map<String, Long> requests = Meter.snapshot(meter.requests);
          runs.add(new Run("scan", name, count, seconds, requests));
          System.out.printf("round %d  %-55s %6d items %8.3f s %s%n", round + 1, name, count, seconds, requests);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void check(String name, long expected, long actual) {
    if (expected != actual) {
      throw new IllegalStateException(name + ": " + actual + " items, expected " + expected);
    }
  }

  // ---------------------------------------------------------------- 3. projection

  private static void projection(DynamoDb dynamo, Meter meter, int rounds) {
    Order12Repository repo = new Order12Repository(dynamo);
    reset(dynamo.client(), repo.tableName(), repo::createTable);
    String pk = "bytes-customer";
    List<Order12> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Order12 o = order("bytes", i);
      items.add(new Order12(pk, o.sk(), o.totalCents(), o.quantity(), o.gift(), o.createdAt(), o.price(), o.lines(),
          o.tags(), o.counts(), o.status(), o.version()));
    }
    handLoop(dynamo.asyncClient(), repo.tableName(), items);
    System.out.println();
    System.out.println("projection: 100 items of Order12 under one partition key; sync client (url-connection)");
    Map<String, LongSupplier> variants = new LinkedHashMap<>();
    variants.put("Query, whole item", () -> repo.query(pk).stream().count());
    variants.put("Query, Order12Summary", () -> repo.query(pk).project(Order12SummarySchema.PROJECTION).stream().count());
    variants.put("GetItem, whole item", () -> repo.get(pk, "order-0000042").map(o -> 1L).orElse(0L));
    variants.put("GetItem, Order12Summary",
        () -> repo.get(Get.of(repo.key(pk, "order-0000042")).project(Order12SummarySchema.PROJECTION)).map(o -> 1L).orElse(0L));
    int reps = 20;
    for (String name : variants.keySet()) { // warm-up
      for (int i = 0; i < 5; i++) {
        variants.get(name).getAsLong();
      }
    }
    System.out.println("| request | items | requests | Content-Length bytes | bytes read by the SDK | bytes/item | ProjectionExpression sent |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    for (String name : variants.keySet()) {
      meter.reset();
      meter.lastProjection = null;
      long count = variants.get(name).getAsLong();
      Map<String, Long> req = Meter.snapshot(meter.requests);
      Map<String, Long> cl = Meter.snapshot(meter.contentLength);
      Map<String, Long> read = Meter.snapshot(meter.bodyRead);
      long requests = req.values().stream().mapToLong(Long::longValue).sum();
      long length = cl.values().stream().mapToLong(Long::longValue).sum();
      long bytes = read.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf("| %s | %d | %d | %d | %d | %.0f | %s |%n", name, count, requests, length, bytes,
          bytes / (double) count, meter.lastProjection);
    }
    // Time per request, interleaved: reps calls of each variant per round.
    Map<String, List<Double>> times = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(variants.keySet());
    for (int round = 0; round < rounds; round++) {
      for (String name : names) {
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
          variants.get(name).getAsLong();
        }
        times.computeIfAbsent(name, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6 / reps);
      }
    }
    System.out.println();
    System.out.printf("Round trip on moto, ms per request (median of %d rounds of %d requests; all rounds):%n", rounds, reps);
    times.forEach((name, t) -> System.out.printf("  %-28s %7.2f ms   %s%n", name, median(t), fmt(t)));
  }

  // ---------------------------------------------------------------- output

  private static void print(List<Run> runs) {
    Map<String, List<Run>> cells = new LinkedHashMap<>();
    runs.forEach(r -> cells.computeIfAbsent(r.part() + "|" + r.variant(), k -> new ArrayList<>()).add(r));
    System.out.println();
    System.out.println("| part | variant | items/run | median s | items/s (median) | items/s, all runs | requests per run |");
    System.out.println("|---|---|---:|---:|---:|---|---|");
    Map<String, Double> rate = new LinkedHashMap<>();
    Map<String, Double> secs = new LinkedHashMap<>();
    for (List<Run> cell : cells.values()) {
      Run first = cell.get(0);
      List<Double> s = cell.stream().map(Run::seconds).toList();
      List<Double> r = cell.stream().map(x -> x.items() / x.seconds()).toList();
      rate.put(first.variant(), median(r));
      secs.put(first.variant(), median(s));
      System.out.printf("| %s | %s | %d | %.3f | %.0f | %s | %s |%n", first.part(), first.variant(), first.items(),
          median(s), median(r), fmt(r), first.requests());
    }
    System.out.println();
    double a = find(rate, "a "), b = find(rate, "b "), c = find(rate, "c ");
    System.out.printf("bulk ratios (items/s): a/b = %.2f (target >= 0.9), a/c = %.1f (target >= 5)%n", a / b, a / c);
    double one = find(secs, "scanner().stream()"), two = find(secs, "scanner().segments(2)"),
        four = find(secs, "scanner().segments(4)."), pool = find(secs, "scanner().segments(4, ");
    System.out.printf("scan ratios (time, 1 segment / n segments): 2 segments %.2fx, 4 segments %.2fx, 4 on a pool %.2fx"
        + " (NaN: not run)%n", one / two, one / four, one / pool);
  }

  private static double find(Map<String, Double> m, String prefix) {
    return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().map(Map.Entry::getValue)
        .orElse(Double.NaN);
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String fmt(List<Double> values) {
    return Arrays.toString(values.stream().mapToDouble(Double::doubleValue)
        .mapToObj(x -> String.format("%.1f", x)).toArray());
  }

  // ---------------------------------------------------------------- server

  private static void reset(DynamoDbClient client, String table, Runnable create) {
    try {
      client.deleteTable(b -> b.tableName(table));
      try (DynamoDbWaiter waiter = client.waiter()) {
        waiter.waitUntilTableNotExists(b -> b.tableName(table));
      }
    } catch (ResourceNotFoundException absent) {
      // nothing to delete
    }
    create.run();
  }
}
