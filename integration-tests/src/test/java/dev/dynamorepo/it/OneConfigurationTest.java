package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.FaultInjectingAsyncHttpClient;
import dev.dynamorepo.testing.FaultInjectingHttpClient;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Settings given once on the builder reach every request of every operation, sync and async,
 * including the many requests of bulk writes, {@code deleteAll} and merged parallel scans; and a
 * synchronous call never goes out through the async client, whose side may lack the sync side's
 * customisation. Counted three ways: at the HTTP clients under the SDK, by an interceptor, and by a
 * retry strategy.
 */
@WithDynamoDb
@CleanTables
class OneConfigurationTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

  /** Counts executions per operation, as the SDK names them. */
  static final class Seen implements ExecutionInterceptor {
    final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      executions.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicInteger())
          .incrementAndGet();
    }

    Map<String, Integer> counts() {
      Map<String, Integer> out = new TreeMap<>();
      executions.forEach((k, v) -> out.put(k, v.get()));
      return out;
    }
  }

  /** The SDK's standard strategy, counting the calls it is asked to start. */
  static final class CountingRetries implements RetryStrategy {
    final RetryStrategy delegate = AwsRetryStrategy.standardRetryStrategy();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
      calls.incrementAndGet();
      return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
      return delegate.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
      return delegate.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
      return delegate.maxAttempts();
    }

    @Override
    public boolean useClientDefaults() {
      return false;
    }

    @Override
    public Builder<?, ?> toBuilder() {
      return delegate.toBuilder();
    }
  }

  private static Order order(String customer, String id) {
    return new Order(customer, id, 1, Set.of("a"), T, Status.NEW, "n");
  }

  /** Every kind of synchronous call, fan-out included. */
  private static void everySyncOperation(OrderRepository orders, DynamoDb dynamo) {
    orders.createTable();
    orders.put(order("alice", "o-1"));
    orders.get("alice", "o-1");
    orders.update(order("alice", "o-1"));
    orders.upsert(order("alice", "o-2"));
    orders.update("alice", "o-2").add(OrderSchema.TOTAL_CENTS, 5L).execute();
    orders.query("alice").stream().toList();
    orders.scan().toList();
    orders.count();
    orders.getAll(List.of(orders.key("alice", "o-1"), orders.key("alice", "o-2")));
    orders.batchOverwrite(IntStream.range(0, 60).mapToObj(i -> order("bulk", "b-" + i)).toList());
    assertEquals(60, orders.scanner().segments(4).stream().filter(o -> o.customerId().equals("bulk")).count());
    orders.deleteAll(IntStream.range(0, 20).mapToObj(i -> orders.key("bulk", "b-" + i)).toList());
    orders.batchDelete(IntStream.range(20, 40).mapToObj(i -> orders.key("bulk", "b-" + i)).toList());
    dynamo.bulkWrite().delete(orders, IntStream.range(40, 60).mapToObj(i -> orders.key("bulk", "b-" + i)).toList()).execute();
    dynamo.transaction().put(orders, order("bob", "t-1")).commit();
    var read = dynamo.readTransaction();
    read.get(orders, orders.key("bob", "t-1"));
    read.execute();
    orders.delete("alice", "o-1");
  }

  @Test
  void settingsGivenOnceSeeEveryRequestOfEveryOperationSyncAndAsyncFanOutIncluded(LocalDynamoDb local) {
    Seen seen = new Seen();
    CountingRetries retries = new CountingRetries();
    try (FaultInjectingHttpClient syncHttp = FaultInjectingHttpClient.create();
         FaultInjectingAsyncHttpClient asyncHttp = FaultInjectingAsyncHttpClient.create();
         DynamoDb dynamo = DynamoDb.builder().endpoint(local.endpoint()).region(local.region())
             .credentialsProvider(local.credentials()).httpClient(syncHttp).asyncHttpClient(asyncHttp)
             .overrideConfiguration(o -> o.addExecutionInterceptor(seen).retryStrategy(retries)).build()) {
      OrderRepository orders = new OrderRepository(dynamo);
      everySyncOperation(orders, dynamo);
      assertEquals(0, total(asyncHttp), "no synchronous call went out through the async client");

      OrderAsyncRepository async = orders.async();
      async.put(order("carol", "a-1")).join();
      async.get(orders.key("carol", "a-1")).join();
      async.batchOverwrite(IntStream.range(0, 30).mapToObj(i -> order("abulk", "b-" + i)).toList()).join();
      async.deleteAll(IntStream.range(0, 10).mapToObj(i -> orders.key("abulk", "b-" + i)).toList()).join();
      assertEquals(20, Publishers.collect(async.scanner().segments(3).publisher()).join().stream()
          .filter(o -> o.customerId().equals("abulk")).count());
      dynamo.transaction().put(orders, order("carol", "t-2")).commitAsync().join();
      assertTrue(total(asyncHttp) > 0);

      Map<String, Integer> sent = new TreeMap<>();
      for (String op : List.of("CreateTable", "DescribeTable", "DescribeTimeToLive", "PutItem", "GetItem", "UpdateItem",
          "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem", "TransactWriteItems", "TransactGetItems")) {
        int n = syncHttp.requests(op) + asyncHttp.requests(op);
        if (n > 0) {
          sent.put(op, n);
        }
      }
      assertTrue(sent.keySet().containsAll(List.of("PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan",
          "BatchGetItem", "BatchWriteItem", "TransactWriteItems", "TransactGetItems")), sent.toString());
      Map<String, Integer> intercepted = seen.counts();
      intercepted.keySet().retainAll(sent.keySet());
      assertEquals(sent, intercepted, "the interceptor saw every request that reached an HTTP client");
      assertEquals(seen.counts().values().stream().mapToInt(Integer::intValue).sum(), retries.calls.get(),
          "the retry strategy started every call");
    }
  }

  @Test
  void aSyncSideCustomisationIsNeverBypassedByFanOut(LocalDynamoDb local) {
    Seen syncOnly = new Seen();
    try (FaultInjectingHttpClient syncHttp = FaultInjectingHttpClient.create();
         FaultInjectingAsyncHttpClient asyncHttp = FaultInjectingAsyncHttpClient.create();
         DynamoDb dynamo = DynamoDb.builder().endpoint(local.endpoint()).region(local.region())
             .credentialsProvider(local.credentials()).httpClient(syncHttp).asyncHttpClient(asyncHttp)
             .client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(syncOnly))).build()) {
      everySyncOperation(new OrderRepository(dynamo), dynamo);
      assertEquals(0, total(asyncHttp), "before: bulk writes, deleteAll and merged scans went out through the async client");
      assertEquals(syncHttp.requests("BatchWriteItem"), syncOnly.counts().get("BatchWriteItem"));
      assertEquals(syncHttp.requests("DeleteItem"), syncOnly.counts().get("DeleteItem"));
      assertEquals(syncHttp.requests("Scan"), syncOnly.counts().get("Scan"));
    }
  }

  private static int total(FaultInjectingAsyncHttpClient http) {
    return List.of("PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem", "BatchWriteItem",
        "TransactWriteItems", "TransactGetItems", "DescribeTable", "CreateTable").stream().mapToInt(http::requests).sum();
  }
}
