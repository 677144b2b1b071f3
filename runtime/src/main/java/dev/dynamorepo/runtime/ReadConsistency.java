package dev.dynamorepo.runtime;

/**
 * How a read sees recent writes.
 *
 * <pre>{@code
 * Optional<Order> fresh = orders.get("alice", "o-1", ReadConsistency.STRONG);
 * }</pre>
 */
public enum ReadConsistency {
  /** May miss a write made within about a second; half the read cost. DynamoDB's default. */
  EVENTUAL,
  /** Sees every write acknowledged before the read started. */
  STRONG
}
