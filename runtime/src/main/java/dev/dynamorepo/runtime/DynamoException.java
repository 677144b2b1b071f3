package dev.dynamorepo.runtime;

/**
 * Any failure of a dynamo-repo operation: refused input (checked before any request is sent, so
 * nothing was written), or an error from the SDK or the server, wrapped with a message that names
 * the table, the operation and the cause.
 *
 * <pre>{@code
 * try {
 *   orders.put(order);
 * } catch (ConflictException e) {
 *   // the key exists already
 * } catch (DynamoException e) {
 *   log.warn("orders unavailable: {}", e.getMessage());
 * }
 * }</pre>
 */
public class DynamoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a message.
   *
   * @param message names the table, the operation and the cause
   */
  public DynamoException(String message) {
    super(message);
  }

  /**
   * An error caused by another.
   *
   * @param message names the table, the operation and the cause
   * @param cause the SDK or server error
   */
  public DynamoException(String message, Throwable cause) {
    super(message, cause);
  }
}
