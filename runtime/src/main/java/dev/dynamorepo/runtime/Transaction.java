package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.TransactWrite;
import dev.dynamorepo.runtime.internal.WriteAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A write transaction across tables: up to 100 actions, all or nothing, in one TransactWriteItems
 * call. Each action has the semantics of the repository method of the same name, its condition
 * and {@code @Version} check included; a partial update goes in as built
 * ({@code tx.update(orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 5L))}).
 *
 * <pre>{@code
 * TransactionResult r = dynamo.transaction()
 *     .put(tickets, new Ticket(null, "x"))                 // auto-increment ids work here too
 *     .update(orders, changed)
 *     .update(orders.update("bob", "o-7").set(OrderSchema.STATUS, Status.PAID))
 *     .delete(orders, orders.key("alice", "o-2"))
 *     .conditionCheck(orders, orders.key("bob", "o-9"), OrderSchema.STATUS.eq(Status.PAID))
 *     .commit();                                            // or commitAsync()
 * Ticket t = r.get(0, tickets);
 * }</pre>
 *
 * <p>Checked before sending, with nothing written: an empty transaction, more than 100 actions,
 * two actions on one item, more than 4 MB, an idempotency token outside 1-36 characters; each
 * action's keys and values when it is added. A transaction cancelled by a condition raises
 * {@link ConflictException} with one reason per action; one cancelled by a concurrent transaction
 * (TransactionConflict) or throttling is retried with jittered backoff a bounded number of times.
 * When no answer comes back at all, {@link OutcomeUnknownException} carries the request's
 * ClientRequestToken and {@code commit()} again resends the identical request (same
 * auto-increment ids), which DynamoDB applies at most once.
 * Repositories may be sync or async ones. Not thread-safe; build and commit on one thread.
 */
public final class Transaction {
  /** DynamoDB's limit on actions per transaction. */
  public static final int MAX_ACTIONS = TransactWrite.MAX_ACTIONS;
  /** DynamoDB's limit on a transaction's total size. */
  public static final int MAX_BYTES = TransactWrite.MAX_BYTES;

  private final DynamoDb dynamo;
  private final List<WriteAction> actions = new ArrayList<>();
  private final TransactWrite.Pin pin = new TransactWrite.Pin();
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
  public <E> Transaction put(EntityTable<E> repository, E item) {
    return put(repository, Put.of(item));
  }

  /**
   * Creates an item, as {@link Repository#put(Put)}.
   *
   * @param repository the item's repository
   * @param request the new item
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction put(EntityTable<E> repository, Put<E> request) {
    return add(repository.action(request));
  }

  /**
   * Replaces an existing item's attributes; strict.
   *
   * @param repository the item's repository
   * @param item the new state
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction update(EntityTable<E> repository, E item) {
    return update(repository, Update.of(item));
  }

  /**
   * Replaces an existing item whole, as {@link Repository#update(Update)}.
   *
   * <pre>{@code
   * dynamo.transaction().update(orders, Update.of(order).when(OrderSchema.STATUS.eq(Status.NEW))).commit();
   * }</pre>
   *
   * @param repository the item's repository
   * @param request the new state and options
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction update(EntityTable<E> repository, Update<E> request) {
    return add(repository.action(request));
  }

  /**
   * Creates the item or replaces the attributes it names.
   *
   * @param repository the item's repository
   * @param item the state to write
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction upsert(EntityTable<E> repository, E item) {
    return upsert(repository, Upsert.of(item));
  }

  /**
   * Creates or writes an item, as {@link Repository#upsert(Upsert)}.
   *
   * @param repository the item's repository
   * @param request the state to write and options
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction upsert(EntityTable<E> repository, Upsert<E> request) {
    return add(repository.action(request));
  }

  /**
   * Deletes an item (no error when it does not exist).
   *
   * @param repository the item's repository
   * @param key the key
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction delete(EntityTable<E> repository, Key<E> key) {
    return delete(repository, Delete.of(key));
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
  public <E> Transaction delete(EntityTable<E> repository, E item) {
    return delete(repository, Delete.entity(item));
  }

  /**
   * Deletes an item, as {@link Repository#delete(Delete)}.
   *
   * @param repository the item's repository
   * @param request the key or entity, and options
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction delete(EntityTable<E> repository, Delete<E> request) {
    return add(repository.action(request));
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
  public <E> Transaction conditionCheck(EntityTable<E> repository, Key<E> key, Condition<E> condition) {
    return conditionCheck(repository, ConditionCheck.of(key, condition));
  }

  /**
   * Requires a condition on an item the transaction does not write.
   *
   * @param repository the item's repository
   * @param request the key and condition
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction conditionCheck(EntityTable<E> repository, ConditionCheck<E> request) {
    return add(repository.action(request));
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
   * A partial update, as built by {@code repository.update(key)}: its actions, its condition, the
   * strict existence check and the version increment. A transaction does not return the new item
   * (its entry in the result is null).
   *
   * @param update the partial update
   * @param <E> the entity type
   * @return this
   */
  public <E> Transaction update(PartialUpdate<E> update) {
    return add(Objects.requireNonNull(update, "update").action());
  }

  /**
   * Checks and sends the transaction.
   *
   * @return what each action wrote, in order
   * @throws ConflictException when a condition failed (nothing was written)
   * @throws DynamoException when a limit is exceeded (nothing was sent) or the server refused it
   */
  public TransactionResult commit() {
    return Futures.join(commit(dynamo.engine().sync()));
  }

  /**
   * Checks and sends the transaction on the async client.
   *
   * @return what each action wrote, or the same failures as {@link #commit()}
   */
  public CompletableFuture<TransactionResult> commitAsync() {
    return commit(dynamo.engine().async());
  }

  private CompletableFuture<TransactionResult> commit(dev.dynamorepo.runtime.internal.Runner runner) {
    List<Class<?>> types = new ArrayList<>();
    actions.forEach(a -> types.add(a.entityType()));
    return new TransactWrite(runner, actions, token, pin).commit().thenApply(written -> new TransactionResult(written, types));
  }

  private Transaction add(WriteAction action) {
    actions.add(action);
    return this;
  }
}
