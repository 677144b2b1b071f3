package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Queries in both orders across pages, cursors, every index kind, count and batch get. */
@WithDynamoDb
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTest {
  private static final String PAD = "p".repeat(40_000);
  private EventRepository events;
  private DynamoDbClient client;

  @BeforeAll
  void load(DynamoDbClient client) {
    this.client = client;
    client.listTables().tableNames().stream().filter(n -> n.startsWith("events")).forEach(n -> client.deleteTable(b -> b.tableName(n)));
    events = new EventRepository(DynamoDb.of(client));
    events.createTable();
    // 60 events of ~40 KB in stream "s1": 2.4 MB, so a query crosses 1 MB pages.
    for (long seq = 1; seq <= 60; seq++) {
      events.put(new Event("s1", seq, seq % 2 == 0 ? "click" : "view", String.format("2026-01-%02dT00:00", seq % 28 + 1),
          (int) (seq % 5), PAD, seq, Set.of("t" + seq % 3), List.of("created"), Map.of("k", "v" + seq), null));
    }
    for (long seq = 1; seq <= 5; seq++) {
      events.put(new Event("s2", seq, "view", "2026-02-01T00:00", 1, "small", 0L, null, null, null, null));
    }
  }

  @Test
  void queryReadsEveryPageInBothOrders() {
    assertTrue(client.query(b -> b.tableName("events").keyConditionExpression("#s = :s")
        .expressionAttributeNames(Map.of("#s", "stream"))
        .expressionAttributeValues(Map.of(":s", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("s1"))))
        .hasLastEvaluatedKey(), "the partition spans more than one page");
    List<Long> ascending = events.query("s1").stream().map(Event::seq).toList();
    assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), ascending);
    List<Long> descending = events.query("s1").descending().stream().map(Event::seq).toList();
    assertEquals(LongStream.rangeClosed(1, 60).map(i -> 61 - i).boxed().toList(), descending);
  }

  @Test
  void sortKeyConditions() {
    assertEquals(List.of(10L), seqs(events.query("s1", sk -> sk.eq(10L)).stream().toList()));
    assertEquals(List.of(1L, 2L), seqs(events.query("s1", sk -> sk.lt(3L)).stream().toList()));
    assertEquals(List.of(1L, 2L, 3L), seqs(events.query("s1", sk -> sk.le(3L)).stream().toList()));
    assertEquals(List.of(59L, 60L), seqs(events.query("s1", sk -> sk.gt(58L)).stream().toList()));
    assertEquals(List.of(58L, 59L, 60L), seqs(events.query("s1", sk -> sk.ge(58L)).stream().toList()));
    assertEquals(List.of(20L, 21L, 22L), seqs(events.query("s1", sk -> sk.between(20L, 22L)).stream().toList()));
  }

  @Test
  void filterLimitAndConsistentRead() {
    List<Event> clicks = events.query("s1").filter(EventSchema.TYPE.eq("click")).consistency(ReadConsistency.STRONG).stream().toList();
    assertEquals(30, clicks.size());
    assertTrue(clicks.stream().allMatch(e -> e.seq() % 2 == 0));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seqs(events.query("s1").limit(5).stream().toList()));
  }

  @Test
  void aStronglyConsistentReadOfAGlobalIndexIsRefusedBeforeSending() {
    DynamoException e = assertThrows(DynamoException.class,
        () -> events.queryByType("view").consistency(ReadConsistency.STRONG).stream());
    assertTrue(e.getMessage().contains("index 'byType'") && e.getMessage().contains("strong consistency"), e.getMessage());
    assertEquals(35, events.queryByType("view").consistency(ReadConsistency.EVENTUAL).count());
  }

  @Test
  void pagesResumeFromTheirCursor() {
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Event> page = events.query("s1").pageSize(7).page(cursor);
      page.items().forEach(e -> seen.add(e.seq()));
      cursor = page.cursor();
      pages++;
    } while (cursor != null && pages < 20);
    assertEquals(LongStream.rangeClosed(1, 60).boxed().toList(), seen);
    assertTrue(pages >= 9, "7 per page: " + pages);
    Page<Event> resumed = events.query("s1").pageSize(7).page(events.query("s1").pageSize(7).page(null).cursor());
    assertEquals(8L, resumed.items().get(0).seq());
    assertThrows(DynamoException.class, () -> events.query("s1").page("garbage!"));
  }

  @Test
  void globalIndexQuery() {
    List<Event> views = events.queryByType("view").stream().toList();
    assertEquals(35, views.size(), "30 odd events in s1 and 5 in s2");
    List<Event> febViews = events.queryByType("view", sk -> sk.beginsWith("2026-02")).stream().toList();
    assertEquals(5, febViews.size());
    assertTrue(febViews.stream().allMatch(e -> e.stream().equals("s2")));
    assertEquals(35, events.queryByType("view").count());
  }

  @Test
  void localIndexQuery() {
    List<Event> urgent = events.queryByPriority("s1", sk -> sk.eq(0)).stream().toList();
    assertEquals(12, urgent.size());
    assertTrue(urgent.stream().allMatch(e -> e.seq() % 5 == 0));
    List<Integer> priorities = events.queryByPriority("s1").descending().stream().map(Event::priority).toList();
    assertEquals(4, priorities.get(0));
    assertEquals(0, priorities.get(priorities.size() - 1));
  }

  @Test
  void countUsesSelectCount() {
    assertEquals(60, events.count("s1"));
    assertEquals(5, events.count("s2"));
    assertEquals(10, events.count("s1", sk -> sk.le(10L)));
    assertEquals(0, events.count("nobody"));
  }

  @Test
  void batchGetOfTwoHundredFiftyKeys() {
    List<Key<Event>> keys = new ArrayList<>();
    for (long seq = 1; seq <= 250; seq++) {
      keys.add(events.key(seq % 2 == 0 ? "s1" : "s2", seq));
    }
    List<Event> found = events.getAll(keys);
    // s1 has even seqs 2..60 (30), s2 has odd seqs 1, 3, 5 (3)
    assertEquals(33, found.size());
    assertEquals(seqs(found), seqs(found).stream().sorted().toList(), "in key order");
    assertTrue(events.getAll(List.of()).isEmpty());
  }

  @Test
  void batchGetRetriesUnprocessedKeys() {
    UnprocessedOnce flaky = new UnprocessedOnce(client);
    var repository = new EventRepository(DynamoDb.of(flaky));
    List<Key<Event>> keys = LongStream.rangeClosed(1, 10).mapToObj(seq -> repository.key("s1", seq)).toList();
    List<Event> found = repository.getAll(keys);
    assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(), seqs(found));
    assertEquals(2, flaky.calls, "one retry for the keys held back");
    assertFalse(flaky.heldBack.isEmpty());
  }

  private static List<Long> seqs(List<Event> list) {
    return list.stream().map(Event::seq).collect(Collectors.toList());
  }

  /** Holds back half the keys of the first BatchGetItem as UnprocessedKeys, as a throttled table does. */
  static final class UnprocessedOnce implements DynamoDbClient {
    private final DynamoDbClient real;
    int calls;
    List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> heldBack = List.of();

    UnprocessedOnce(DynamoDbClient real) {
      this.real = real;
    }

    @Override
    public software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse batchGetItem(
        software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest request) {
      calls++;
      if (calls > 1) {
        return real.batchGetItem(request);
      }
      var table = request.requestItems().keySet().iterator().next();
      var keys = request.requestItems().get(table).keys();
      heldBack = keys.subList(keys.size() / 2, keys.size());
      var served = real.batchGetItem(b -> b.requestItems(Map.of(table,
          request.requestItems().get(table).toBuilder().keys(keys.subList(0, keys.size() / 2)).build())));
      return served.toBuilder().unprocessedKeys(Map.of(table,
          request.requestItems().get(table).toBuilder().keys(heldBack).build())).build();
    }

    @Override
    public String serviceName() {
      return real.serviceName();
    }

    @Override
    public void close() {}
  }

  @Test
  void getOfAMissingSortKeyIsEmpty() {
    assertNull(events.get("s1", 999L).orElse(null));
  }
}
