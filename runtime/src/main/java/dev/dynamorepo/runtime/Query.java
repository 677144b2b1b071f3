package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Errors;
import dev.dynamorepo.runtime.support.ExpressionContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A query of one partition of a table or secondary index, made by a generated repository's
 * {@code query(pk[, sortCondition])} or {@code queryBy<Index>(...)} methods.
 *
 * <pre>{@code
 * List<Order> recent = orders.query("alice", OrderSchema.ORDER_ID.beginsWith("2026-"))
 *     .filter(OrderSchema.STATUS.eq(Status.PAID))
 *     .descending()
 *     .stream().toList();
 * }</pre>
 *
 * <p>{@link #stream()} reads every page lazily; {@link #page(String)} reads one page and returns a
 * cursor to resume, for web pagination. Immutable settings are copied per call; not thread-safe
 * while being configured.
 *
 * @param <E> the entity type
 */
public final class Query<E> {
  private final Operations<E> ops;
  private final String index;
  private final String partitionName;
  private final AttributeValue partitionValue;
  private final KeyCondition<E> sortCondition;
  private Condition<E> filter;
  private Integer limit;
  private boolean descending;
  private boolean consistent;

  Query(Operations<E> ops, String index, String partitionName, AttributeValue partitionValue,
      String sortKey, KeyCondition<E> sortCondition) {
    this.ops = ops;
    this.index = index;
    this.partitionName = partitionName;
    this.partitionValue = partitionValue;
    if (sortCondition != null && !sortCondition.attribute().equals(sortKey)) {
      throw new DynamoException("table '" + ops.table + "'" + (index == null ? "" : ", index '" + index + "'")
          + ": the sort condition is on '" + sortCondition.attribute() + "', but the sort key is "
          + (sortKey == null ? "missing" : "'" + sortKey + "'"));
    }
    this.sortCondition = sortCondition;
  }

  /**
   * Keeps only the items that meet a condition, applied by DynamoDB after reading (it still
   * reads, and bills, the items it drops).
   *
   * @param condition on non-key attributes
   * @return this
   */
  public Query<E> filter(Condition<E> condition) {
    this.filter = Objects.requireNonNull(condition, "condition");
    return this;
  }

  /**
   * For {@link #stream()}: at most this many items in all; for {@link #page(String)}: the page size
   * DynamoDB evaluates.
   *
   * @param limit at least 1
   * @return this
   */
  public Query<E> limit(int limit) {
    if (limit < 1) {
      throw new DynamoException("table '" + ops.table + "': a query limit must be at least 1, got " + limit);
    }
    this.limit = limit;
    return this;
  }

  /** @return this, reading the sort key from high to low */
  public Query<E> descending() {
    this.descending = true;
    return this;
  }

  /** @return this, with strongly consistent reads (not on global secondary indexes) */
  public Query<E> consistentRead() {
    this.consistent = true;
    return this;
  }

  /**
   * Every matching item, read page by page as the stream is consumed.
   *
   * @return the items
   */
  public Stream<E> stream() {
    QueryRequest request = request(null, null);
    Iterator<Map<String, AttributeValue>> items = ops.client.queryPaginator(request).items().iterator();
    Stream<E> all = Scans.wrapped(ops.table, "Query", items).map(ops.schema::fromItem);
    return limit == null ? all : all.limit(limit);
  }

  /**
   * One page.
   *
   * @param cursor null for the first page, else the cursor of the previous page
   * @return the page and the cursor to the next one
   */
  public Page<E> page(String cursor) {
    Map<String, AttributeValue> start = cursor == null ? null : Cursors.decode(ops.table, cursor);
    QueryResponse response = ops.call("Query", () -> ops.client.query(request(start, null)), null);
    List<E> items = new ArrayList<>(response.count());
    response.items().forEach(i -> items.add(ops.schema.fromItem(i)));
    return new Page<>(items, response.hasLastEvaluatedKey() ? Cursors.encode(response.lastEvaluatedKey()) : null);
  }

  /**
   * Counts the matching items with {@code Select=COUNT} over every page.
   *
   * @return the count
   */
  public long count() {
    try {
      long total = 0;
      for (QueryResponse page : ops.client.queryPaginator(request(null, Select.COUNT))) {
        total += page.count();
      }
      return total;
    } catch (RuntimeException e) {
      throw Errors.wrap("Query (count)", ops.table, e);
    }
  }

  private QueryRequest request(Map<String, AttributeValue> start, Select select) {
    ExpressionContext ctx = new ExpressionContext();
    String keyCondition = ctx.name(partitionName) + " = " + ctx.value(partitionValue)
        + (sortCondition == null ? "" : " AND " + sortCondition.render(ctx));
    QueryRequest.Builder b = QueryRequest.builder().tableName(ops.table).indexName(index)
        .keyConditionExpression(keyCondition).scanIndexForward(!descending).consistentRead(consistent ? true : null)
        .exclusiveStartKey(start).select(select);
    if (filter != null) {
      b.filterExpression(filter.render(ctx));
    }
    if (limit != null && select == null) {
      b.limit(limit);
    }
    return b.expressionAttributeNames(ctx.names()).expressionAttributeValues(ctx.values()).build();
  }
}
