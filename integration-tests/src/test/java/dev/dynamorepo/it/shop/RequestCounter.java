package dev.dynamorepo.it.shop;

import dev.dynamorepo.testing.LocalDynamoDb;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * An SDK interceptor on clients of the local server that counts every HTTP attempt by operation,
 * and what each Query response says it read ({@code ScannedCount}) and returned ({@code Count}).
 * The clients are the tests' own (closed by them); the code under test does not know it is counted.
 */
final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final AtomicLong scanned = new AtomicLong();
  private final AtomicLong returned = new AtomicLong();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attempts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), o -> new AtomicInteger())
        .incrementAndGet();
  }

  @Override
  public void afterUnmarshalling(Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    if (response instanceof QueryResponse q) {
      scanned.addAndGet(q.scannedCount() == null ? 0 : q.scannedCount());
      returned.addAndGet(q.count() == null ? 0 : q.count());
    }
  }

  /** @return the HTTP attempts of one operation, such as {@code "Query"} */
  int requests(String operation) {
    AtomicInteger n = attempts.get(operation);
    return n == null ? 0 : n.get();
  }

  /** @return the HTTP attempts of every operation */
  int total() {
    return attempts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** @return the items the counted Query responses read, before their filters */
  long scannedByQueries() {
    return scanned.get();
  }

  /** @return the items the counted Query responses returned, after their filters */
  long returnedByQueries() {
    return returned.get();
  }

  void reset() {
    attempts.clear();
    scanned.set(0);
    returned.set(0);
  }

  /** @return a new sync client of the local server with this counter; one attempt per call */
  DynamoDbClient client() {
    LocalDynamoDb local = LocalDynamoDb.get();
    return DynamoDbClient.builder().endpointOverride(local.endpoint()).region(Region.of(local.region()))
        .credentialsProvider(local.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(this).retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }

  /** @return a new async client of the local server with this counter; one attempt per call */
  DynamoDbAsyncClient asyncClient() {
    LocalDynamoDb local = LocalDynamoDb.get();
    return DynamoDbAsyncClient.builder().endpointOverride(local.endpoint()).region(Region.of(local.region()))
        .credentialsProvider(local.credentials()).httpClientBuilder(NettyNioAsyncHttpClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(this).retryStrategy(b -> b.maxAttempts(1)))
        .build();
  }
}
