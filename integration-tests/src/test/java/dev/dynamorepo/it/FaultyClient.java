package dev.dynamorepo.it;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A {@link DynamoDbClient} decorator that injects faults moto never produces: the next
 * TransactWriteItems calls are cancelled with a given reason (TransactionConflict: another
 * transaction in flight; ValidationError: DynamoDB's form of a data error, which moto reports as a
 * plain ValidationException) before reaching the server. Everything else goes to the real server.
 */
class FaultyClient implements DynamoDbClient {
  private final DynamoDbClient real;
  private final Deque<String> failures = new ArrayDeque<>();
  private Runnable beforeNext;
  private int holdBackCalls;
  private boolean holdEverythingAfterwards;
  private final Set<WriteRequest> heldBefore = new HashSet<>();
  final AtomicInteger batchWriteCalls = new AtomicInteger();
  final AtomicInteger transactCalls = new AtomicInteger();

  FaultyClient(DynamoDbClient real) {
    this.real = real;
  }

  /** Runs {@code action} against the real server just before the next transaction is forwarded. */
  FaultyClient beforeNextTransaction(Runnable action) {
    this.beforeNext = action;
    return this;
  }

  /**
   * The next {@code calls} BatchWriteItem calls write only the first half of their items and
   * return the rest as UnprocessedItems, as DynamoDB does under load.
   */
  FaultyClient holdBackHalf(int calls) {
    this.holdBackCalls = calls;
    return this;
  }

  /** Every BatchWriteItem writes the first half of its items once, and nothing after that. */
  FaultyClient holdBackHalfThenAll() {
    this.holdBackCalls = 1_000_000;
    this.holdEverythingAfterwards = true;
    return this;
  }

  @Override
  public synchronized software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse batchWriteItem(
      software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest request) {
    batchWriteCalls.incrementAndGet();
    if (holdBackCalls <= 0) {
      return real.batchWriteItem(request);
    }
    holdBackCalls--;
    Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
    Map<String, List<WriteRequest>> held = new LinkedHashMap<>();
    request.requestItems().forEach((table, writes) -> {
      // A retry of items held back before writes nothing more when told to hold everything afterwards.
      boolean again = holdEverythingAfterwards && writes.stream().anyMatch(heldBefore::contains);
      int half = again ? 0 : (writes.size() + 1) / 2;
      if (half > 0) {
        sent.put(table, writes.subList(0, half));
      }
      if (half < writes.size()) {
        held.put(table, writes.subList(half, writes.size()));
        heldBefore.addAll(writes.subList(half, writes.size()));
      }
    });
    if (!sent.isEmpty()) {
      real.batchWriteItem(b -> b.requestItems(sent));
    }
    return BatchWriteItemResponse.builder().unprocessedItems(held).build();
  }

  /** The next {@code times} transactions are cancelled with TransactionConflict. */
  FaultyClient conflicts(int times) {
    return cancels("TransactionConflict", times);
  }

  /** The next {@code times} transactions are cancelled with {@code code} on every action. */
  FaultyClient cancels(String code, int times) {
    for (int i = 0; i < times; i++) {
      failures.add(code);
    }
    return this;
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    transactCalls.incrementAndGet();
    String code = failures.poll();
    if (code != null) {
      CancellationReason reason = CancellationReason.builder().code(code).message("injected " + code).build();
      List<CancellationReason> reasons = request.transactItems().stream().map(i -> reason).toList();
      throw TransactionCanceledException.builder().message("Transaction cancelled [" + code + "]")
          .cancellationReasons(reasons).build();
    }
    Runnable hook = beforeNext;
    beforeNext = null;
    if (hook != null) {
      hook.run();
    }
    return real.transactWriteItems(request);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return real.getItem(request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return real.putItem(request);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return real.updateItem(request);
  }

  @Override
  public DescribeTableResponse describeTable(DescribeTableRequest request) {
    return real.describeTable(request);
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return real.createTable(request);
  }

  @Override
  public String serviceName() {
    return real.serviceName();
  }

  @Override
  public void close() {}
}
