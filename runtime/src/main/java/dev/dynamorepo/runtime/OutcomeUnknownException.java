package dev.dynamorepo.runtime;

/**
 * A write whose outcome is unknown: the request may have been applied although no answer came
 * back (a connection reset after the server applied it, a timeout, an HTTP 5xx on every attempt).
 * Nothing is claimed either way; read the item to find out.
 *
 * <p>For a transaction, {@link #idempotencyToken()} is the ClientRequestToken every attempt
 * carried: calling {@code commit()} again on the same {@link Transaction} resends the identical
 * request with that token, which DynamoDB applies at most once within ten minutes. For a delete
 * whose response was lost, the item is gone but its old value is unknown.
 *
 * <pre>{@code
 * try {
 *   tx.commit();
 * } catch (OutcomeUnknownException e) {
 *   tx.commit();   // safe: same request, same token e.idempotencyToken()
 * }
 * }</pre>
 */
public class OutcomeUnknownException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** The token of a transaction, or null. */
  private final String idempotencyToken;

  /**
   * An unknown outcome.
   *
   * @param message names the table, the operation and why the outcome is unknown
   * @param cause the last error seen
   * @param idempotencyToken the transaction's ClientRequestToken, or null for single-item writes
   */
  public OutcomeUnknownException(String message, Throwable cause, String idempotencyToken) {
    super(message, cause);
    this.idempotencyToken = idempotencyToken;
  }

  /** @return the ClientRequestToken a transaction was sent with, or null for single-item writes */
  public String idempotencyToken() {
    return idempotencyToken;
  }
}
