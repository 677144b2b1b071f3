package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed partial update of one existing item: only the named attributes change, and
 * {@link #execute()} returns the whole new item. Strict: the item must exist. The typed version
 * of the Python helper's {@code update_item(**items)}.
 *
 * <pre>{@code
 * Order o = orders.update("alice", "o-1")
 *     .set(OrderSchema.TOTAL_CENTS, 500L)
 *     .when(OrderSchema.STATUS.eq(Status.NEW))
 *     .execute();
 * }</pre>
 *
 * <p>Not thread-safe; build and execute on one thread.
 *
 * @param <E> the entity type
 */
public final class UpdateBuilder<E> {
  private final Operations<E> ops;
  private final Key<E> key;
  private final List<Function<ExpressionContext, String>> sets = new ArrayList<>();
  private final List<Function<ExpressionContext, String>> removes = new ArrayList<>();
  private Condition<E> condition;

  UpdateBuilder(Operations<E> ops, Key<E> key) {
    this.ops = ops;
    this.key = key;
  }

  /**
   * Sets an attribute; a null value removes it.
   *
   * @param attribute a non-key attribute of the entity
   * @param value the new value, of the attribute's type
   * @param <V> the attribute's type
   * @return this
   */
  public <V> UpdateBuilder<E> set(ValueAttribute<E, V> attribute, V value) {
    Objects.requireNonNull(attribute, "attribute");
    var encoded = value == null ? null : attribute.codec().encode(value);
    if (encoded == null) {
      removes.add(ctx -> ctx.path(attribute.path()));
    } else {
      sets.add(ctx -> ctx.path(attribute.path()) + " = " + ctx.value(encoded));
    }
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
   * @throws DynamoException when nothing was set
   */
  public E execute() {
    return ops.partialUpdate(key, sets, removes, condition);
  }
}
