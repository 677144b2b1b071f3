package dev.dynamorepo.benchmarks;

/** The order status of the benchmark entity, stored as S by {@code toString()}. */
public enum Status {
  /** Not paid yet. */
  NEW,
  /** Paid. */
  PAID,
  /** On its way. */
  SHIPPED,
  /** Arrived. */
  DELIVERED
}
