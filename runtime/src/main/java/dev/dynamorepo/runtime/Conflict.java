package dev.dynamorepo.runtime;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why a write's condition failed, read from the item DynamoDB returned with the refusal
 * (ReturnValuesOnConditionCheckFailure=ALL_OLD), so that a caller can answer without reading the
 * item again: a {@link ConflictException} carries one, and so does each
 * {@link CancellationReason} of a transaction action that failed its condition.
 *
 * <pre>{@code
 * } catch (ConflictException e) {
 *   switch (e.reason()) {
 *     case ITEM_MISSING -> respond(404);
 *     case VERSION_MISMATCH -> respond(409, e.stored(Doc.class).orElse(null));   // the current state
 *     default -> respond(409);
 *   }
 * }
 * }</pre>
 */
public final class Conflict {
  private final ConflictException.Reason reason;
  private final Long storedVersion;
  private final Long expectedVersion;
  private final Object stored;

  /**
   * A conflict as classified.
   *
   * @param reason why the write was refused
   * @param storedVersion the stored item's {@code @Version}, or null
   * @param expectedVersion the version the write was conditioned on, or null
   * @param stored the stored item as an entity, or null when DynamoDB returned none or it could
   *     not be read as the entity
   */
  public Conflict(ConflictException.Reason reason, Long storedVersion, Long expectedVersion, Object stored) {
    this.reason = java.util.Objects.requireNonNull(reason, "reason");
    this.storedVersion = storedVersion;
    this.expectedVersion = expectedVersion;
    this.stored = stored;
  }

  /** @return why the write was refused */
  public ConflictException.Reason reason() {
    return reason;
  }

  /** @return the stored item's {@code @Version}, when DynamoDB returned an item that holds one */
  public OptionalLong storedVersion() {
    return storedVersion == null ? OptionalLong.empty() : OptionalLong.of(storedVersion);
  }

  /**
   * @return the version the write was conditioned on (the one the entity held); empty when the
   *     write checked no version or the entity held none
   */
  public OptionalLong expectedVersion() {
    return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
  }

  /**
   * The stored item, decoded as the entity of the refused write.
   *
   * @param type the entity class
   * @param <T> the entity type
   * @return the stored entity; empty when no item is stored, DynamoDB did not return it, it could
   *     not be read as that entity, or it is not a {@code type}
   */
  public <T> Optional<T> stored(Class<T> type) {
    return type.isInstance(stored) ? Optional.of(type.cast(stored)) : Optional.empty();
  }

  /** Names the reason only: no stored values (versions included) reach logs through it. */
  @Override
  public String toString() {
    return "Conflict[" + reason + "]";
  }
}
