package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.function.Function;

/**
 * A condition DynamoDB also accepts on a sort key in a query: {@code =}, {@code <}, {@code <=},
 * {@code >}, {@code >=}, {@code BETWEEN} and {@code begins_with} on one attribute. Any attribute's
 * comparison is one, so the same condition works as a filter; {@code query} checks that it names
 * the sort key of the table or index it queries.
 *
 * <pre>{@code
 * orders.query("alice", OrderSchema.ORDER_ID.beginsWith("2026-")).stream();
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class KeyCondition<E> extends Condition<E> {
  private final String attribute;

  KeyCondition(String attribute, Function<ExpressionContext, String> renderer) {
    super(renderer);
    this.attribute = attribute;
  }

  /** @return the stored name of the attribute this condition compares */
  public String attribute() {
    return attribute;
  }
}
