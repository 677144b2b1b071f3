package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.internal.UpdateClauses;
import dev.dynamorepo.runtime.internal.UpdateItem;
import dev.dynamorepo.runtime.internal.WriteAction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed partial update of one existing item: only the named attributes change. Strict: the item
 * must exist. Run it alone ({@link #execute()} returns the whole new item, {@link #executeAsync()}
 * the same asynchronously) or add it to a transaction ({@code tx.update(builder)}).
 *
 * <pre>{@code
 * Order o = orders.update("alice", "o-1")
 *     .set(OrderSchema.STATUS, Status.PAID)
 *     .add(OrderSchema.TOTAL_CENTS, 250L)               // atomic counter
 *     .addToSet(OrderSchema.TAGS, Set.of("paid"))
 *     .remove(OrderSchema.NOTE)
 *     .when(OrderSchema.STATUS.eq(Status.NEW))
 *     .execute();
 * }</pre>
 *
 * <p>On an entity with a {@code @Version} attribute every partial update also increments the
 * version (the version attribute itself cannot be named here), so writers holding the old
 * version fail their next conditioned write. Immutable: every action returns a new update, so
 * an update can be kept, extended and run again.
 *
 * @param <E> the entity type
 */
public final class PartialUpdate<E> {
  private final EntityTable<E> table;
  private final Map<String, AttributeValue> key;
  private final UpdateClauses clauses;
  private final Condition<E> condition;
  /** The document paths the actions name, in order: DynamoDB refuses two actions on overlapping paths. */
  private final List<List<String>> paths;

  PartialUpdate(EntityTable<E> table, Map<String, AttributeValue> key) {
    this(table, key, new UpdateClauses(), null, List.of());
  }

  private PartialUpdate(EntityTable<E> table, Map<String, AttributeValue> key, UpdateClauses clauses, Condition<E> condition,
      List<List<String>> paths) {
    this.table = table;
    this.key = key;
    this.clauses = clauses;
    this.condition = condition;
    this.paths = paths;
  }

  /**
   * This update with one more action on {@code attribute}; the clauses are copied, never shared.
   * An action on a path another action names, or on one inside or around it, is refused now:
   * DynamoDB would refuse the request ("two document paths overlap").
   */
  private PartialUpdate<E> with(AttributePath<E, ?> attribute, java.util.function.UnaryOperator<UpdateClauses> action) {
    List<String> path = attribute.path();
    for (List<String> named : paths) {
      int common = Math.min(named.size(), path.size());
      if (named.subList(0, common).equals(path.subList(0, common))) {
        throw new DynamoException("table '" + table.tableName() + "', attribute '" + attribute + "': partial update of " + key()
            + " names it twice (or it and a path inside it); DynamoDB refuses overlapping actions, so give one action per"
            + " attribute");
      }
    }
    List<List<String>> more = new java.util.ArrayList<>(paths);
    more.add(path);
    return new PartialUpdate<>(table, key, action.apply(clauses.copy()), condition, List.copyOf(more));
  }

  static <E> PartialUpdate<E> removing(PartialUpdate<E> update, List<ValueAttribute<E, ?>> attributes) {
    if (attributes.isEmpty()) {
      throw new DynamoException("table '" + update.table.tableName() + "': deleteAttributes of " + update.key()
          + " names no attribute");
    }
    PartialUpdate<E> out = update;
    for (ValueAttribute<E, ?> attribute : attributes) {
      out = out.remove(attribute);
    }
    return out;
  }

  private String key() {
    return dev.dynamorepo.runtime.internal.Keys.describe(key);
  }

  /**
   * Sets an attribute.
   *
   * @param attribute a non-key attribute or document path of the entity
   * @param value the new value, of the attribute's type; not null (use {@link #remove})
   * @param <V> the attribute's type
   * @return the new update
   * @throws DynamoException when the value is null or encodes to nothing (an empty set)
   */
  public <V> PartialUpdate<E> set(ValueAttribute<E, V> attribute, V value) {
    AttributeValue encoded = checked(attribute, value, "set");
    return with(attribute, c -> c.set(ctx -> ctx.path(attribute.path()) + " = " + ctx.value(encoded)));
  }

  /**
   * Sets an attribute only when the item does not hold it yet ({@code if_not_exists}).
   *
   * @param attribute a non-key attribute
   * @param value the value to set when absent
   * @param <V> the attribute's type
   * @return the new update
   */
  public <V> PartialUpdate<E> setIfNotExists(ValueAttribute<E, V> attribute, V value) {
    AttributeValue encoded = checked(attribute, value, "setIfNotExists");
    return with(attribute, c -> c.set(ctx -> {
      String path = ctx.path(attribute.path());
      return path + " = if_not_exists(" + path + ", " + ctx.value(encoded) + ")";
    }));
  }

  /**
   * Removes an attribute: the one way to clear a value.
   *
   * @param attribute a non-key attribute or document path
   * @return the new update
   */
  public PartialUpdate<E> remove(ValueAttribute<E, ?> attribute) {
    Objects.requireNonNull(attribute, "attribute");
    return with(attribute, c -> c.remove(ctx -> ctx.path(attribute.path())));
  }

  /**
   * Adds to a number atomically ({@code ADD}); a missing attribute counts as 0.
   *
   * @param attribute a number attribute
   * @param delta the amount, negative to subtract
   * @param <V> the number type
   * @return the new update
   */
  public <V extends Number> PartialUpdate<E> add(NumberAttribute<E, V> attribute, V delta) {
    AttributeValue encoded = checked(attribute, delta, "add");
    return with(attribute, c -> c.add(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded)));
  }

  /**
   * Adds elements to a set ({@code ADD}); a missing set is created.
   *
   * @param attribute a set attribute
   * @param elements the elements, at least one
   * @param <X> the element type
   * @return the new update
   */
  public <X> PartialUpdate<E> addToSet(SetAttribute<E, X> attribute, Set<X> elements) {
    AttributeValue encoded = checked(attribute, elements, "addToSet");
    return with(attribute, c -> c.add(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded)));
  }

  /**
   * Deletes elements from a set ({@code DELETE}); DynamoDB removes a set left empty.
   *
   * @param attribute a set attribute
   * @param elements the elements, at least one
   * @param <X> the element type
   * @return the new update
   */
  public <X> PartialUpdate<E> deleteFromSet(SetAttribute<E, X> attribute, Set<X> elements) {
    AttributeValue encoded = checked(attribute, elements, "deleteFromSet");
    return with(attribute, c -> c.delete(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded)));
  }

  /**
   * Appends elements to a list; a missing list is created.
   *
   * @param attribute a list attribute
   * @param elements the elements to append, in order
   * @param <X> the element type
   * @return the new update
   */
  public <X> PartialUpdate<E> appendToList(ListAttribute<E, X> attribute, Collection<X> elements) {
    AttributeValue encoded = checked(attribute, List.copyOf(elements), "appendToList");
    AttributeValue empty = AttributeValue.fromL(List.of());
    return with(attribute, c -> c.set(ctx -> {
      String path = ctx.path(attribute.path());
      return path + " = list_append(if_not_exists(" + path + ", " + ctx.value(empty) + "), " + ctx.value(encoded) + ")";
    }));
  }

  /**
   * Adds a condition the stored item must meet (combined with AND if called again).
   *
   * @param condition the condition
   * @return the new update
   */
  public PartialUpdate<E> when(Condition<E> condition) {
    Objects.requireNonNull(condition, "condition");
    return new PartialUpdate<>(table, key, clauses, this.condition == null ? condition : this.condition.and(condition), paths);
  }

  /**
   * Sends the update.
   *
   * @return the whole item after the update
   * @throws ConflictException when the item does not exist or the condition fails
   * @throws DynamoException when nothing was set, or a value is one DynamoDB cannot store
   */
  public E execute() {
    return Futures.join(UpdateItem.partial(table.context, table.dynamo().engine().sync(), key, clauses.copy(), EntityTable.expr(condition)));
  }

  /**
   * Sends the update on the async client.
   *
   * @return the whole item after the update, or the same failures as {@link #execute()}
   */
  public CompletableFuture<E> executeAsync() {
    return UpdateItem.partial(table.context, table.dynamo().engine().async(), key, clauses.copy(), EntityTable.expr(condition));
  }

  /** The same update as a transaction action (checked now). */
  WriteAction action() {
    return UpdateItem.partialAction(table.context, key, clauses.copy(), EntityTable.expr(condition));
  }

  private <V> AttributeValue checked(AttributePath<E, V> attribute, V value, String action) {
    Objects.requireNonNull(attribute, "attribute");
    AttributeValue encoded = value == null ? null : attribute.codec().encode(value);
    if (encoded == null) {
      throw new DynamoException("table '" + table.tableName() + "', attribute '" + attribute + "': " + action
          + " needs a value; a null or empty value is not stored, use remove(" + attribute + ") to clear it");
    }
    ItemChecks.checkValue(table.tableName(), attribute.toString(), encoded);
    return encoded;
  }
}
