package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.function.Function;

/**
 * A condition on the sort key of the table or index a query reads: {@code =}, {@code <},
 * {@code <=}, {@code >}, {@code >=}, {@code BETWEEN} and {@code begins_with}. Only the
 * {@link SortKey} a query method hands to its lambda makes one, so a condition on another
 * attribute does not compile where a query expects its sort condition.
 *
 * <pre>{@code
 * orders.query("alice", sk -> sk.beginsWith("2026-")).stream();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class SortCondition<E> {
  private final String attribute;
  private final Function<ExpressionContext, String> renderer;

  SortCondition(String attribute, Function<ExpressionContext, String> renderer) {
    this.attribute = attribute;
    this.renderer = renderer;
  }

  /** @return the stored name of the sort key this condition compares */
  public String attribute() {
    return attribute;
  }

  String render(ExpressionContext ctx) {
    return renderer.apply(ctx);
  }
}
