package dev.dynamorepo.it;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
  final AtomicInteger transactCalls = new AtomicInteger();

  FaultyClient(DynamoDbClient real) {
    this.real = real;
  }

  /** Runs {@code action} against the real server just before the next transaction is forwarded. */
  FaultyClient beforeNextTransaction(Runnable action) {
    this.beforeNext = action;
    return this;
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
