package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds UpdateExpression text: {@code SET #n0 = :v0, ... REMOVE #n3, ...}, placeholders only. */
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
    List<Function<ExpressionContext, String>> sets = new ArrayList<>();
    List<Function<ExpressionContext, String>> removes = new ArrayList<>();
    for (AttributePath<E, ?> attribute : schema.attributes()) {
      if (attribute instanceof KeyAttribute) {
        continue;
      }
      String name = attribute.name();
      AttributeValue value = item.get(name);
      if (value != null) {
        sets.add(c -> c.name(name) + " = " + c.value(value));
      } else if (removeMissing) {
        removes.add(c -> c.name(name));
      }
    }
    return sets.isEmpty() && removes.isEmpty() ? null : render(ctx, sets, removes);
  }

  /** Joins SET and REMOVE clauses into one expression. */
  static String render(ExpressionContext ctx, List<Function<ExpressionContext, String>> sets,
      List<Function<ExpressionContext, String>> removes) {
    StringBuilder out = new StringBuilder();
    clause(out, "SET ", ctx, sets);
    clause(out, "REMOVE ", ctx, removes);
    return out.toString();
  }

  private static void clause(StringBuilder out, String keyword, ExpressionContext ctx,
      List<Function<ExpressionContext, String>> parts) {
    if (parts.isEmpty()) {
      return;
    }
    out.append(out.length() == 0 ? "" : " ").append(keyword);
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(parts.get(i).apply(ctx));
    }
  }
}
