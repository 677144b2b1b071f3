package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.TableContext;
import dev.dynamorepo.runtime.support.ProjectionSchema;
import java.util.Objects;
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
 * <p>Immutable: each option returns a new query, and options compose in any order.
 *
 * @param <E> the entity type
 * @param <T> what each item is read as: the entity, or a projection of it after {@link #project}
 */
public final class Query<E, T> extends Reader<E, T, Query<E, T>> {
  /** Attribute = value, in key order: the partition key (every attribute of a multi-attribute key), then leading sort attributes. */
  private final java.util.Map<String, AttributeValue> equal;
  private final SortCondition<E> sortCondition;
  private final boolean descending;

  private Query(TableContext<E> context, Settings<E, T> settings, java.util.Map<String, AttributeValue> equal,
      SortCondition<E> sortCondition, boolean descending) {
    super(context, settings);
    this.equal = equal;
    this.sortCondition = sortCondition;
    this.descending = descending;
  }

  static <E> Query<E, E> of(TableContext<E> context, String index, boolean global, String partitionName, AttributeValue partitionValue,
      SortCondition<E> sortCondition) {
    return of(context, index, global, java.util.Map.of(partitionName, partitionValue), sortCondition);
  }

  static <E> Query<E, E> of(TableContext<E> context, String index, boolean global, java.util.Map<String, AttributeValue> equal,
      SortCondition<E> sortCondition) {
    return new Query<>(context, Settings.of(index, global), equal, sortCondition, false);
  }

  @Override
  Query<E, T> with(Settings<E, T> settings) {
    return new Query<>(context, settings, equal, sortCondition, descending);
  }

  /**
   * Paging the sort key from high to low.
   *
   * @return the new query
   */
  public Query<E, T> descending() {
    return new Query<>(context, settings, equal, sortCondition, true);
  }

  /**
   * The same query, returning a projection of each item: a ProjectionExpression of the
   * projection's attributes, so less is read over the wire (DynamoDB still bills whole items).
   * Every other option still composes, before or after.
   *
   * <pre>{@code
   * List<OrderSummary> s = orders.query("alice").project(OrderSummarySchema.PROJECTION).pageSize(20).stream().toList();
   * }</pre>
   *
   * @param projection a generated {@code <Projection>Schema.PROJECTION}
   * @param <P> the projection type
   * @return the projected query
   */
  public <P> Query<E, P> project(ProjectionSchema<E, P> projection) {
    return new Query<>(context, settings.project(Objects.requireNonNull(projection, "projection")), equal, sortCondition, descending);
  }

  /** The same query decoding each item by a single-table view's decoder. */
  Query<E, T> decoding(java.util.function.Function<java.util.Map<String, AttributeValue>, T> decoder, boolean knownOnly) {
    return with(settings.decoding(decoder, knownOnly));
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
