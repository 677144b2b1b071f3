package dev.dynamorepo.runtime.internal;

import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * Monotonic ULIDs (the ULID spec's monotonic variant): 48 bits of epoch milliseconds, then 80
 * bits that are random for the first id of a millisecond and the previous id's plus one for the
 * next ones, in Crockford base32 (26 characters). So the ids one process makes sort in the order
 * it made them, also within one millisecond and from many threads.
 *
 * <p>A clock that goes backwards keeps the last timestamp (the ids stay increasing); when the 80
 * bits overflow, the timestamp moves on by one millisecond, ahead of the clock, rather than
 * failing as the spec allows.
 */
final class Ulids {
  /** One generator per process: monotonic across every table and thread. */
  static final Ulids PROCESS = new Ulids(new SecureRandom()::nextBytes);

  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final long MASK_40 = (1L << 40) - 1;

  private final Consumer<byte[]> random;
  private final byte[] bytes = new byte[10];
  private long millis = -1;
  // The 80 bits in two halves of 40, so an increment carries without a BigInteger.
  private long high;
  private long low;

  /** @param random fills an array with random bytes */
  Ulids(Consumer<byte[]> random) {
    this.random = random;
  }

  /**
   * The next id.
   *
   * @param now the clock's epoch milliseconds
   * @return 26 characters, greater than every id this generator made before
   */
  String next(long now) {
    long time;
    long hi;
    long lo;
    // A small lock, not a CAS loop: the state is three longs, and an id costs under a microsecond.
    synchronized (this) {
      if (now > millis) {
        millis = now;
        randomize();
      } else if (!increment()) {
        millis++;
        randomize();
      }
      time = millis;
      hi = high;
      lo = low;
    }
    return encode(time, hi, lo);
  }

  private void randomize() {
    random.accept(bytes);
    high = halve(0);
    low = halve(5);
  }

  private long halve(int from) {
    long v = 0;
    for (int i = from; i < from + 5; i++) {
      v = (v << 8) | (bytes[i] & 0xffL);
    }
    return v;
  }

  /** Adds one to the 80 bits; false when they overflow. */
  private boolean increment() {
    low = (low + 1) & MASK_40;
    if (low != 0) {
      return true;
    }
    high = (high + 1) & MASK_40;
    return high != 0;
  }

  private static String encode(long time, long hi, long lo) {
    char[] out = new char[26];
    digits(out, 0, 10, time);
    digits(out, 10, 8, hi);
    digits(out, 18, 8, lo);
    return new String(out);
  }

  /** Writes {@code count} base32 digits of {@code value}, the last at {@code from + count - 1}. */
  private static void digits(char[] out, int from, int count, long value) {
    for (int i = from + count - 1; i >= from; i--) {
      out[i] = CROCKFORD[(int) (value & 31)];
      value >>>= 5;
    }
  }
}
