package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Put throughput with 64 requests in flight, client side only (canned in-process HTTP responses, so
 * the score is what the client can push through 2 cores): the async repository issuing 64 puts and
 * joining them all, against 64 threads each calling the sync repository; the same for the raw
 * clients with hand-written mapping. Scores are puts per second summed over all threads.
 *
 * <p>The async fake delivers responses on a 2-thread executor standing in for Netty's event loop,
 * and the SDK completes futures on its default completion executor, as a default-configured
 * {@link DynamoDbAsyncClient} does; the sync fake answers on the calling thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThroughputBenchmark {
  /** Requests in flight, and sync threads. */
  static final int IN_FLIGHT = 64;

  private ExecutorService eventLoop;
  private DynamoDbClient syncClient;
  private DynamoDbAsyncClient asyncClient;
  private Order12Repository syncRepository;
  private Order12AsyncRepository asyncRepository;
  private Order12 order;

  /** Builds both clients and repositories, and checks both put correctly. */
  @Setup
  public void setup() {
    order = Fixtures.order();
    Map<String, AttributeValue> item = HandWritten.toItem(order);
    AtomicInteger n = new AtomicInteger();
    eventLoop = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-event-loop-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    syncClient = DynamoDbClient.builder()
        .httpClient(new FakeHttpClient(item, false))
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
    asyncClient = DynamoDbAsyncClient.builder()
        .httpClient(new FakeAsyncHttpClient(item, eventLoop, false))
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
    DynamoDb dynamo = DynamoDb.of(syncClient, asyncClient);
    syncRepository = new Order12Repository(dynamo);
    asyncRepository = new Order12AsyncRepository(dynamo);
    Fixtures.check("sync put", 1L, syncRepository.put(order).version());
    Fixtures.check("async put", 1L, asyncRepository.put(order).join().version());
    Fixtures.check("async raw put", 1L, asyncRaw64());
  }

  /** Closes the clients and the event loop. */
  @TearDown
  public void close() {
    syncClient.close();
    asyncClient.close();
    eventLoop.shutdownNow();
  }

  /** @return the last stored version; 64 async repository puts in flight, all joined */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public long asyncRepository64() {
    @SuppressWarnings("unchecked")
    CompletableFuture<Order12>[] puts = new CompletableFuture[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      puts[i] = asyncRepository.put(order);
    }
    CompletableFuture.allOf(puts).join();
    return puts[IN_FLIGHT - 1].join().version();
  }

  /** @return the last stored version; 64 raw async puts (hand-written mapping) in flight, all joined */
  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public long asyncRaw64() {
    @SuppressWarnings("unchecked")
    CompletableFuture<Order12>[] puts = new CompletableFuture[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      puts[i] = asyncClient.putItem(HandWrittenCalls.put(order)).thenApply(r -> HandWrittenCalls.stored(order));
    }
    CompletableFuture.allOf(puts).join();
    return puts[IN_FLIGHT - 1].join().version();
  }

  /** @return the stored order; one of 64 threads putting through the sync repository */
  @Benchmark
  @Threads(IN_FLIGHT)
  public Order12 syncRepository64Threads() {
    return syncRepository.put(order);
  }

  /** @return the stored order; one of 64 threads putting through the raw sync client, hand-written */
  @Benchmark
  @Threads(IN_FLIGHT)
  public Order12 syncRaw64Threads() {
    syncClient.putItem(HandWrittenCalls.put(order));
    return HandWrittenCalls.stored(order);
  }
}
