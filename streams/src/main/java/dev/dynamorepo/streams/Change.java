package dev.dynamorepo.streams;

import dev.dynamorepo.runtime.Key;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One decoded stream record: what happened to which item, with the item before and after as
 * entities where the stream's view type carries them.
 *
 * <p>Which images are present depends on the stream view type and the kind: {@code KEYS_ONLY}
 * streams carry none; {@code NEW_IMAGE} carries the new image of inserts and modifications;
 * {@code OLD_IMAGE} the old image of modifications and removals; {@code NEW_AND_OLD_IMAGES} both
 * where they exist. A missing image is {@link Optional#empty()}, never an empty entity.
 *
 * <pre>{@code
 * Change<Order> change = decoder.decode(record);
 * switch (change.kind()) {
 *   case INSERT, MODIFY -> change.newImage().ifPresent(search::index);
 *   case REMOVE -> search.remove(change.key());
 * }
 * }</pre>
 *
 * @param kind what happened to the item
 * @param key the item's primary key, checked and made by the entity's schema
 * @param oldImage the item before the change, when the record carries it
 * @param newImage the item after the change, when the record carries it
 * @param sequenceNumber the record's sequence number within its shard (a decimal string; compare
 *     by length, then lexically, to order records of one shard)
 * @param approximateCreation when the change was made, to DynamoDB's approximation; null only
 *     when the record has no creation time
 * @param <E> the entity type
 */
public record Change<E>(Kind kind, Key<E> key, Optional<E> oldImage, Optional<E> newImage,
                        String sequenceNumber, Instant approximateCreation) {

  /**
   * Checks that the kind, key and images are given.
   *
   * <pre>{@code
   * new Change<>(Change.Kind.REMOVE, key, Optional.of(old), Optional.empty(), "100", Instant.now());
   * }</pre>
   *
   * @param kind what happened
   * @param key the item's key
   * @param oldImage the old image, or empty
   * @param newImage the new image, or empty
   * @param sequenceNumber the sequence number
   * @param approximateCreation the creation time, or null
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(oldImage, "oldImage");
    Objects.requireNonNull(newImage, "newImage");
  }

  /**
   * The item as it is after the change: the new image, or for a removal the old image (the last
   * state the item had).
   *
   * <pre>{@code
   * change.latest().ifPresent(order -> audit.record(change.kind(), order));
   * }</pre>
   *
   * @return the new image if present, else the old image, else empty
   */
  public Optional<E> latest() {
    return newImage.isPresent() ? newImage : oldImage;
  }

  /**
   * What happened to an item, as a stream record's {@code eventName} says.
   *
   * <pre>{@code
   * Change.Kind kind = Change.Kind.fromEventName("MODIFY");
   * }</pre>
   */
  public enum Kind {
    /** A new item was written. */
    INSERT,
    /** An existing item was changed (including a put that replaced it). */
    MODIFY,
    /** An item was deleted, by a call or by TTL. */
    REMOVE;

    /**
     * The kind an {@code eventName} names.
     *
     * <pre>{@code
     * assert Change.Kind.fromEventName("REMOVE") == Change.Kind.REMOVE;
     * }</pre>
     *
     * @param eventName {@code INSERT}, {@code MODIFY} or {@code REMOVE}, exactly
     * @return the kind
     * @throws StreamDecodingException for any other name, naming it
     */
    public static Kind fromEventName(String eventName) {
      if (eventName != null) {
        switch (eventName) {
          case "INSERT":
            return INSERT;
          case "MODIFY":
            return MODIFY;
          case "REMOVE":
            return REMOVE;
          default:
            break;
        }
      }
      throw new StreamDecodingException("unknown eventName "
          + (eventName == null ? "(none)" : "'" + eventName + "'") + ": expected INSERT, MODIFY or REMOVE");
    }
  }
}
