package test;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.PartialUpdate;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.Repository;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.support.Queries;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated repository of {@link Ticket}, stored in the DynamoDB table {@code tickets}: the
 * operations of {@link Repository} plus typed key methods. Thread-safe.
 *
 * <pre>{@code
 * TicketRepository tickets = new TicketRepository(dynamo);
 * Optional<Ticket> found = tickets.get(id);
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.EntityProcessor")
public final class TicketRepository extends Repository<Ticket> {
  /**
   * Creates the repository; cheap, and it can be shared by the whole application.
   *
   * @param dynamo the connection
   */
  public TicketRepository(DynamoDb dynamo) {
    super(dynamo, TicketSchema.SCHEMA);
  }

  /**
   * Creates the repository on an explicit table (for example {@code "tickets-dev"}), whatever the
   * connection's {@code TableNames} say.
   *
   * @param dynamo the connection
   * @param tableName the physical table
   */
  public TicketRepository(DynamoDb dynamo, String tableName) {
    super(dynamo, TicketSchema.SCHEMA, tableName);
  }

  /**
   * The same repository with every operation asynchronous, on the connection's async client.
   *
   * @return the async repository; cheap to make
   */
  public TicketAsyncRepository async() {
    return new TicketAsyncRepository(dynamo(), tableName());
  }

  /**
   * Makes the key of one item, for bulk and transaction calls.
   *
   * @param id the partition key {@code id}
   * @return the checked key
   * @throws DynamoException when a key value is null, empty or too long
   */
  public Key<Ticket> key(Long id) {
    return TicketSchema.SCHEMA.key(id);
  }

  /**
   * Reads one item, eventually consistent.
   *
   * @param id the partition key {@code id}
   * @return the item, or empty
   */
  public Optional<Ticket> get(Long id) {
    return get(key(id));
  }

  /**
   * Starts a partial update of one existing item: only the attributes set change.
   *
   * @param id the partition key {@code id}
   * @return the update to fill in and {@code execute()}
   */
  public PartialUpdate<Ticket> update(Long id) {
    return update(key(id));
  }

  /**
   * Deletes one item.
   *
   * @param id the partition key {@code id}
   * @return the old item, if there was one
   */
  public Optional<Ticket> delete(Long id) {
    return delete(key(id));
  }

  /**
   * Removes attributes from one existing item.
   *
   * @param id the partition key {@code id}
   * @param attributes non-key attributes, e.g. {@code TicketSchema.TITLE}
   * @return the item after the removal
   * @throws ConflictException when the item does not exist
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public final Ticket deleteAttributes(Long id, ValueAttribute<Ticket, ?>... attributes) {
    return deleteAttributes(key(id), List.of(attributes));
  }

  /**
   * Queries the table for the items whose {@code id} is the given value.
   *
   * @param id the partition key value
   * @return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}
   */
  public Query<Ticket, Ticket> query(Long id) {
    return Queries.of(this, null, id, null);
  }

  /**
   * Counts the items whose {@code id} is the given value, with {@code Select=COUNT}
   * over every page; no items are transferred.
   *
   * @param id the partition key value
   * @return the number of matching items
   */
  public long count(Long id) {
    return query(id).count();
  }
}
