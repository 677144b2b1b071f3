package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
  private final Pin pin;

  /**
   * The request of an attempt whose outcome is unknown, kept by the transaction so that the next
   * {@code commit()} resends exactly it (same auto-increment ids, same token) and DynamoDB applies
   * it at most once.
   */
  public static final class Pin {
    private TransactionPlan plan;
    private String token;

    /** Nothing pinned yet. */
    public Pin() {}
  }

  /**
   * A transaction to commit.
   *
   * @param runner sync or async
   * @param actions the actions, in order
   * @param token the caller's idempotency token, or null (one is made per request)
   * @param pin the request to resend after an unknown outcome, kept across commits
   */
  public TransactWrite(Runner runner, List<WriteAction> actions, String token, Pin pin) {
    this.runner = runner;
    this.actions = List.copyOf(actions);
    this.token = token;
    this.pin = pin;
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
    TransactionPlan pinned;
    String pinnedToken;
    synchronized (pin) {
      pinned = pin.plan;
      pinnedToken = pin.token;
    }
    CompletableFuture<TransactionPlan> planned = pinned != null ? CompletableFuture.completedFuture(pinned)
        : TransactionPlan.of(runner, actions);
    return planned.thenCompose(plan -> {
      checkSize(plan);
      // Every request carries a token, the caller's or one made for this plan, so that an unknown
      // outcome can be retried safely with the identical request.
      String sent = token != null ? token : plan == pinned ? pinnedToken : UUID.randomUUID().toString();
      return send(plan, sent).handle((written, error) -> error == null ? written(written)
          : failed(plan, sent, Futures.unwrap(error), attempt, backoff)).thenCompose(f -> f);
    });
  }

  /** One TransactWriteItems call: the plan's items under the token {@code sent}. */
  private CompletableFuture<List<Object>> send(TransactionPlan plan, String sent) {
    TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(plan.items())
        .clientRequestToken(sent).build();
    return runner.run(new Call<TransactWriteItemsRequest, TransactWriteItemsResponse, List<Object>>(plan.tables(),
        "TransactWriteItems", request, DynamoDbClient::transactWriteItems, DynamoDbAsyncClient::transactWriteItems,
        r -> plan.written(), null));
  }

  /** The transaction was applied: nothing stays pinned. */
  private CompletableFuture<List<Object>> written(List<Object> written) {
    unpin();
    return CompletableFuture.completedFuture(written);
  }

  /**
   * After a failed attempt: an unknown outcome pins the request for the next {@code commit()}, a
   * retryable cancellation is sent again after a backoff, anything else is thrown.
   */
  private CompletableFuture<List<Object>> failed(TransactionPlan plan, String sent, Throwable cause, int attempt,
      Backoff backoff) {
    if (cause instanceof OutcomeUnknownException) {
      throw pinned(plan, sent, cause.getCause());
    }
    unpin();
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
  }

  /** Keeps the request whose outcome is unknown for the next {@code commit()}, and says so. */
  private OutcomeUnknownException pinned(TransactionPlan plan, String sent, Throwable cause) {
    synchronized (pin) {
      pin.plan = plan;
      pin.token = sent;
    }
    return new OutcomeUnknownException("transaction on '" + plan.tables() + "': no answer came back (" + cause
        + "), so it may or may not have been applied; commit() again resends the identical request"
        + " with ClientRequestToken " + sent + ", which DynamoDB applies at most once", cause, sent);
  }

  private void unpin() {
    synchronized (pin) {
      pin.plan = null;
      pin.token = null;
    }
  }

  private void checkBeforeSending() {
    if (actions.isEmpty()) {
      throw new DynamoException("transaction: no actions; add at least one put, update, upsert, delete or conditionCheck");
    }
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      WriteAction action = actions.get(i);
      Map<String, AttributeValue> key = action.key();
      if (key != null && !seen.add(List.of(action.table(), Keys.normalized(key)))) {
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
