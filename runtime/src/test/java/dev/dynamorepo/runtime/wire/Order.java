package dev.dynamorepo.runtime.wire;

import java.util.Set;

/**
 * The versioned test entity, as the processor would see it: partition key {@code customerId}, sort
 * key {@code orderId}, a global index {@code by-status} (status, total), {@code @Version} stored as
 * {@code v}.
 */
record Order(String customerId, String orderId, long total, Set<String> tags, String status, String note, Long version) {
  /** @return the same order holding another version */
  Order withVersion(Long v) {
    return new Order(customerId, orderId, total, tags, status, note, v);
  }

  /** A projection of {@link Order}: {@code OrderSchema.SUMMARY}. */
  record Summary(String orderId, long total) {}
}
