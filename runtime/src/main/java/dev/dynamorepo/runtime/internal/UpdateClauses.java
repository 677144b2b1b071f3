package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The SET, REMOVE, ADD and DELETE clauses of one UpdateExpression, rendered with placeholders. */
public final class UpdateClauses {
  private final List<Expr> set = new ArrayList<>();
  private final List<Expr> remove = new ArrayList<>();
  private final List<Expr> add = new ArrayList<>();
  private final List<Expr> delete = new ArrayList<>();

  /** An empty update. */
  public UpdateClauses() {}

  /**
   * The update that writes every non-key attribute of a whole item; a strict update also removes
   * the schema's attributes the item does not hold.
   *
   * @param schema the entity's schema
   * @param item the encoded entity
   * @param removeMissing remove what the item does not hold
   * @param skip an attribute the runtime writes itself (created-at), or null
   * @param <E> the entity type
   * @return the clauses, empty for a key-only entity
   */
  public static <E> UpdateClauses replacing(EntitySchema<E> schema, Map<String, AttributeValue> item, boolean removeMissing,
      String skip) {
    UpdateClauses clauses = new UpdateClauses();
    for (String name : schema.valueAttributeNames()) {
      if (name.equals(skip)) {
        continue;
      }
      AttributeValue value = item.get(name);
      if (value != null) {
        clauses.set(c -> c.name(name) + " = " + c.value(value));
      } else if (removeMissing) {
        clauses.remove(c -> c.name(name));
      }
    }
    return clauses;
  }

  /** @param clause a {@code SET} action @return this */
  public UpdateClauses set(Expr clause) {
    set.add(clause);
    return this;
  }

  /** @param clause a {@code REMOVE} action @return this */
  public UpdateClauses remove(Expr clause) {
    remove.add(clause);
    return this;
  }

  /** @param clause an {@code ADD} action @return this */
  public UpdateClauses add(Expr clause) {
    add.add(clause);
    return this;
  }

  /** @param clause a {@code DELETE} action @return this */
  public UpdateClauses delete(Expr clause) {
    delete.add(clause);
    return this;
  }

  /** @return an independent copy, so a builder can be executed again after more actions */
  public UpdateClauses copy() {
    UpdateClauses copy = new UpdateClauses();
    copy.set.addAll(set);
    copy.remove.addAll(remove);
    copy.add.addAll(add);
    copy.delete.addAll(delete);
    return copy;
  }

  /** @return whether no action was named */
  public boolean isEmpty() {
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

  private static void clause(StringBuilder out, String keyword, ExpressionContext ctx, List<Expr> parts) {
    if (parts.isEmpty()) {
      return;
    }
    out.append(out.length() == 0 ? "" : " ").append(keyword);
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(parts.get(i).apply(ctx));
    }
  }
}
