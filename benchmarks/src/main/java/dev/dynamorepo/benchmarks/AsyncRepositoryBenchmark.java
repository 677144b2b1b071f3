package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Client-side cost of one async put and one async get, each joined inside the call: the generated
 * {@code Order12AsyncRepository}, the raw {@link DynamoDbAsyncClient} with hand-written mapping
 * ({@link HandWrittenCalls}: the same requests, the same results), and the Enhanced async client's
 * {@link DynamoDbAsyncTable} with {@code TableSchema.fromBean}, all over one async client whose HTTP
 * client is the in-process {@link FakeAsyncHttpClient}.
 *
 * <p>The fake delivers responses inline and the SDK completes its futures on the calling thread
 * ({@code FUTURE_COMPLETION_EXECUTOR = Runnable::run}), so each call runs start to end on the
 * benchmark thread and the score is CPU cost, not thread wake-up latency (which a real Netty client
 * adds equally to all three). {@link ThroughputBenchmark} measures with the default executor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class AsyncRepositoryBenchmark {
  private FakeAsyncHttpClient http;
  private DynamoDbAsyncClient client;
  private Order12AsyncRepository repository;
  private DynamoDbAsyncTable<Order12Bean> beanTable;
  private Order12 order;
  private Order12Bean newBean;
  private Key key;

  /** Builds the client, the repository and the table, and checks each answers correctly. */
  @Setup
  public void setup() {
    setup(false);
  }

  void setup(boolean capture) {
    order = Fixtures.order();
    Map<String, AttributeValue> item = HandWritten.toItem(order);
    http = new FakeAsyncHttpClient(item, Runnable::run, capture);
    client = inlineClient(http);
    repository = new Order12AsyncRepository(DynamoDb.of(client));
    DynamoDbEnhancedAsyncClient enhanced = DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(client).build();
    beanTable = enhanced.table("orders", TableSchema.fromBean(Order12Bean.class));
    newBean = Fixtures.bean();
    newBean.setVersion(null); // a new item for the versioned-record extension
    key = Key.builder().partitionValue(order.pk()).sortValue(order.sk()).build();

    // The SDK accepts the canned answers, and every path reads back the fixture.
    Fixtures.check("async repository get", order, getRepository());
    Fixtures.check("async raw get", order, getRaw());
    Fixtures.check("async enhanced get (bean)", order, getEnhancedBean().toRecord());
    Fixtures.check("async repository put", 1L, putRepository().version());
    Fixtures.check("async raw put", 1L, putRaw().version());
    putEnhancedBean();
    Fixtures.check("async enhanced put (bean) leaves the caller's bean alone", null, newBean.getVersion());
  }

  /**
   * An async client over {@code http} that completes its futures on the thread that completes the
   * response (here the caller's), with one attempt per call.
   *
   * @param http the HTTP client
   * @return the client
   */
  static DynamoDbAsyncClient inlineClient(FakeAsyncHttpClient http) {
    return DynamoDbAsyncClient.builder()
        .httpClient(http)
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .asyncConfiguration(a -> a.advancedOption(SdkAdvancedAsyncClientOption.FUTURE_COMPLETION_EXECUTOR, Runnable::run))
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  /** Closes the client. */
  @TearDown
  public void close() {
    client.close();
  }

  /** @return the stored order (version 1) */
  @Benchmark
  public Order12 putRepository() {
    return repository.put(order).join();
  }

  /** @return the stored order (version 1), hand-written request and mapping */
  @Benchmark
  public Order12 putRaw() {
    return client.putItem(HandWrittenCalls.put(order)).thenApply(r -> HandWrittenCalls.stored(order)).join();
  }

  /** Puts through the Enhanced async client with the bean schema. */
  @Benchmark
  public void putEnhancedBean() {
    beanTable.putItem(newBean).join();
  }

  /** @return the order read by the repository */
  @Benchmark
  public Order12 getRepository() {
    return repository.get(order.pk(), order.sk()).join().orElseThrow();
  }

  /** @return the order read with a hand-written request and mapping */
  @Benchmark
  public Order12 getRaw() {
    Optional<Order12> found = client.getItem(HandWrittenCalls.get(order.pk(), order.sk()))
        .thenApply(HandWrittenCalls::found).join();
    return found.orElseThrow();
  }

  /** @return the bean read by the Enhanced async client */
  @Benchmark
  public Order12Bean getEnhancedBean() {
    return beanTable.getItem(key).join();
  }

  /**
   * Prints the request bodies each way sends, to check they match.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    AsyncRepositoryBenchmark b = new AsyncRepositoryBenchmark();
    b.setup(true);
    b.putRepository();
    System.out.println("async repository PutItem: " + b.http.lastBody("PutItem"));
    b.putRaw();
    System.out.println("async raw PutItem:        " + b.http.lastBody("PutItem"));
    b.putEnhancedBean();
    System.out.println("async enhanced PutItem:   " + b.http.lastBody("PutItem"));
    b.getRepository();
    System.out.println("async repository GetItem: " + b.http.lastBody("GetItem"));
    b.getRaw();
    System.out.println("async raw GetItem:        " + b.http.lastBody("GetItem"));
    b.getEnhancedBean();
    System.out.println("async enhanced GetItem:   " + b.http.lastBody("GetItem"));
    b.close();
  }
}
