package dev.dynamorepo.runtime;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A write refused by a condition: {@code put} of a key that exists, a strict {@code update} of an
 * item that does not, a failed caller condition or version check, or a transaction cancelled by
 * one. Nothing was written. {@link #reason()} says which, from the item DynamoDB returned with the
 * refusal, and {@link #stored(Class)} gives that item; the message names the table and the key,
 * never other attribute values.
 *
 * <pre>{@code
 * try {
 *   docs.update(edited);
 * } catch (ConflictException e) {
 *   if (e.reason() == ConflictException.Reason.VERSION_MISMATCH) {
 *     Doc current = e.stored(Doc.class).orElseThrow();   // stored version: e.storedVersion()
 *   }
 * }
 * }</pre>
 *
 * <p>For a cancelled transaction, {@link #reasons()} holds one entry per action in order, and the
 * accessors here describe the first action that failed its condition.
 */
public class ConflictException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /**
   * Why a write was refused. When several apply, the first in this order wins: a create-only put
   * that finds an item is {@code ITEM_EXISTS}; a write that finds no item is {@code ITEM_MISSING};
   * a stored {@code @Version} other than the one the write was conditioned on is
   * {@code VERSION_MISMATCH}; anything else is {@code CONDITION_FAILED}.
   */
  public enum Reason {
    /** A create-only put found an item with its key. */
    ITEM_EXISTS,
    /** A strict update, a conditioned delete or upsert, or a condition check found no item. */
    ITEM_MISSING,
    /** The stored {@code @Version} is not the one the entity holds: it changed since it was read. */
    VERSION_MISMATCH,
    /** The item exists, its version (if any) matches, and the caller's condition failed. */
    CONDITION_FAILED,
    /** No condition failed: other writers kept winning (a concurrent transaction, an auto-increment counter). */
    CONTENDED
  }

  /** The cancellation reasons, empty for single-item writes. */
  private final transient List<CancellationReason> reasons;
  /** Why; transient like the reasons (the stored entity need not be serializable). */
  private final transient Conflict conflict;

  /**
   * A conflict on a single-item write whose stored item is not known ({@link Reason#CONDITION_FAILED}).
   *
   * @param message names the table, the operation and the key
   * @param cause the SDK's exception
   */
  public ConflictException(String message, Throwable cause) {
    this(message, cause, new Conflict(Reason.CONDITION_FAILED, null, null, null));
  }

  /**
   * A conflict on a single-item write.
   *
   * @param message names the table, the operation and the key
   * @param cause the SDK's exception
   * @param conflict why, from the stored item
   */
  public ConflictException(String message, Throwable cause, Conflict conflict) {
    super(message, cause);
    this.reasons = List.of();
    this.conflict = java.util.Objects.requireNonNull(conflict, "conflict");
  }

  /**
   * A cancelled transaction; its reason is the first failed action's, or {@link Reason#CONTENDED}
   * when no action failed its condition.
   *
   * @param message names the first failing action
   * @param cause the SDK's exception
   * @param reasons one reason per action, in the transaction's order
   */
  public ConflictException(String message, Throwable cause, List<CancellationReason> reasons) {
    super(message, cause);
    this.reasons = List.copyOf(reasons);
    this.conflict = reasons.stream().map(CancellationReason::conflict).filter(c -> c != null).findFirst()
        .orElse(new Conflict(Reason.CONTENDED, null, null, null));
  }

  /**
   * Why each action of a cancelled transaction failed or not, in order; empty for single-item
   * writes.
   *
   * @return the reasons
   */
  public List<CancellationReason> reasons() {
    return reasons == null ? List.of() : reasons;
  }

  /** @return why the write (or the first failed action of a transaction) was refused */
  public Conflict conflict() {
    return conflict == null ? new Conflict(Reason.CONDITION_FAILED, null, null, null) : conflict;
  }

  /** @return why the write was refused; see {@link Reason} for the precedence */
  public Reason reason() {
    return conflict().reason();
  }

  /** @return the stored item's {@code @Version}, when DynamoDB returned an item that holds one */
  public OptionalLong storedVersion() {
    return conflict().storedVersion();
  }

  /** @return the version the write was conditioned on; empty when it checked none or the entity held none */
  public OptionalLong expectedVersion() {
    return conflict().expectedVersion();
  }

  /**
   * The stored item that refused the write, as an entity.
   *
   * @param type the entity class
   * @param <T> the entity type
   * @return the stored entity, or empty when there is none, DynamoDB did not return it, or it is
   *     not a {@code type}
   */
  public <T> Optional<T> stored(Class<T> type) {
    return conflict().stored(type);
  }
}
