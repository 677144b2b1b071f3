package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Backoff;
import dev.dynamorepo.runtime.internal.Errors;
import dev.dynamorepo.runtime.internal.ItemChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A write transaction across tables: up to 100 actions, all or nothing, in one TransactWriteItems
 * call. Each action has the semantics of the repository method of the same name.
 *
 * <pre>{@code
 * TransactionResult r = dynamo.transaction()
 *     .put(tickets, new Ticket(null, "x"))                 // auto-increment ids work here too
 *     .update(orders, changed)
 *     .delete(orders, orders.key("alice", "o-2"))
 *     .conditionCheck(orders, orders.key("bob", "o-9"), OrderSchema.STATUS.eq(Status.PAID))
 *     .commit();
 * }</pre>
 *
 * <p>Checked before sending, with nothing written: an empty transaction, more than 100 actions,
 * two actions on one item, more than 4 MB, an idempotency token outside 1-36 characters. A
 * transaction cancelled by a condition raises {@link ConflictException} with one reason per
 * action; one cancelled by a concurrent transaction (TransactionConflict) is retried with jittered
 * backoff a bounded number of times. Not thread-safe; build and commit on one thread.
 */
public final class Transaction {
  /** DynamoDB's limit on actions per transaction. */
  public static final int MAX_ACTIONS = 100;
  /** DynamoDB's limit on a transaction's total size. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;
  /** Attempts for a transaction that keeps meeting TransactionConflict or a moved counter. */
  static final int MAX_ATTEMPTS = 8;

  private final DynamoDb dynamo;
  private final List<TransactionAction<?>> actions = new ArrayList<>();
  private String token;

  Transaction(DynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  /**
   * Creates an item (fails if the key exists); a null auto-increment key gets the next id, and
   * several such puts on one table share one counter update and get consecutive ids.
   *
   * @param repository the item's repository
   * @param item the new item
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction put(Repository<E> repository, E item) {
    return add(TransactionAction.put(repository.operations(), actions.size(), item));
  }

  /**
   * Replaces an existing item's attributes; strict.
   *
   * @param repository the item's repository
   * @param item the new state
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction update(Repository<E> repository, E item) {
    return add(TransactionAction.update(repository.operations(), actions.size(), item, null, true));
  }

  /**
   * Replaces an existing item's attributes if a condition holds; strict.
   *
   * @param repository the item's repository
   * @param item the new state
   * @param condition must hold on the stored item
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction update(Repository<E> repository, E item, Condition<E> condition) {
    return add(TransactionAction.update(repository.operations(), actions.size(), item, Objects.requireNonNull(condition), true));
  }

  /**
   * Creates the item or replaces the attributes it names.
   *
   * @param repository the item's repository
   * @param item the state to write
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction upsert(Repository<E> repository, E item) {
    return add(TransactionAction.update(repository.operations(), actions.size(), item, null, false));
  }

  /**
   * Creates the item or replaces the attributes it names, if a condition holds.
   *
   * @param repository the item's repository
   * @param item the state to write
   * @param condition must hold
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction upsert(Repository<E> repository, E item, Condition<E> condition) {
    return add(TransactionAction.update(repository.operations(), actions.size(), item, Objects.requireNonNull(condition), false));
  }

  /**
   * Deletes an item (no error when it does not exist).
   *
   * @param repository the item's repository
   * @param key the key
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction delete(Repository<E> repository, Key<E> key) {
    return add(TransactionAction.delete(repository.operations(), actions.size(), key, null));
  }

  /**
   * Deletes the item an entity names; with a {@code @Version} attribute, only if the stored
   * version is the one the entity holds.
   *
   * @param repository the item's repository
   * @param item the entity, as read
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction delete(Repository<E> repository, E item) {
    return add(TransactionAction.deleteEntity(repository.operations(), actions.size(), item));
  }

  /**
   * Deletes an item if a condition holds.
   *
   * @param repository the item's repository
   * @param key the key
   * @param condition must hold on the stored item
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction delete(Repository<E> repository, Key<E> key, Condition<E> condition) {
    return add(TransactionAction.delete(repository.operations(), actions.size(), key, Objects.requireNonNull(condition)));
  }

  /**
   * Requires a condition on an item the transaction does not write.
   *
   * @param repository the item's repository
   * @param key the key
   * @param condition must hold on the stored item
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction conditionCheck(Repository<E> repository, Key<E> key, Condition<E> condition) {
    return add(TransactionAction.conditionCheck(repository.operations(), actions.size(), key, Objects.requireNonNull(condition)));
  }

  /**
   * Makes the transaction idempotent: DynamoDB applies a transaction with the same token once
   * within ten minutes. The token is sent unchanged on every retry.
   *
   * @param token 1 to 36 characters
   * @return this
   * @throws DynamoException when the token is empty or longer than 36 characters
   */
  public Transaction idempotencyToken(String token) {
    if (token == null || token.isEmpty() || token.length() > 36) {
      throw new DynamoException("transaction: the idempotency token must be 1 to 36 characters, got "
          + (token == null ? "null" : token.length() + " characters"));
    }
    this.token = token;
    return this;
  }

  /**
   * Checks and sends the transaction.
   *
   * @return what each action wrote, in order
   * @throws ConflictException when a condition failed (nothing was written)
   * @throws DynamoException when a limit is exceeded (nothing was sent) or the server refused it
   */
  public TransactionResult commit() {
    checkBeforeSending();
    Backoff backoff = new Backoff();
    for (int attempt = 1; ; attempt++) {
      TransactionPlan plan = TransactionPlan.of(actions);
      checkSize(plan);
      try {
        TransactWriteItemsRequest.Builder request = TransactWriteItemsRequest.builder().transactItems(plan.items());
        if (token != null) {
          request.clientRequestToken(token);
        }
        dynamo.client().transactWriteItems(request.build());
        return new TransactionResult(plan.written());
      } catch (TransactionCanceledException e) {
        TransactionFailure failure = new TransactionFailure(plan, e);
        // A retry after the counter moved sends other ids; with the caller's idempotency token
        // DynamoDB would answer IdempotentParameterMismatch, so report the conflict instead.
        boolean sameRequest = token == null || !failure.counterMoved();
        if (!failure.retryable() || !sameRequest || attempt >= MAX_ATTEMPTS) {
          throw failure.toException(attempt, sameRequest ? null : "another writer took the auto-increment id;"
              + " the idempotency token pins the request, so it is not retried with new ids");
        }
      } catch (RuntimeException e) {
        throw Errors.wrap("TransactWriteItems", plan.tables(), e);
      }
      backoff.pause();
    }
  }

  private Transaction add(TransactionAction<?> action) {
    actions.add(action);
    return this;
  }

  private void checkBeforeSending() {
    if (actions.isEmpty()) {
      throw new DynamoException("transaction: no actions; add at least one put, update, upsert, delete or conditionCheck");
    }
    Set<List<Object>> seen = new HashSet<>();
    for (TransactionAction<?> action : actions) {
      Map<String, AttributeValue> key = action.key();
      if (key != null && !seen.add(List.of(action.table(), key))) {
        throw new DynamoException("transaction: actions " + action.index() + " (" + action.kind() + ") and an earlier one both touch table '"
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

  static int size(TransactWriteItem item) {
    Map<String, AttributeValue> map = item.put() != null ? item.put().item()
        : item.update() != null ? item.update().key() : item.delete() != null ? item.delete().key() : item.conditionCheck().key();
    int size = ItemChecks.checkValue("transaction", "item", AttributeValue.fromM(map));
    if (item.update() != null && item.update().hasExpressionAttributeValues()) {
      size += ItemChecks.checkValue("transaction", "values", AttributeValue.fromM(item.update().expressionAttributeValues()));
    }
    return size;
  }
}
