package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Scans for big tables: filters, consistency, page size, cursor pages, counts, parallel segments. */
@WithDynamoDb
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanTest {
  private static final int N = 400;
  private OrderRepository orders;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeAll
  void fill(dev.dynamorepo.runtime.DynamoDb dynamo) {
    orders = new OrderRepository(dynamo, "scan_orders");
    orders.createTable();
    List<Order> all = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      all.add(new Order("c" + (i % 37), String.format("o-%04d", i), i, Set.of("t"), Instant.EPOCH,
          i % 4 == 0 ? Status.PAID : Status.NEW, null));
    }
    orders.batchOverwrite(all);
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
  }

  private static Set<String> ids(List<Order> items) {
    return items.stream().map(o -> o.customerId() + "/" + o.orderId()).collect(Collectors.toSet());
  }

  @Test
  void filterConsistencyPageSizeAndCount() {
    assertEquals(N / 4, orders.scanner().filter(OrderSchema.STATUS.eq(Status.PAID)).count());
    assertEquals(N / 4, orders.scanner().filter(OrderSchema.STATUS.eq(Status.PAID)).consistency(ReadConsistency.STRONG)
        .stream().count());
    assertEquals(25, orders.scanner().limit(25).stream().count());
    List<Order> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Order> page = orders.scanner().pageSize(50).page(cursor);
      assertTrue(page.items().size() <= 50);
      seen.addAll(page.items());
      cursor = page.cursor();
      pages++;
    } while (cursor != null);
    assertEquals(N, ids(seen).size());
    assertTrue(pages >= 8, "pages: " + pages);
  }

  @Test
  void aParallelScanReadsEveryItemOnceMerged() throws Exception {
    List<Order> merged = orders.scanner().segments(4).pageSize(30).stream().toList();
    assertEquals(N, merged.size());
    assertEquals(N, ids(merged).size(), "no item twice");
    assertEquals(N, orders.scanner().segments(4, pool).pageSize(30).stream().count(), "on the caller's executor");
    assertEquals(N / 4, orders.scanner().segments(3).filter(OrderSchema.STATUS.eq(Status.PAID)).count());

    List<Order> published = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(1);
    orders.async().scanner().segments(4).pageSize(30).publisher().subscribe(new Flow.Subscriber<>() {
      private Flow.Subscription s;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        this.s = s;
        s.request(7);
      }

      @Override
      public void onNext(Order item) {
        published.add(item);
        if (published.size() % 7 == 0) {
          s.request(7);
        }
      }

      @Override
      public void onError(Throwable t) {
        done.countDown();
      }

      @Override
      public void onComplete() {
        done.countDown();
      }
    });
    assertTrue(done.await(20, TimeUnit.SECONDS));
    assertEquals(N, ids(published).size());
  }

  @Test
  void eachWorkerPagesItsOwnSegmentWithCursorsBoundToIt() {
    Set<String> union = new HashSet<>();
    int total = 0;
    for (int segment = 0; segment < 3; segment++) {
      String cursor = null;
      do {
        Page<Order> page = orders.scanner().segment(segment, 3).pageSize(40).page(cursor);
        union.addAll(ids(page.items()));
        total += page.items().size();
        cursor = page.cursor();
      } while (cursor != null);
    }
    assertEquals(N, total);
    assertEquals(N, union.size());
    String cursor = orders.scanner().segment(0, 3).pageSize(10).page(null).cursor();
    DynamoException other = assertThrows(DynamoException.class, () -> orders.scanner().segment(1, 3).pageSize(10).page(cursor));
    assertTrue(other.getMessage().contains("cursor"), other.getMessage());
    assertThrows(DynamoException.class, () -> orders.scanner().segment(0, 3).page(cursor.substring(0, cursor.length() - 2)));
    assertThrows(DynamoException.class, () -> orders.scanner().segments(3).page(null), "a merged scan has no single page");
    assertThrows(DynamoException.class, () -> orders.scanner().segment(3, 3));
  }
}
