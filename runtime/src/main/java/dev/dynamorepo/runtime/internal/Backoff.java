package dev.dynamorepo.runtime.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
 * each pause is random in [0, min(cap, base * 2^attempt)], which spreads contending writers apart.
 * One instance per retry loop; not thread-safe.
 */
public final class Backoff {
  private static final long BASE_MILLIS = 4;
  private static final long CAP_MILLIS = 250;
  private int attempt;

  /** Starts at the first attempt. */
  public Backoff() {}

  /**
   * The next pause, in milliseconds, without sleeping.
   *
   * @return the pause
   */
  public long nextMillis() {
    long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt++, 16));
    return ThreadLocalRandom.current().nextLong(ceiling + 1);
  }
}
