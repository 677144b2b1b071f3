package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems: checks the whole transaction before sending, then sends it; a cancellation
 * by a concurrent transaction, throttling or a counter another writer moved is retried with
 * jittered backoff, anything else reported with one reason per action.
 */
public final class TransactWrite {
  /** DynamoDB's limit on actions per transaction. */
  public static final int MAX_ACTIONS = 100;
  /** DynamoDB's limit on a transaction's total size. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;
  /** Attempts for a transaction that keeps meeting TransactionConflict, throttling or a moved counter. */
  static final int MAX_ATTEMPTS = 8;

  private final Runner runner;
  private final List<WriteAction> actions;
  private final String token;

  /**
   * A transaction to commit.
   *
   * @param runner sync or async
   * @param actions the actions, in order
   * @param token the idempotency token, or null
   */
  public TransactWrite(Runner runner, List<WriteAction> actions, String token) {
    this.runner = runner;
    this.actions = List.copyOf(actions);
    this.token = token;
  }

  /**
   * Checks and sends the transaction.
   *
   * @return what each action wrote, in order
   */
  public CompletableFuture<List<Object>> commit() {
    return Futures.defer(() -> {
      checkBeforeSending();
      return attempt(1, new Backoff());
    });
  }

  private CompletableFuture<List<Object>> attempt(int attempt, Backoff backoff) {
    return TransactionPlan.of(runner, actions).thenCompose(plan -> {
      checkSize(plan);
      TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(plan.items())
          .clientRequestToken(token).build();
      Call<TransactWriteItemsRequest, TransactWriteItemsResponse, List<Object>> call = new Call<>(plan.tables(),
          "TransactWriteItems", request, DynamoDbClient::transactWriteItems, DynamoDbAsyncClient::transactWriteItems,
          r -> plan.written(), null);
      return runner.run(call).handle((written, error) -> {
        if (error == null) {
          return CompletableFuture.completedFuture(written);
        }
        Throwable cause = Futures.unwrap(error);
        if (!(cause.getCause() instanceof TransactionCanceledException cancelled)) {
          throw (RuntimeException) cause;
        }
        TransactionFailure failure = new TransactionFailure(plan, cancelled);
        // A retry after the counter moved sends other ids; with the caller's idempotency token
        // DynamoDB would answer IdempotentParameterMismatch, so report the conflict instead.
        boolean sameRequest = token == null || !failure.counterMoved();
        if (!failure.retryable() || !sameRequest || attempt >= MAX_ATTEMPTS) {
          throw failure.toException(attempt, sameRequest ? null : "another writer took the auto-increment id;"
              + " the idempotency token pins the request, so it is not retried with new ids");
        }
        return runner.pause(backoff.nextMillis()).thenCompose(v -> attempt(attempt + 1, backoff));
      }).thenCompose(f -> f);
    });
  }

  private void checkBeforeSending() {
    if (actions.isEmpty()) {
      throw new DynamoException("transaction: no actions; add at least one put, update, upsert, delete or conditionCheck");
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      WriteAction action = actions.get(i);
      Map<String, AttributeValue> key = action.key();
      if (key != null && !seen.add(List.of(action.table(), key))) {
        throw new DynamoException("transaction: actions " + i + " (" + action.kind() + ") and an earlier one both touch table '"
            + action.table() + "', key " + Keys.describe(key) + "; DynamoDB refuses two actions on one item");
      }
    }
  }

  private static void checkSize(TransactionPlan plan) {
    if (plan.items().size() > MAX_ACTIONS) {
      throw new DynamoException("transaction: " + plan.items().size() + " actions (counter updates included), over DynamoDB's limit of "
          + MAX_ACTIONS);
    }
    if (plan.bytes() > MAX_BYTES) {
      throw new DynamoException("transaction: " + plan.bytes() + " bytes, over DynamoDB's limit of 4 MB (" + MAX_BYTES + " bytes)");
    }
  }
}
