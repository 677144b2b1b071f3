package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.function.Function;

/**
 * Expression text rendered into one request's placeholders: the conditions the runtime adds by
 * itself (the item exists, the version held) and the caller's conditions alike.
 */
@FunctionalInterface
public interface Expr extends Function<ExpressionContext, String> {
  /**
   * Both must hold; a null side is left out.
   *
   * @param a one expression, or null
   * @param b another, or null
   * @return the conjunction, or null when both are null
   */
  static Expr and(Expr a, Expr b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return ctx -> "(" + a.apply(ctx) + ") AND (" + b.apply(ctx) + ")";
  }

  /**
   * The item exists: {@code attribute_exists(pk)}.
   *
   * @param partitionKey the stored partition key name
   * @return the expression
   */
  static Expr exists(String partitionKey) {
    return ctx -> "attribute_exists(" + ctx.name(partitionKey) + ")";
  }

  /**
   * Renders an expression that may be null.
   *
   * @param expr the expression, or null
   * @param ctx the placeholders
   * @return the text, or null
   */
  static String render(Expr expr, ExpressionContext ctx) {
    return expr == null ? null : expr.apply(ctx);
  }
}
