package dev.dynamorepo.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The monotonic ULID generator: ordered within a millisecond, across threads, through the 80-bit carry. */
class UlidsTest {
  private static final long T = 1_767_225_600_000L;   // 2026-01-01T00:00:00Z

  /** Fills every random byte with {@code b}. */
  private static Ulids filled(int b) {
    return new Ulids(bytes -> Arrays.fill(bytes, (byte) b));
  }

  @Test
  void idsOfOneMillisecondFromManyThreadsIncreaseInTheOrderEachThreadMadeThem() throws Exception {
    Ulids ulids = new Ulids(new SecureRandom()::nextBytes);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        threads.add(pool.submit(() -> {
          List<String> made = new ArrayList<>();
          for (int i = 0; i < 2_500; i++) {
            made.add(ulids.next(T + i / 1_000));   // ~1,000 ids per millisecond per thread
          }
          return made;
        }));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> thread : threads) {
        List<String> made = thread.get();
        for (int i = 1; i < made.size(); i++) {
          assertTrue(made.get(i).compareTo(made.get(i - 1)) > 0, made.get(i - 1) + " then " + made.get(i));
        }
        all.addAll(made);
      }
      assertEquals(10_000, all.size(), "unique");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theNextIdOfAMillisecondIsThePreviousPlusOne() {
    Ulids ulids = filled(0);
    assertEquals("01KDVDNA000000000000000000", ulids.next(T));
    assertEquals("01KDVDNA000000000000000001", ulids.next(T));
    assertEquals("01KDVDNA000000000000000002", ulids.next(T - 5), "a clock gone backwards keeps the last timestamp");
  }

  @Test
  void theIncrementCarriesFromTheLowToTheHighFortyBits() {
    Ulids ulids = new Ulids(bytes -> {
      Arrays.fill(bytes, 0, 5, (byte) 0);
      Arrays.fill(bytes, 5, 10, (byte) 0xff);
    });
    assertEquals("01KDVDNA00" + "00000000" + "ZZZZZZZZ", ulids.next(T), "the low 40 bits all ones");
    assertEquals("01KDVDNA00" + "00000001" + "00000000", ulids.next(T));
  }

  @Test
  void overflowingTheEightyBitsMovesToTheNextMillisecond() {
    Ulids ulids = filled(0xff);
    String full = ulids.next(T);
    assertEquals("01KDVDNA00ZZZZZZZZZZZZZZZZ", full);
    String next = ulids.next(T);
    assertEquals("01KDVDNA01ZZZZZZZZZZZZZZZZ", next, "the timestamp moves on by one millisecond, fresh random bits");
    assertTrue(next.compareTo(full) > 0);
    assertTrue(ulids.next(T).compareTo(next) > 0, "still increasing while the clock catches up");
  }
}
