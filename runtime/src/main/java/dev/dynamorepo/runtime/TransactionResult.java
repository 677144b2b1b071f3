package dev.dynamorepo.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a committed transaction wrote, one entry per action in the order the actions were added:
 * the stored entity for {@code put} (with its generated id and version), {@code update} and
 * {@code upsert} of a whole entity; null for {@code delete}, {@code conditionCheck} and partial
 * updates.
 *
 * <pre>{@code
 * TransactionResult r = dynamo.transaction().put(tickets, new Ticket(null, "x")).commit();
 * Ticket stored = r.get(0, tickets);   // stored.id() is the new id
 * }</pre>
 */
public final class TransactionResult {
  private final List<Object> written;
  private final List<Class<?>> types;

  TransactionResult(List<Object> written, List<Class<?>> types) {
    this.written = Collections.unmodifiableList(new ArrayList<>(written));
    this.types = List.copyOf(types);
  }

  /** @return one entry per action, in order; null entries for deletes, checks and partial updates */
  public List<Object> written() {
    return written;
  }

  /**
   * The entity action {@code index} wrote, typed by the repository the action was added with.
   *
   * @param index the action's position, from 0
   * @param repository the action's repository (sync or async)
   * @param <E> the entity type
   * @return the stored entity, or null for a delete, condition check or partial update
   * @throws DynamoException when action {@code index} wrote another entity type
   */
  public <E> E get(int index, EntityTable<E> repository) {
    return get(index, repository.schema().entityType());
  }

  /**
   * The entity action {@code index} wrote.
   *
   * @param index the action's position, from 0
   * @param type the entity class
   * @param <T> the entity type
   * @return the stored entity, or null for a delete, condition check or partial update
   * @throws DynamoException when action {@code index} wrote another entity type
   */
  public <T> T get(int index, Class<T> type) {
    if (types.get(index) != type) {
      throw new DynamoException("transaction result: action " + index + " wrote a " + types.get(index).getSimpleName()
          + ", not a " + type.getSimpleName());
    }
    return type.cast(written.get(index));
  }

  /** @return the number of actions */
  public int size() {
    return written.size();
  }
}
