package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The SET, REMOVE, ADD and DELETE clauses of one UpdateExpression, rendered with placeholders. */
final class UpdateClauses {
  final List<Function<ExpressionContext, String>> set = new ArrayList<>();
  final List<Function<ExpressionContext, String>> remove = new ArrayList<>();
  final List<Function<ExpressionContext, String>> add = new ArrayList<>();
  final List<Function<ExpressionContext, String>> delete = new ArrayList<>();

  UpdateClauses copy() {
    UpdateClauses copy = new UpdateClauses();
    copy.set.addAll(set);
    copy.remove.addAll(remove);
    copy.add.addAll(add);
    copy.delete.addAll(delete);
    return copy;
  }

  boolean isEmpty() {
    return set.isEmpty() && remove.isEmpty() && add.isEmpty() && delete.isEmpty();
  }

  String render(ExpressionContext ctx) {
    StringBuilder out = new StringBuilder();
    clause(out, "SET ", ctx, set);
    clause(out, "REMOVE ", ctx, remove);
    clause(out, "ADD ", ctx, add);
    clause(out, "DELETE ", ctx, delete);
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
