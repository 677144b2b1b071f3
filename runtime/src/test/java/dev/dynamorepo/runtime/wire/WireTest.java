package dev.dynamorepo.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The base of the wire tests: each test runs once per {@link Side} against a {@link CannedHttp}
 * under real SDK clients (region, static credentials, {@code http://localhost}, the SDK's default
 * retries), checks the JSON bodies sent and what the API made of the canned answers. No server.
 */
abstract class WireTest {
  /** A test run once with the sync API and once with the async API. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Side.class)
  @interface BothSides {}

  private final List<AutoCloseable> open = new ArrayList<>();
  CannedHttp http;
  Side side;
  DynamoDb dynamo;
  OrderRepository orders;
  OrderAsyncRepository ordersAsync;
  NoteRepository notes;
  NoteAsyncRepository notesAsync;

  /** Makes the clients, the connection and the repositories for one side. */
  void on(Side side) {
    this.side = side;
    this.http = new CannedHttp();
    URI endpoint = URI.create("http://localhost");
    StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDCANNED", "canned"));
    DynamoDbClient sync = DynamoDbClient.builder().httpClient(http).region(Region.EU_WEST_1).credentialsProvider(creds)
        .endpointOverride(endpoint).build();
    DynamoDbAsyncClient async = DynamoDbAsyncClient.builder().httpClient(http).region(Region.EU_WEST_1)
        .credentialsProvider(creds).endpointOverride(endpoint).build();
    open.add(sync);
    open.add(async);
    dynamo = DynamoDb.of(sync, async);
    orders = new OrderRepository(dynamo);
    ordersAsync = orders.async();
    notes = new NoteRepository(dynamo);
    notesAsync = notes.async();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  /** Runs the side's form of a call, see {@link Side#call}. */
  <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    return side.call(sync, async);
  }

  /** Asserts the side's form of a call fails with {@code type}, and returns the failure. */
  <T, X extends Throwable> X fails(Class<X> type, Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    return assertThrows(type, () -> side.call(sync, async));
  }

  /** @return the requests of an operation, each checked to come from this side's client */
  List<Sent> sent(String operation) {
    List<Sent> sent = http.sent(operation);
    sent.forEach(s -> assertEquals(side == Side.ASYNC, s.async(), operation + " went out on the other side's client"));
    return sent;
  }

  /** @return the one request sent in all, of this operation */
  Sent only(String operation) {
    assertEquals(List.of(operation), http.sent().stream().map(Sent::operation).toList(), "the requests sent");
    return sent(operation).get(0);
  }

  void nothingSent() {
    assertTrue(http.sent().isEmpty(), "sent: " + http.sent());
  }

  /** @return every item of a publisher, requested one at a time */
  static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
    CompletableFuture<List<T>> all = new CompletableFuture<>();
    publisher.subscribe(new Flow.Subscriber<T>() {
      private final List<T> items = new ArrayList<>();
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
      }

      @Override
      public void onNext(T item) {
        items.add(item);
        subscription.request(1);
      }

      @Override
      public void onError(Throwable error) {
        all.completeExceptionally(error);
      }

      @Override
      public void onComplete() {
        all.complete(items);
      }
    });
    return all;
  }

  /** @return an item's wire form, for canned answers */
  static Map<String, Object> wire(Map<String, AttributeValue> item) {
    return WireJson.item(item);
  }

  static Map<String, Object> wire(Order order) {
    return WireJson.item(OrderSchema.toItem(order));
  }

  static Map<String, AttributeValue> key(String customerId, String orderId) {
    return Map.of("customerId", AttributeValue.fromS(customerId), "orderId", AttributeValue.fromS(orderId));
  }
}
