package dev.dynamorepo.runtime;

/**
 * A stored item of a single-table design whose template attributes do not compose its own keys:
 * say a {@code CUSTOMER} at {@code pk = CUSTOMER#alice} holding {@code customerId = bob}, or an
 * {@code ORDER} at {@code sk = PROFILE}. Decoded, it would name another item than the one it is,
 * and an update or delete through it would act on that other item; so no read decodes it. Such an
 * item was written by another program (or by hand). The message names the table, the item's key
 * and the attribute that does not compose it, never that attribute's value.
 *
 * <p>Entity reads (get, getAll, queries, scans, read transactions) fail with it; the collection
 * queries and scan of a design's {@code <Interface>Table} skip such items or fail, as they do with
 * items of an unknown type ({@link SingleTableView.UnknownTypes}).
 *
 * <pre>{@code
 * try {
 *   customers.get("alice");
 * } catch (InconsistentItemException e) {
 *   log.error("a foreign item in the shop table: {}", e.getMessage());
 * }
 * }</pre>
 */
public class InconsistentItemException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /**
   * An inconsistent item.
   *
   * @param message names the table, the item's key and the attribute that does not compose it
   */
  public InconsistentItemException(String message) {
    super(message);
  }
}
