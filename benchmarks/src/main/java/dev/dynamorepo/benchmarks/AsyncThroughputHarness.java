package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Put throughput against a real local server (moto, single-threaded, as shared/MOTO.md says; or
 * {@code DYNAMODB_ENDPOINT}): {@code puts} distinct {@link Order12} puts per run, through the sync
 * repository on 1 thread and on 64 threads (url-connection client), and through the async
 * repository with 64 puts in flight (a sliding window, Netty with 64 connections). The table is
 * recreated empty before each run and must hold exactly {@code puts} items after it. Median of
 * {@code rounds} runs per mode, after a warm-up run per mode.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamorepo.benchmarks.AsyncThroughputHarness [puts (2000)] [rounds (3)]
 * </pre>
 */
public final class AsyncThroughputHarness {
  private static final int IN_FLIGHT = ThroughputBenchmark.IN_FLIGHT;

  private AsyncThroughputHarness() {}

  /** One way of putting {@code puts} items. */
  private interface Mode {
    void run(int puts) throws Exception;
  }

  /**
   * Runs the harness.
   *
   * @param args {@code [puts per run (2000)] [runs per mode (3)]}
   * @throws Exception when the server cannot be had or a check fails
   */
  public static void main(String[] args) throws Exception {
    int puts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    AutoIncrementHarness.Server server = AutoIncrementHarness.server();
    Process moto = server.moto();
    URI endpoint = server.endpoint();
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"));
    try (DynamoDbClient client = DynamoDbClient.builder()
            .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(3)))
            .build();
        DynamoDbAsyncClient asyncClient = DynamoDbAsyncClient.builder()
            .endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials)
            // Netty's default is 50 connections: 64 in flight need 64.
            .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(IN_FLIGHT)
                .connectionAcquisitionTimeout(Duration.ofSeconds(60)))
            .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(3)))
            .build()) {
      AutoIncrementHarness.awaitServer(client, endpoint, moto);
      DynamoDb dynamo = DynamoDb.of(client, asyncClient);
      Order12Repository sync = new Order12Repository(dynamo);
      Order12AsyncRepository async = sync.async();
      Map<String, Mode> modes = new LinkedHashMap<>();
      modes.put("sync repository, 1 thread", n -> syncPuts(sync, n, 1));
      modes.put("sync repository, 64 threads", n -> syncPuts(sync, n, IN_FLIGHT));
      modes.put("async repository, 64 in flight", n -> asyncPuts(async, n));
      Map<String, List<Double>> rates = new LinkedHashMap<>();
      for (Map.Entry<String, Mode> m : modes.entrySet()) { // JIT, connections
        reset(client, sync);
        m.getValue().run(Math.min(puts, 500));
        rates.put(m.getKey(), new ArrayList<>());
      }
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, Mode> m : modes.entrySet()) {
          reset(client, sync);
          long start = System.nanoTime();
          m.getValue().run(puts);
          double seconds = (System.nanoTime() - start) / 1e9;
          long stored = sync.scan().count();
          if (stored != puts) {
            throw new IllegalStateException(m.getKey() + ": the table holds " + stored + " items, expected " + puts);
          }
          rates.get(m.getKey()).add(puts / seconds);
          System.out.printf("round %d, %-32s %7.1f puts/s%n", round + 1, m.getKey(), puts / seconds);
        }
      }
      System.out.println();
      System.out.printf("%d puts per run, median of %d runs; every run left exactly %d items in the table.%n%n",
          puts, rounds, puts);
      System.out.println("| mode | puts/s (median) | min .. max |");
      System.out.println("|---|---:|---|");
      rates.forEach((mode, r) -> {
        double[] s = r.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        System.out.printf("| %s | %.0f | %.0f .. %.0f |%n", mode, median, s[0], s[s.length - 1]);
      });
    } finally {
      if (moto != null) {
        moto.destroy();
        moto.waitFor();
      }
    }
  }

  private static Order12 order(int i) {
    Order12 o = Fixtures.order();
    return new Order12("customer-" + i, "order-" + i, o.totalCents(), o.quantity(), o.gift(), o.createdAt(), o.price(),
        o.lines(), o.tags(), o.counts(), o.status(), 0L);
  }

  private static void syncPuts(Order12Repository repository, int puts, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < puts; ) {
            repository.put(order(i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void asyncPuts(Order12AsyncRepository repository, int puts) throws InterruptedException {
    Semaphore window = new Semaphore(IN_FLIGHT);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < puts && failure.get() == null; i++) {
      window.acquire();
      repository.put(order(i)).whenComplete((stored, error) -> {
        if (error != null) {
          failure.compareAndSet(null, error);
        }
        window.release();
      });
    }
    window.acquire(IN_FLIGHT); // all answered
    if (failure.get() != null) {
      throw new IllegalStateException("an async put failed", failure.get());
    }
  }

  private static void reset(DynamoDbClient client, Order12Repository repository) {
    try {
      client.deleteTable(b -> b.tableName(repository.tableName()));
      try (DynamoDbWaiter waiter = client.waiter()) {
        waiter.waitUntilTableNotExists(b -> b.tableName(repository.tableName()));
      }
    } catch (ResourceNotFoundException absent) {
      // nothing to delete
    }
    repository.createTable();
  }
}
