package dev.dynamorepo.runtime;

import java.util.List;

/**
 * One page of query results and the cursor to the next, for web pagination: hand the cursor to
 * the client and pass it back to {@code Query.page(cursor)}.
 *
 * <pre>{@code
 * Page<Order> first = orders.query("alice").limit(20).page(null);
 * Page<Order> second = orders.query("alice").limit(20).page(first.cursor());
 * }</pre>
 *
 * @param items the items of this page, possibly fewer than the limit (or none) when a filter
 *     dropped some
 * @param cursor an opaque string that resumes after this page, or null when there is no more
 * @param <E> the entity type
 */
public record Page<E>(List<E> items, String cursor) {
  /** @return whether another page may follow */
  public boolean hasMore() {
    return cursor != null;
  }
}
