package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.EntityTable;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKey;
import java.util.function.Function;

/**
 * Starts the queries of generated repositories: {@code query(pk[, sort])} and
 * {@code queryBy<Index>(pk[, sort])} call this with the key value in its Java type.
 *
 * <pre>{@code
 * public Query<Order> query(String customerId, Function<SortKey.Text<Order>, SortCondition<Order>> sort) {
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
  public static <E, K extends SortKey<E, ?>> Query<E> of(EntityTable<E> table, String index, Object partitionValue,
      Function<K, SortCondition<E>> sort) {
    return table.newQuery(Access.TOKEN, index, partitionValue, sort);
  }
}
