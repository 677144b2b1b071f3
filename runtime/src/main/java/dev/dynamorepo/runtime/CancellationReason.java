package dev.dynamorepo.runtime;

/**
 * Why one action of a cancelled transaction failed, or {@code "None"} for the actions that did not
 * fail.
 *
 * @param index the action's position in the transaction, from 0
 * @param action the action: {@code put}, {@code update}, {@code upsert}, {@code delete} or
 *     {@code conditionCheck}
 * @param table the action's table
 * @param key the action's key, as text
 * @param code DynamoDB's code, such as {@code ConditionalCheckFailed} or {@code None}
 * @param message DynamoDB's message, possibly null
 * @param conflict why this action failed its condition, with the stored item (as for a single
 *     write); null when it did not fail on its condition
 */
public record CancellationReason(int index, String action, String table, String key, String code, String message,
    Conflict conflict) {
  /**
   * Whether this action caused the cancellation.
   *
   * @return false for {@code None}
   */
  public boolean failed() {
    return code != null && !"None".equals(code);
  }
}
