package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A unit over one SDK request: the request (built and checked already), the client method that
 * sends it, sync and async, and the function that makes the result. Operation classes
 * ({@link GetItem}, {@link PutItem}, ...) build these.
 *
 * @param <Q> the SDK request
 * @param <S> the SDK response
 * @param <R> the result
 */
public final class Call<Q, S, R> extends Op<S, R> {
  private final Q request;
  private final BiFunction<DynamoDbClient, Q, S> sync;
  private final BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async;
  private final Function<S, R> result;
  private final Refusal refusal;

  Call(String table, String operation, Q request, BiFunction<DynamoDbClient, Q, S> sync,
      BiFunction<DynamoDbAsyncClient, Q, CompletableFuture<S>> async, Function<S, R> result,
      Refusal refusal) {
    super(table, operation);
    this.request = request;
    this.sync = sync;
    this.async = async;
    this.result = result;
    this.refusal = refusal;
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
    return new Call<>(table(), operation(), request, sync, async, result.andThen(then), refusal);
  }

  @Override
  S call(DynamoDbClient client) {
    return sync.apply(client, request);
  }

  @Override
  CompletableFuture<S> callAsync(DynamoDbAsyncClient client) {
    return async.apply(client, request);
  }

  @Override
  R result(S response) {
    return result.apply(response);
  }

  @Override
  ConflictException conflict(String prefix, ConditionalCheckFailedException refused) {
    // Made only when a condition failed: a put does not format its key on the success path.
    return refusal == null ? super.conflict(prefix, refused) : refusal.exception(prefix, refused);
  }
}
