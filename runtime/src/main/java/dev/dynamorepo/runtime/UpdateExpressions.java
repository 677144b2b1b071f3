package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds the UpdateExpression of a whole-item update: SET every attribute it holds. */
final class UpdateExpressions {
  private UpdateExpressions() {}

  /**
   * The expression that writes every non-key attribute of {@code item}; with {@code removeMissing}
   * (strict update) also removes the schema's attributes the item does not hold.
   *
   * @return the expression, or null when there is nothing to write (a key-only entity)
   */
  static <E> String replace(ExpressionContext ctx, EntitySchema<E> schema, Map<String, AttributeValue> item,
      boolean removeMissing) {
    UpdateClauses clauses = new UpdateClauses();
    for (AttributePath<E, ?> attribute : schema.attributes()) {
      if (attribute instanceof KeyAttribute) {
        continue;
      }
      String name = attribute.name();
      AttributeValue value = item.get(name);
      if (value != null) {
        clauses.set.add(c -> c.name(name) + " = " + c.value(value));
      } else if (removeMissing) {
        clauses.remove.add(c -> c.name(name));
      }
    }
    return clauses.isEmpty() ? null : clauses.render(ctx);
  }
}
