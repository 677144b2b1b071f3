package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every repository operation through the async client: same results, same checks, same errors. */
@WithDynamoDb
@CleanTables
class AsyncTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private DynamoDb dynamo;
  private OrderAsyncRepository orders;
  private TicketAsyncRepository tickets;

  @BeforeEach
  void setUp(DynamoDb dynamo) {
    this.dynamo = dynamo;
    orders = new OrderRepository(dynamo).async();
    tickets = new TicketAsyncRepository(dynamo);
    CompletableFuture.allOf(orders.createTable(), tickets.createTable()).join();
  }

  private static Order order(String customer, String id, long cents) {
    return new Order(customer, id, cents, Set.of("a"), T, Status.NEW, "n");
  }

  /** The failure a future completed with, unwrapped. */
  private static Throwable failure(CompletableFuture<?> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      return e.getCause();
    }
    throw new AssertionError("the future completed normally");
  }

  @Test
  void crudRoundTrip() {
    Order saved = orders.put(order("alice", "o-1", 100)).join();
    assertEquals(Optional.of(saved), orders.get("alice", "o-1").join());
    assertEquals(Optional.of(saved), orders.get(Get.of(orders.key("alice", "o-1")).consistency(ReadConsistency.STRONG)).join());
    assertEquals(250, orders.update(order("alice", "o-1", 250)).join().totalCents());
    assertEquals(300, orders.upsert(Upsert.of(order("alice", "o-1", 300)).when(OrderSchema.STATUS.eq(Status.NEW))).join().totalCents());
    Order partial = orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 5L).remove(OrderSchema.NOTE).executeAsync().join();
    assertEquals(305, partial.totalCents());
    assertEquals(null, partial.note());
    assertEquals(null, orders.deleteAttributes("alice", "o-1", OrderSchema.TAGS).join().tags());
    assertEquals(Optional.of(new OrderSummary("o-1", 305, Status.NEW)),
        orders.get(Get.of(orders.key("alice", "o-1")).project(OrderSummarySchema.PROJECTION)).join(), "projections async too");
    assertEquals(Optional.of(305L), orders.delete("alice", "o-1").join().map(Order::totalCents));
    assertEquals(Optional.empty(), orders.get("alice", "o-1").join());
  }

  @Test
  void conflictsCompleteTheFutureWithConflictException() {
    orders.put(order("alice", "o-1", 100)).join();
    Throwable e = failure(orders.put(order("alice", "o-1", 200)));
    assertInstanceOf(ConflictException.class, e);
    assertTrue(e.getMessage().contains("table 'orders'") && e.getMessage().contains("exists already"), e.getMessage());
    assertInstanceOf(ConflictException.class, failure(orders.update(order("bob", "o-9", 1))));
    assertInstanceOf(ConflictException.class, failure(orders.delete(Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.PAID)))));
  }

  @Test
  void badInputFailsTheFutureBeforeAnythingIsSent() {
    Throwable e = failure(orders.put(new Order("alice", "", 1, null, null, null, null)));
    assertInstanceOf(DynamoException.class, e);
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertInstanceOf(DynamoException.class, failure(orders.update("alice", "o-1").executeAsync()), "sets nothing");
    assertInstanceOf(DynamoException.class, failure(orders.get("", "o-1")), "a bad key value fails the future, not the call");
    assertInstanceOf(DynamoException.class, failure(orders.delete("alice", "")));
    assertInstanceOf(DynamoException.class, failure(orders.count("")));
    assertEquals(0L, orders.count().join(), "nothing was written");
  }

  @Test
  void manyItemsBatchesAndCounts() {
    List<CompletableFuture<Order>> puts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      puts.add(orders.put(order(i % 2 == 0 ? "alice" : "bob", String.format("o-%02d", i), i)));
    }
    CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
    assertEquals(40L, orders.count().join());
    assertEquals(20L, orders.count("alice").join());
    assertEquals(5L, orders.count("alice", sk -> sk.lt("o-10")).join());
    assertEquals(3, orders.getAll(List.of(orders.key("alice", "o-00"), orders.key("bob", "o-01"),
        orders.key("alice", "o-02"), orders.key("nobody", "x"))).join().size());
    assertEquals(2, orders.deleteAll(List.of(orders.key("alice", "o-00"), orders.key("bob", "o-01"), orders.key("x", "y")))
        .join().size());
    assertEquals(38L, orders.count().join());
  }

  @Test
  void pagesResumeFromTheirCursor() {
    for (int i = 0; i < 12; i++) {
      orders.put(order("alice", String.format("o-%02d", i), i)).join();
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Order> page = orders.query("alice").pageSize(5).pageAsync(cursor).join();
      page.items().forEach(o -> seen.add(o.orderId()));
      cursor = page.cursor();
    } while (cursor != null);
    assertEquals(12, seen.size());
    assertEquals("o-00", seen.get(0));
    assertEquals("o-11", seen.get(11));
  }

  @Test
  void aPublisherReadsEveryPageAndHonoursBackPressure() throws Exception {
    for (int i = 0; i < 25; i++) {
      orders.put(order("alice", String.format("o-%02d", i), i)).join();
    }
    Collector all = new Collector(Long.MAX_VALUE);
    orders.query("alice").pageSize(4).descending().publisher().subscribe(all);
    assertTrue(all.done.await(10, TimeUnit.SECONDS));
    assertEquals(25, all.items.size());
    assertEquals("o-24", all.items.get(0).orderId());
    assertEquals(null, all.error.get());

    Collector scan = new Collector(Long.MAX_VALUE);
    orders.scan().subscribe(scan);
    assertTrue(scan.done.await(10, TimeUnit.SECONDS));
    assertEquals(25, scan.items.size());
  }

  @Test
  void cancellingASubscriptionMidStreamStopsReading() throws Exception {
    for (int i = 0; i < 30; i++) {
      orders.put(order("alice", String.format("o-%02d", i), i)).join();
    }
    Collector three = new Collector(3);
    orders.query("alice").pageSize(2).publisher().subscribe(three);
    assertTrue(three.cancelled.await(10, TimeUnit.SECONDS));
    Thread.sleep(200);
    assertEquals(3, three.items.size(), "nothing after cancel: " + three.items.size());
    assertEquals(1, three.done.getCount(), "neither completion nor error after cancel");
  }

  @Test
  void aMissingTableFailsTheFirstPageWithTheTableName() throws Exception {
    DynamoDb fresh = dynamo;
    var ghosts = new OrderRepository(fresh).async();
    ghosts.dynamo().client().deleteTable(b -> b.tableName("orders"));
    Collector c = new Collector(Long.MAX_VALUE);
    ghosts.scan().subscribe(c);
    assertTrue(c.done.await(10, TimeUnit.SECONDS));
    assertInstanceOf(DynamoException.class, c.error.get());
    assertTrue(c.error.get().getMessage().contains("table 'orders'") && c.error.get().getMessage().contains("Scan"),
        c.error.get().getMessage());
    Throwable page = failure(ghosts.query("alice").pageAsync(null));
    assertTrue(page.getMessage().contains("table 'orders'") && page.getMessage().contains("Query"), page.getMessage());
  }

  @Test
  void autoIncrementAndTransactions() {
    List<CompletableFuture<Ticket>> puts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      puts.add(tickets.put(new Ticket(null, "t" + i)));
    }
    Set<Long> ids = new java.util.TreeSet<>();
    puts.forEach(p -> ids.add(p.join().id()));
    assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), ids);
    orders.put(order("alice", "o-1", 100)).join();
    TransactionResult r = dynamo.transaction()
        .put(tickets, new Ticket(null, "in tx"))
        .update(orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 1L))
        .commitAsync().join();
    assertEquals(6L, r.get(0, tickets).id());
    assertEquals(101, orders.get("alice", "o-1").join().orElseThrow().totalCents());
    Throwable e = failure(dynamo.transaction().conditionCheck(orders, orders.key("alice", "o-1"),
        OrderSchema.STATUS.eq(Status.PAID)).put(tickets, new Ticket(null, "never")).commitAsync());
    assertInstanceOf(ConflictException.class, e);
    assertEquals(6L, tickets.count().join(), "nothing of the cancelled transaction was written");
  }

  /** Requests {@code want} items one at a time, then cancels (or takes all when unbounded). */
  private static final class Collector implements Flow.Subscriber<Order> {
    final List<Order> items = Collections.synchronizedList(new ArrayList<>());
    final CountDownLatch done = new CountDownLatch(1);
    final CountDownLatch cancelled = new CountDownLatch(1);
    final AtomicReference<Throwable> error = new AtomicReference<>();
    private final long want;
    private Flow.Subscription subscription;

    Collector(long want) {
      this.want = want;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      assertNotNull(s);
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(Order item) {
      items.add(item);
      if (items.size() >= want) {
        subscription.cancel();
        cancelled.countDown();
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable t) {
      error.set(t);
      done.countDown();
    }

    @Override
    public void onComplete() {
      assertFalse(items.size() >= want && want != Long.MAX_VALUE, "completed after cancel");
      done.countDown();
    }
  }
}
