package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Translates SDK and server errors into {@link DynamoException} and {@link ConflictException}
 * with a message that names the table, the operation and the cause: the one place errors are
 * mapped, for sync, async and stream pages alike. SDK messages carry request ids but never
 * credentials, and no request content is added here.
 */
public final class Errors {
  /** How the SDK names an earlier attempt's failure on the exception it throws. */
  private static final String EARLIER_ATTEMPT = "Request attempt ";
  /** A service exception's message when DynamoDB refused the request: "(Service: DynamoDb, Status Code: 400, ...". */
  private static final java.util.regex.Pattern REFUSED = java.util.regex.Pattern.compile("Status Code: 4\\d\\d\\b");

  private Errors() {}

  /**
   * Wraps an error raised by a unit.
   *
   * @param op the unit that failed
   * @param e what the SDK threw, unwrapped
   * @return the exception to report
   */
  static RuntimeException map(Call<?, ?, ?> op, Throwable e) {
    if (e instanceof DynamoException de) {
      return de;
    }
    if (e instanceof ConditionalCheckFailedException refused) {
      if (earlierAttemptMayHaveApplied(refused)) {
        // The condition may have failed because an earlier attempt of this very call was applied
        // (its answer lost); callers that know the whole item they wrote recognise it (the stored
        // item is kept as the cause), anything else is unknown, not a conflict.
        return new OutcomeUnknownException(prefix(op.operation(), op.table()) + "the condition failed on a retry after an"
            + " earlier attempt's answer was lost, so the write may or may not have been applied; read the item to find out",
            refused, null);
      }
      return op.conflict("table '" + op.table() + "': " + op.operation() + " refused: ", refused);
    }
    if (isWrite(op.operation()) && mayHaveApplied(e)) {
      return new OutcomeUnknownException(prefix(op.operation(), op.table()) + e.getMessage()
          + "; the write may or may not have been applied (no answer came back), read the item to find out", e, null);
    }
    return wrap(op.operation(), op.table(), e);
  }

  static boolean isWrite(String operation) {
    return operation.startsWith("PutItem") || operation.startsWith("UpdateItem") || operation.startsWith("DeleteItem")
        || operation.startsWith("TransactWriteItems") || operation.startsWith("BatchWriteItem");
  }

  /**
   * Whether a failed request may still have been applied by any of the SDK's attempts: an attempt
   * with no answer (I/O, timeout) or a server error may have been; only a refusal by DynamoDB (4xx)
   * means it was not. The SDK keeps each earlier attempt's failure as a suppressed exception
   * ("Request attempt 1 failure: ..."), with the status code in its message when DynamoDB
   * answered; an earlier attempt whose message shows no 4xx answer may have been applied, so a
   * write whose last attempt was throttled after a lost response is not reported "not written".
   */
  static boolean mayHaveApplied(Throwable e) {
    // A transaction's retries carry its ClientRequestToken, and DynamoDB answers a token it applied
    // with that success again: a cancellation on a later attempt proves no earlier one was applied.
    return attemptMayHaveApplied(e) || !(e instanceof TransactionCanceledException) && earlierAttemptMayHaveApplied(e);
  }

  private static boolean attemptMayHaveApplied(Throwable e) {
    if (e instanceof AwsServiceException service) {
      return service.statusCode() >= 500;
    }
    return e instanceof SdkClientException;
  }

  /**
   * Whether an attempt before the last may have been applied.
   *
   * @param e the SDK's exception for the last attempt
   * @return true when an earlier attempt got no 4xx answer
   */
  static boolean earlierAttemptMayHaveApplied(Throwable e) {
    for (Throwable earlier : e.getSuppressed()) {
      String message = earlier.getMessage();
      if (message != null && message.startsWith(EARLIER_ATTEMPT) && !REFUSED.matcher(message).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Wraps an error raised by an SDK call.
   *
   * @param operation the DynamoDB operation, such as {@code PutItem}
   * @param table the table
   * @param e what the SDK threw
   * @return the exception to throw
   */
  public static DynamoException wrap(String operation, String table, Throwable e) {
    if (e instanceof DynamoException de) {
      return de;
    }
    if (e instanceof ConditionalCheckFailedException) {
      return new ConflictException(prefix(operation, table) + "the condition failed", e);
    }
    String cause = e instanceof SdkException ? e.getMessage() : e.toString();
    return new DynamoException(prefix(operation, table) + cause, e);
  }

  /**
   * The message prefix for an operation on a table.
   *
   * @param operation the operation
   * @param table the table
   * @return {@code "table 'x': Op failed: "}
   */
  public static String prefix(String operation, String table) {
    return "table '" + table + "': " + operation + " failed: ";
  }
}
