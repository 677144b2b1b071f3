package dev.dynamorepo.runtime;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A many-item write that stopped part-way: exactly which items were written (with the old item
 * where the operation returns one), which were not, and which have an unknown outcome (no answer
 * came back). Reported only after every request already in flight has finished, and nothing is
 * sent after it; an item is listed as done only when DynamoDB confirmed it.
 *
 * <pre>{@code
 * try {
 *   orders.deleteAll(keys);
 * } catch (BulkWriteException e) {
 *   retryLater(e.notDone());
 * }
 * }</pre>
 */
public class BulkWriteException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /**
   * One confirmed item.
   *
   * @param key the item's key attributes
   * @param oldItem the old item the operation returned (an entity), or null
   */
  public record Done(Map<String, AttributeValue> key, Object oldItem) {}

  private final transient List<Done> done;
  private final transient List<Map<String, AttributeValue>> notDone;
  private final transient List<Map<String, AttributeValue>> unknown;

  /**
   * A partial failure.
   *
   * @param message names the table, the operation, the counts and the first error
   * @param cause the first error
   * @param done the confirmed items, in input order
   * @param notDone the keys not written (failed or never sent), in input order
   * @param unknown the keys whose outcome is unknown, in input order
   */
  public BulkWriteException(String message, Throwable cause, List<Done> done, List<Map<String, AttributeValue>> notDone,
      List<Map<String, AttributeValue>> unknown) {
    super(message, cause);
    this.done = List.copyOf(done);
    this.notDone = List.copyOf(notDone);
    this.unknown = List.copyOf(unknown);
  }

  /** @return the items DynamoDB confirmed, with their old items where known */
  public List<Done> done() {
    return done;
  }

  /** @return the keys that were not written: refused, failed or never sent */
  public List<Map<String, AttributeValue>> notDone() {
    return notDone;
  }

  /** @return the keys whose request got no answer: they may or may not have been written */
  public List<Map<String, AttributeValue>> unknown() {
    return unknown;
  }
}
