package dev.dynamorepo.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed partial update of one existing item: only the named attributes change, and
 * {@link #execute()} returns the whole new item. Strict: the item must exist. The typed version
 * of the Python helper's {@code update_item(**items)}, plus DynamoDB's atomic update actions.
 *
 * <pre>{@code
 * Order o = orders.update("alice", "o-1")
 *     .set(OrderSchema.STATUS, Status.PAID)
 *     .add(OrderSchema.TOTAL_CENTS, 250L)               // atomic counter
 *     .addToSet(OrderSchema.TAGS, Set.of("paid"))
 *     .when(OrderSchema.STATUS.eq(Status.NEW))
 *     .execute();
 * }</pre>
 *
 * <p>On an entity with a {@code @Version} attribute every partial update also increments the
 * version, so writers holding the old version fail their next conditioned write. Not
 * thread-safe; build and execute on one thread.
 *
 * @param <E> the entity type
 */
public final class UpdateBuilder<E> {
  private final Operations<E> ops;
  private final Key<E> key;
  private final UpdateClauses clauses = new UpdateClauses();
  private Condition<E> condition;

  UpdateBuilder(Operations<E> ops, Key<E> key) {
    this.ops = ops;
    this.key = key;
  }

  /**
   * Sets an attribute; a null value (or an empty set) removes it.
   *
   * @param attribute a non-key attribute or document path of the entity
   * @param value the new value, of the attribute's type
   * @param <V> the attribute's type
   * @return this
   */
  public <V> UpdateBuilder<E> set(ValueAttribute<E, V> attribute, V value) {
    AttributeValue encoded = checked(attribute, value == null ? null : attribute.codec().encode(value));
    if (encoded == null) {
      return remove(attribute);
    }
    clauses.set.add(ctx -> ctx.path(attribute.path()) + " = " + ctx.value(encoded));
    return this;
  }

  /**
   * Sets an attribute only when the item does not hold it yet ({@code if_not_exists}).
   *
   * @param attribute a non-key attribute
   * @param value the value to set when absent
   * @param <V> the attribute's type
   * @return this
   */
  public <V> UpdateBuilder<E> setIfNotExists(ValueAttribute<E, V> attribute, V value) {
    AttributeValue encoded = checked(attribute, attribute.encode(value));
    clauses.set.add(ctx -> {
      String path = ctx.path(attribute.path());
      return path + " = if_not_exists(" + path + ", " + ctx.value(encoded) + ")";
    });
    return this;
  }

  /**
   * Removes an attribute.
   *
   * @param attribute a non-key attribute or document path
   * @return this
   */
  public UpdateBuilder<E> remove(ValueAttribute<E, ?> attribute) {
    Objects.requireNonNull(attribute, "attribute");
    clauses.remove.add(ctx -> ctx.path(attribute.path()));
    return this;
  }

  /**
   * Adds to a number atomically ({@code ADD}); a missing attribute counts as 0.
   *
   * @param attribute a number attribute
   * @param delta the amount, negative to subtract
   * @param <V> the number type
   * @return this
   */
  public <V extends Number> UpdateBuilder<E> add(NumberAttribute<E, V> attribute, V delta) {
    AttributeValue encoded = checked(attribute, attribute.encode(delta));
    clauses.add.add(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded));
    return this;
  }

  /**
   * Adds elements to a set ({@code ADD}); a missing set is created.
   *
   * @param attribute a set attribute
   * @param elements the elements, at least one
   * @param <X> the element type
   * @return this
   */
  public <X> UpdateBuilder<E> addToSet(SetAttribute<E, X> attribute, Set<X> elements) {
    AttributeValue encoded = checked(attribute, attribute.encode(elements));
    clauses.add.add(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded));
    return this;
  }

  /**
   * Deletes elements from a set ({@code DELETE}); DynamoDB removes a set left empty.
   *
   * @param attribute a set attribute
   * @param elements the elements, at least one
   * @param <X> the element type
   * @return this
   */
  public <X> UpdateBuilder<E> deleteFromSet(SetAttribute<E, X> attribute, Set<X> elements) {
    AttributeValue encoded = checked(attribute, attribute.encode(elements));
    clauses.delete.add(ctx -> ctx.path(attribute.path()) + " " + ctx.value(encoded));
    return this;
  }

  /**
   * Appends elements to a list; a missing list is created.
   *
   * @param attribute a list attribute
   * @param elements the elements to append, in order
   * @param <X> the element type
   * @return this
   */
  public <X> UpdateBuilder<E> appendToList(ListAttribute<E, X> attribute, Collection<X> elements) {
    AttributeValue encoded = checked(attribute, attribute.encode(List.copyOf(elements)));
    AttributeValue empty = AttributeValue.fromL(List.of());
    clauses.set.add(ctx -> {
      String path = ctx.path(attribute.path());
      return path + " = list_append(if_not_exists(" + path + ", " + ctx.value(empty) + "), " + ctx.value(encoded) + ")";
    });
    return this;
  }

  /**
   * Adds a condition the stored item must meet (combined with AND if called again).
   *
   * @param condition the condition
   * @return this
   */
  public UpdateBuilder<E> when(Condition<E> condition) {
    Objects.requireNonNull(condition, "condition");
    this.condition = this.condition == null ? condition : this.condition.and(condition);
    return this;
  }

  /**
   * Sends the update.
   *
   * @return the whole item after the update
   * @throws ConflictException when the item does not exist or the condition fails
   * @throws DynamoException when nothing was set, or a value is one DynamoDB cannot store
   */
  public E execute() {
    return ops.partialUpdate(key, clauses, condition);
  }

  private AttributeValue checked(AttributePath<E, ?> attribute, AttributeValue value) {
    Objects.requireNonNull(attribute, "attribute");
    if (value != null) {
      dev.dynamorepo.runtime.internal.ItemChecks.checkValue(ops.table, attribute.toString(), value);
    }
    return value;
  }
}
