package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One DynamoDB call: the request is built and checked when the unit is made (so bad input is
 * refused before any runner sends anything), {@link #call} or {@link #callAsync} sends it, and
 * {@link #result} turns the response into what the caller gets. Failures are translated once, by
 * {@link #failure}, whichever runner ran the unit. The Enhanced Client's {@code GetItemOperation}
 * (generateRequest / serviceCall / transformResponse), made smaller.
 *
 * @param <S> the SDK response
 * @param <R> the result
 */
public abstract class Op<S, R> {
  private final String table;
  private final String operation;

  /**
   * A unit for one table.
   *
   * @param table the table, for messages
   * @param operation the DynamoDB operation, for messages
   */
  protected Op(String table, String operation) {
    this.table = table;
    this.operation = operation;
  }

  /** @return the table this unit addresses, for messages */
  public final String table() {
    return table;
  }

  /** @return the DynamoDB operation, such as {@code PutItem} */
  public final String operation() {
    return operation;
  }

  abstract S call(DynamoDbClient client);

  abstract CompletableFuture<S> callAsync(DynamoDbAsyncClient client);

  abstract R result(S response);

  /** What the caller is told when a condition of this unit failed. */
  ConflictException conflict(String prefix, ConditionalCheckFailedException refused) {
    return new ConflictException(prefix + "the condition failed", refused);
  }

  /** Translates any failure of this unit into the exception the caller sees. */
  RuntimeException failure(Throwable error) {
    return Errors.map(this, Futures.unwrap(error));
  }
}
