package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One DynamoDB call: the request, built and checked when the unit is made (so bad input is
 * refused before any runner sends anything), the client method that sends it, sync and async,
 * and the function that turns the response into what the caller gets. Failures are translated
 * once, by {@link #failure}, whichever runner ran the unit. Operation classes ({@link GetItem},
 * {@link PutItem}, ...) build these; the Enhanced Client's {@code GetItemOperation}
 * (generateRequest / serviceCall / transformResponse), made smaller.
 *
 * @param <Q> the SDK request
 * @param <S> the SDK response
 * @param <R> the result
 */
public final class Call<Q, S, R> {
  private final String table;
  private final String operation;
  private final Q request;
  private final BiFunction<DynamoDbClient, Q, S> sync;
  private final BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async;
  private final Function<S, R> result;
  private final Refusal refusal;

  Call(String table, String operation, Q request, BiFunction<DynamoDbClient, Q, S> sync,
      BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async, Function<S, R> result,
      Refusal refusal) {
    this.table = table;
    this.operation = operation;
    this.request = request;
    this.sync = sync;
    this.async = async;
    this.result = result;
    this.refusal = refusal;
  }

  /** @return the table this unit addresses, for messages */
  public String table() {
    return table;
  }

  /** @return the DynamoDB operation, such as {@code PutItem} */
  public String operation() {
    return operation;
  }

  /** @return the request this unit sends */
  public Q request() {
    return request;
  }

  /**
   * The same request with another way to read its response.
   *
   * @param then turns this unit's result into the new one
   * @param <T> the new result
   * @return the new unit
   */
  public <T> Call<Q, S, T> map(Function<R, T> then) {
    return new Call<>(table, operation, request, sync, async, result.andThen(then), refusal);
  }

  S call(DynamoDbClient client) {
    return sync.apply(client, request);
  }

  CompletableFuture<S> callAsync(DynamoDbAsyncClient client) {
    return async.apply(client, request);
  }

  R result(S response) {
    return result.apply(response);
  }

  /** What the caller is told when a condition of this unit failed; made only then, so a put formats no key on success. */
  ConflictException conflict(String prefix, ConditionalCheckFailedException refused) {
    return refusal == null ? new ConflictException(prefix + "the condition failed", refused) : refusal.exception(prefix, refused);
  }

  /** Translates any failure of this unit into the exception the caller sees. */
  RuntimeException failure(Throwable error) {
    return Errors.map(this, Futures.unwrap(error));
  }
}
