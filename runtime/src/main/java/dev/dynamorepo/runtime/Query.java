package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.TableOps;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A query of one partition of a table or secondary index, made by a generated repository's
 * {@code query(pk[, sort])} or {@code queryBy<Index>(...)} methods.
 *
 * <pre>{@code
 * List<Order> recent = orders.query("alice", sk -> sk.beginsWith("2026-"))
 *     .filter(OrderSchema.STATUS.eq(Status.PAID))
 *     .descending()
 *     .stream().toList();
 * }</pre>
 *
 * <p>Not thread-safe while being configured; each run copies the settings.
 *
 * @param <E> the entity type
 */
public final class Query<E> extends Reader<E, Query<E>> {
  /** Attribute = value, in key order: the partition key (every attribute of a multi-attribute key), then leading sort attributes. */
  private final java.util.Map<String, AttributeValue> equal;
  private final SortCondition<E> sortCondition;
  private boolean descending;

  Query(TableOps<E> ops, String index, boolean global, String partitionName, AttributeValue partitionValue,
      SortCondition<E> sortCondition) {
    this(ops, index, global, java.util.Map.of(partitionName, partitionValue), sortCondition);
  }

  Query(TableOps<E> ops, String index, boolean global, java.util.Map<String, AttributeValue> equal, SortCondition<E> sortCondition) {
    super(ops, index, global);
    this.equal = equal;
    this.sortCondition = sortCondition;
  }

  /** @return this, reading the sort key from high to low */
  public Query<E> descending() {
    this.descending = true;
    return this;
  }

  @Override
  Expr keyCondition() {
    return ctx -> {
      StringBuilder out = new StringBuilder();
      equal.forEach((name, value) -> out.append(out.length() == 0 ? "" : " AND ").append(ctx.name(name)).append(" = ")
          .append(ctx.value(value)));
      return sortCondition == null ? out.toString() : out.append(" AND ").append(sortCondition.render(ctx)).toString();
    };
  }

  @Override
  boolean isDescending() {
    return descending;
  }
}
