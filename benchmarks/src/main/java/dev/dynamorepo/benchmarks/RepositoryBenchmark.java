package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.util.Map;
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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * Client-side cost of one put and one get: the generated {@code Order12Repository} against the
 * Enhanced Client's {@code DynamoDbTable} with {@code TableSchema.fromBean}, over one
 * {@link DynamoDbClient} whose HTTP client is the in-process {@link FakeHttpClient}, so no server
 * time is counted. Also the Enhanced table over the generated schema, and the raw client with a
 * prebuilt request (the SDK's own floor: marshalling, signing, pipeline, unmarshalling), and the raw
 * client with hand-written mapping ({@link HandWrittenCalls}: the repository's requests, built and
 * mapped by hand per call), the bar of the "repository within 1.05x of raw" target.
 *
 * <p>What is sent differs: the repository's put is create-only ({@code attribute_not_exists(#pk)})
 * and sets the version to 1, then decodes the stored item to return it; the Enhanced put of a bean
 * whose version is null is conditioned on {@code attribute_not_exists(version)} by the default
 * versioned-record extension. Run {@code main} to print both request bodies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RepositoryBenchmark {
  private FakeHttpClient http;
  private DynamoDbClient client;
  private Order12Repository repository;
  private DynamoDbTable<Order12Bean> beanTable;
  private DynamoDbTable<Order12> generatedTable;
  private Order12 order;
  private Order12Bean newBean;
  private Key key;
  private PutItemRequest rawPut;
  private GetItemRequest rawGet;

  /** Builds the client, the repository and the tables, and checks each answers correctly. */
  @Setup
  public void setup() {
    setup(false);
  }

  void setup(boolean capture) {
    order = Fixtures.order();
    Map<String, AttributeValue> item = HandWritten.toItem(order);
    http = new FakeHttpClient(item, capture);
    client = DynamoDbClient.builder()
        .httpClient(http)
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build();
    repository = new Order12Repository(DynamoDb.of(client));
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    beanTable = enhanced.table("orders", TableSchema.fromBean(Order12Bean.class));
    generatedTable = enhanced.table("orders", Order12Schema.tableSchema());
    newBean = Fixtures.bean();
    newBean.setVersion(null); // a new item for the versioned-record extension
    key = Key.builder().partitionValue(order.pk()).sortValue(order.sk()).build();
    rawPut = PutItemRequest.builder().tableName("orders").item(item).build();
    rawGet = GetItemRequest.builder().tableName("orders").key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))).build();

    // The SDK accepts the canned answers, and every path reads back the fixture.
    Fixtures.check("repository get", order, getGenerated());
    Fixtures.check("enhanced get (bean)", order, getEnhancedBean().toRecord());
    Fixtures.check("enhanced get (generated schema)", order, getEnhancedGenerated());
    Fixtures.check("raw get", item, getRaw().item());
    Fixtures.check("repository put", 1L, putGenerated().version());
    putEnhancedBean();
    Fixtures.check("enhanced put (bean) leaves the caller's bean alone", null, newBean.getVersion());
    putEnhancedGenerated();
    putRaw();
    Fixtures.check("hand-written get", order, getHandWritten());
    Fixtures.check("hand-written put", 1L, putHandWritten().version());
  }

  /** Closes the client. */
  @TearDown
  public void close() {
    client.close();
  }

  /** @return the stored order (version 1) */
  @Benchmark
  public Order12 putGenerated() {
    return repository.put(order);
  }

  /** Puts through the Enhanced Client with the bean schema. */
  @Benchmark
  public void putEnhancedBean() {
    beanTable.putItem(newBean);
  }

  /** Puts through the Enhanced Client with the generated schema (no version extension tag). */
  @Benchmark
  public void putEnhancedGenerated() {
    generatedTable.putItem(order);
  }

  /** @return the raw response to a prebuilt request */
  @Benchmark
  public PutItemResponse putRaw() {
    return client.putItem(rawPut);
  }

  /** @return the stored order (version 1): the repository's request, hand-written ({@link HandWrittenCalls}) */
  @Benchmark
  public Order12 putHandWritten() {
    client.putItem(HandWrittenCalls.put(order));
    return HandWrittenCalls.stored(order);
  }

  /** @return the order read by the repository */
  @Benchmark
  public Order12 getGenerated() {
    return repository.get(order.pk(), order.sk()).orElseThrow();
  }

  /** @return the bean read by the Enhanced Client */
  @Benchmark
  public Order12Bean getEnhancedBean() {
    return beanTable.getItem(key);
  }

  /** @return the order read by the Enhanced Client through the generated schema */
  @Benchmark
  public Order12 getEnhancedGenerated() {
    return generatedTable.getItem(key);
  }

  /** @return the raw response to a prebuilt request */
  @Benchmark
  public GetItemResponse getRaw() {
    return client.getItem(rawGet);
  }

  /** @return the order read with a hand-written request and mapping ({@link HandWrittenCalls}) */
  @Benchmark
  public Order12 getHandWritten() {
    return HandWrittenCalls.found(client.getItem(HandWrittenCalls.get(order.pk(), order.sk()))).orElseThrow();
  }

  /**
   * Prints the request bodies each way sends, for RESULTS.md.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    RepositoryBenchmark b = new RepositoryBenchmark();
    b.setup(true);
    b.putGenerated();
    System.out.println("repository PutItem:   " + b.http.lastBody("PutItem"));
    b.putEnhancedBean();
    System.out.println("enhanced (bean) PutItem: " + b.http.lastBody("PutItem"));
    b.putEnhancedGenerated();
    System.out.println("enhanced (generated schema) PutItem: " + b.http.lastBody("PutItem"));
    b.getGenerated();
    System.out.println("repository GetItem:   " + b.http.lastBody("GetItem"));
    b.getEnhancedBean();
    System.out.println("enhanced GetItem:     " + b.http.lastBody("GetItem"));
    b.putHandWritten();
    System.out.println("hand-written PutItem: " + b.http.lastBody("PutItem"));
    b.getHandWritten();
    System.out.println("hand-written GetItem: " + b.http.lastBody("GetItem"));
    b.close();
  }
}
