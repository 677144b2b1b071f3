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
  private final String partitionName;
  private final AttributeValue partitionValue;
  private final SortCondition<E> sortCondition;
  private boolean descending;

  Query(TableOps<E> ops, String index, boolean global, String partitionName, AttributeValue partitionValue,
      SortCondition<E> sortCondition) {
    super(ops, index, global);
    this.partitionName = partitionName;
    this.partitionValue = partitionValue;
    this.sortCondition = sortCondition;
  }

  /** @return this, reading the sort key from high to low */
  public Query<E> descending() {
    this.descending = true;
    return this;
  }

  @Override
  Expr keyCondition() {
    return ctx -> ctx.name(partitionName) + " = " + ctx.value(partitionValue)
        + (sortCondition == null ? "" : " AND " + sortCondition.render(ctx));
  }

  @Override
  boolean isDescending() {
    return descending;
  }
}
