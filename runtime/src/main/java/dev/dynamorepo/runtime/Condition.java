package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed DynamoDB condition on entities of type {@code E}, built from the attribute constants of
 * a generated schema and combined with {@link #and}, {@link #or} and {@link #not()}.
 *
 * <pre>{@code
 * Condition<Order> c = OrderSchema.STATUS.eq(Status.NEW).and(OrderSchema.TOTAL_CENTS.lt(1000L).not());
 * orders.update(order, c);
 * }</pre>
 *
 * <p>The type parameter keeps a condition on one entity from being used on another's
 * repository. Names and values are always sent as placeholders. Immutable and thread-safe. A
 * query's sort-key condition is a different type, {@link SortCondition}, so a condition on any
 * other attribute cannot be passed as one.
 *
 * @param <E> the entity type the condition applies to
 */
public final class Condition<E> {
  private final Function<ExpressionContext, String> renderer;

  private Condition(Function<ExpressionContext, String> renderer) {
    this.renderer = renderer;
  }

  static <E> Condition<E> of(Function<ExpressionContext, String> renderer) {
    return new Condition<>(renderer);
  }

  /**
   * Both this and {@code other} must hold.
   *
   * @param other another condition on the same entity
   * @return the conjunction
   */
  public Condition<E> and(Condition<E> other) {
    Objects.requireNonNull(other, "other");
    return of(ctx -> "(" + render(ctx) + ") AND (" + other.render(ctx) + ")");
  }

  /**
   * This or {@code other} must hold.
   *
   * @param other another condition on the same entity
   * @return the disjunction
   */
  public Condition<E> or(Condition<E> other) {
    Objects.requireNonNull(other, "other");
    return of(ctx -> "(" + render(ctx) + ") OR (" + other.render(ctx) + ")");
  }

  /**
   * The negation of this condition.
   *
   * @return a condition that holds when this one does not
   */
  public Condition<E> not() {
    return of(ctx -> "NOT (" + render(ctx) + ")");
  }

  /**
   * Renders this condition into expression text whose names and values are placeholders
   * registered in {@code ctx}. Used by the runtime when it builds a request.
   *
   * @param ctx the request's placeholders
   * @return the expression text
   */
  public String render(ExpressionContext ctx) {
    return renderer.apply(ctx);
  }
}
