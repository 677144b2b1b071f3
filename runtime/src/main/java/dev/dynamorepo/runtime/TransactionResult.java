package dev.dynamorepo.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a committed transaction wrote, one entry per action in the order the actions were added:
 * the stored entity for {@code put} (with its generated id and version), {@code update} and
 * {@code upsert}; null for {@code delete} and {@code conditionCheck}.
 *
 * <pre>{@code
 * TransactionResult r = dynamo.transaction().put(tickets, new Ticket(null, "x")).commit();
 * Ticket stored = r.get(0, Ticket.class);   // stored.id() is the new id
 * }</pre>
 */
public final class TransactionResult {
  private final List<Object> written;

  TransactionResult(List<Object> written) {
    this.written = Collections.unmodifiableList(new ArrayList<>(written));
  }

  /** @return one entry per action, in order; null entries for deletes and condition checks */
  public List<Object> written() {
    return written;
  }

  /**
   * The entity action {@code index} wrote.
   *
   * @param index the action's position, from 0
   * @param type the entity class
   * @param <T> the entity type
   * @return the stored entity, or null for a delete or condition check
   */
  public <T> T get(int index, Class<T> type) {
    return type.cast(written.get(index));
  }

  /** @return the number of actions */
  public int size() {
    return written.size();
  }
}
