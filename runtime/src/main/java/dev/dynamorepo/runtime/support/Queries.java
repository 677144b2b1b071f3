package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.EntityTable;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKeyRange;
import java.util.function.Function;

/**
 * Starts the queries of generated repositories: {@code query(pk[, sort])} and
 * {@code queryBy<Index>(pk[, sort])} call this with the key value in its Java type.
 *
 * <pre>{@code
 * public Query<Order, Order> query(String customerId, Function<SortKeyRange.Text<Order>, SortCondition<Order>> sort) {
 *   return Queries.of(this, null, customerId, sort);
 * }
 * }</pre>
 */
public final class Queries {
  private Queries() {}

  /**
   * A query of a table or index.
   *
   * @param table the repository
   * @param index the index name, or null for the table
   * @param partitionValue the partition key value
   * @param sort makes the sort condition from the sort key, or null
   * @param <E> the entity type
   * @param <K> the sort key kind
   * @return the query
   */
  public static <E, K extends SortKeyRange<E, ?>> Query<E, E> of(EntityTable<E> table, String index, Object partitionValue,
      Function<K, SortCondition<E>> sort) {
    return table.newQuery(Access.TOKEN, index, partitionValue, sort);
  }

  /**
   * A query of a single-table entity by a leading part of its key templates.
   *
   * <pre>{@code
   * public Query<Order, Order> query(String customerId, Instant placedAt) {
   *   return Queries.template(this, null, new Object[] {customerId, placedAt}, null);
   * }
   * }</pre>
   *
   * @param table the repository
   * @param index the index name, or null for the table
   * @param values the partition template's values, then the sort template's leading values
   * @param next makes a condition on the sort template's next component, or null
   * @param <E> the entity type
   * @param <K> the component's kind
   * @return the query
   */
  public static <E, K extends SortKeyRange<E, ?>> Query<E, E> template(EntityTable<E> table, String index, Object[] values,
      Function<K, SortCondition<E>> next) {
    return table.newTemplateQuery(Access.TOKEN, index, values, next);
  }

  /**
   * A query of a single-table design's whole collection: every item, of every entity type, whose
   * partition key a template composes from these values.
   *
   * @param table the table view
   * @param index the index name, or null for the table
   * @param partition a template of that partition key (any entity's of the collection)
   * @param values its component values
   * @param <T> the table's sealed type
   * @return the query
   */
  public static <T> Query<T, T> collection(dev.dynamorepo.runtime.SingleTableView<T> table, String index, KeyTemplate<?> partition,
      Object... values) {
    return table.newCollectionQuery(Access.TOKEN, index, partition, values);
  }

  /**
   * A query of a global index whose key has several attributes (DynamoDB's multi-attribute keys).
   *
   * @param table the repository
   * @param index the index name
   * @param values every partition attribute's value, then the leading sort attributes' values
   * @param next makes a condition on the next sort attribute, or null
   * @param <E> the entity type
   * @param <K> that attribute's kind
   * @return the query
   */
  public static <E, K extends SortKeyRange<E, ?>> Query<E, E> attributes(EntityTable<E> table, String index, Object[] values,
      Function<K, SortCondition<E>> next) {
    return table.newAttributeQuery(Access.TOKEN, index, values, next);
  }

  /**
   * A query of a single-table design's collection on a global index whose key has several
   * attributes: every item, of every entity type, with these partition values.
   *
   * @param table the table view
   * @param index the index name
   * @param values every partition attribute's value
   * @param <T> the table's sealed type
   * @return the query
   */
  public static <T> Query<T, T> attributeCollection(dev.dynamorepo.runtime.SingleTableView<T> table, String index, Object... values) {
    return table.newAttributeCollectionQuery(Access.TOKEN, index, values);
  }
}
