package dev.dynamorepo.runtime;

import java.util.List;

/**
 * A write refused by a condition: {@code put} of a key that exists, a strict {@code update} of an
 * item that does not, a failed caller condition or version check, or a transaction cancelled by
 * one. Nothing was written.
 *
 * <p>For a cancelled transaction, {@link #reasons()} holds one entry per action in order.
 */
public class ConflictException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /** The cancellation reasons, empty for single-item writes. */
  private final transient List<CancellationReason> reasons;

  /**
   * A conflict on a single-item write.
   *
   * @param message names the table, the operation and the key
   * @param cause the SDK's exception
   */
  public ConflictException(String message, Throwable cause) {
    this(message, cause, List.of());
  }

  /**
   * A cancelled transaction.
   *
   * @param message names the first failing action
   * @param cause the SDK's exception
   * @param reasons one reason per action, in the transaction's order
   */
  public ConflictException(String message, Throwable cause, List<CancellationReason> reasons) {
    super(message, cause);
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Why each action of a cancelled transaction failed or not, in order; empty for single-item
   * writes.
   *
   * @return the reasons
   */
  public List<CancellationReason> reasons() {
    return reasons;
  }
}
