package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TransactionResult;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Auto-increment keys from the counter shared with the Python helper, on the local server. */
@WithDynamoDb
@CleanTables
class AutoIncrementTest {
  private DynamoDbClient client;
  private DynamoDb dynamo;
  private TicketRepository tickets;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    this.dynamo = DynamoDb.of(client);
    tickets = new TicketRepository(dynamo);
    tickets.createTable();
  }

  private Map<String, AttributeValue> counterItem(String table) {
    return client.getItem(b -> b.tableName(table + "_SysItems")
        .key(Map.of("pk_id", AttributeValue.fromS("__PK_VALUE_COUNTER__")))).item();
  }

  @Test
  void idsAreSequentialAndTheCounterItemHasThePythonLayout() {
    Map<String, AttributeValue> initial = counterItem("tickets");
    assertEquals(Set.of("pk_id", "current_counter_value", "last_modified_timestamp"), initial.keySet());
    assertEquals("0", initial.get("current_counter_value").n());
    for (long i = 1; i <= 5; i++) {
      assertEquals(i, tickets.put(new Ticket(null, "t" + i)).id());
    }
    Map<String, AttributeValue> after = counterItem("tickets");
    assertEquals("5", after.get("current_counter_value").n());
    long nanos = Long.parseLong(after.get("last_modified_timestamp").n());
    long now = System.currentTimeMillis() * 1_000_000L;
    assertTrue(Math.abs(now - nanos) < 60_000_000_000L, "nanoseconds since the epoch: " + nanos);
    assertTrue(nanos > Long.parseLong(initial.get("last_modified_timestamp").n()));
    assertEquals(Optional.of(new Ticket(3L, "t3")), tickets.get(3L));
  }

  @Test
  void aCounterUpdateFromAStaleReadIsRefused() {
    // What keeps the counter from moving backwards when a slow writer commits after faster ones:
    // between this put's counter read and its transaction, other writers take ids 1..5.
    FaultyClient faulty = new FaultyClient(client).beforeNextTransaction(() -> client.updateItem(b -> b
        .tableName("tickets_SysItems").key(Map.of("pk_id", AttributeValue.fromS("__PK_VALUE_COUNTER__")))
        .updateExpression("SET current_counter_value = :v, last_modified_timestamp = :t")
        .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("5"),
            ":t", AttributeValue.fromN(Long.toString(System.currentTimeMillis() * 1_000_000L + 7))))));
    TicketRepository slow = new TicketRepository(DynamoDb.of(faulty));
    assertEquals(6L, slow.put(new Ticket(null, "slow writer")).id(), "the stale transaction was refused and retried");
    assertEquals("6", counterItem("tickets").get("current_counter_value").n());
    assertEquals(2, faulty.transactCalls.get());
  }

  @Test
  void deletedIdsAreNeverReissued() {
    for (int i = 0; i < 3; i++) {
      tickets.put(new Ticket(null, "t"));
    }
    tickets.delete(3L);
    assertEquals(4L, tickets.put(new Ticket(null, "after delete")).id());
  }

  @Test
  void aKeyGivenByTheCallerIsKeptAndTheCounterUntouched() {
    assertEquals(new Ticket(42L, "given"), tickets.put(new Ticket(42L, "given")));
    assertEquals("0", counterItem("tickets").get("current_counter_value").n());
    assertEquals(1L, tickets.put(new Ticket(null, "next")).id());
  }

  @Test
  void anIdTakenByACallerGivenKeyIsSkippedNotDuplicated() {
    tickets.put(new Ticket(1L, "given"));
    assertEquals(2L, tickets.put(new Ticket(null, "generated")).id());
    assertEquals("given", tickets.get(1L).orElseThrow().title());
  }

  @Test
  void aPutWithoutACounterNamesInitCounter() {
    var labels = new LabelRepository(dynamo);
    client.createTable(b -> b.tableName("labels").billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("id").attributeType("S")));
    DynamoException e = assertThrows(DynamoException.class, () -> labels.put(new Label(null, "x")));
    assertTrue(e.getMessage().contains("initCounter()") && e.getMessage().contains("labels_SysItems"), e.getMessage());
    labels.initCounter();
    labels.initCounter(); // idempotent: keeps the value
    assertEquals("1", labels.put(new Label(null, "x")).id());
    assertEquals("2", labels.put(new Label(null, "y")).id());
  }

  @Test
  void severalPutsInOneTransactionShareOneCounterUpdate() {
    tickets.put(new Ticket(null, "first"));
    TransactionResult r = dynamo.transaction()
        .put(tickets, new Ticket(null, "a"))
        .put(tickets, new Ticket(null, "b"))
        .put(tickets, new Ticket(null, "c"))
        .commit();
    assertEquals(List.of(2L, 3L, 4L), List.of(r.get(0, Ticket.class).id(), r.get(1, Ticket.class).id(), r.get(2, Ticket.class).id()));
    assertEquals("4", counterItem("tickets").get("current_counter_value").n());
    assertEquals(4, tickets.count());
  }

  @Test
  void sixThreadsTimesTwentyFivePutsGiveOneHundredFiftyDistinctIds() throws Exception {
    ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 25; i++) {
          ids.add(tickets.put(new Ticket(null, thread + "-" + i)).id());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    Set<Long> expected = LongStream.rangeClosed(1, 150).boxed().collect(Collectors.toSet());
    assertEquals(expected, new TreeSet<>(ids), "150 distinct ids, no gaps");
    assertEquals(150, tickets.count());
    assertEquals("150", counterItem("tickets").get("current_counter_value").n());
  }

  @Test
  void fastModesNeverDuplicate() throws Exception {
    var fast = new FastTicketRepository(dynamo);
    var block = new BlockTicketRepository(dynamo);
    fast.createTable();
    block.createTable();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ConcurrentLinkedQueue<Long> fastIds = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> blockIds = new ConcurrentLinkedQueue<>();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < 15; i++) {
          fastIds.add(fast.put(new FastTicket(null, "f")).id());
          blockIds.add(block.put(new BlockTicket(null, "b")).id());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(60, new TreeSet<>(fastIds).size());
    assertEquals(60, new TreeSet<>(blockIds).size());
    assertEquals(60, fast.count());
    assertEquals("60", counterItem("block_tickets").get("current_counter_value").n(), "six blocks of ten");
    assertEquals("60", counterItem("fast_tickets").get("current_counter_value").n());
    // The fast mode still moves last_modified_timestamp, so gapless Python writers see the change.
    assertTrue(Long.parseLong(counterItem("fast_tickets").get("last_modified_timestamp").n()) > 0);
  }

  @Test
  void javaAndPythonWritersShareTheCounterWithoutDuplicates(LocalDynamoDb local) throws Exception {
    assumeTrue(pythonHasBoto3(), "python3 with boto3 is not installed here: the mixed Java/Python writer test needs it");
    Path script = Path.of(getClass().getResource("/python_helper_writer.py").toURI());
    Process python = new ProcessBuilder("python3", script.toString(), local.endpoint().toString(), "tickets", "id", "40")
        .redirectErrorStream(true).start();
    ConcurrentLinkedQueue<Long> javaIds = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < 20; i++) {
          javaIds.add(tickets.put(new Ticket(null, "java")).id());
        }
      }));
    }
    List<Long> pythonIds = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        pythonIds.add(Long.parseLong(line.trim()));
      }
    }
    assertTrue(python.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, python.exitValue());
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(40, pythonIds.size());
    Set<Long> all = new TreeSet<>(javaIds);
    all.addAll(pythonIds);
    assertEquals(LongStream.rangeClosed(1, 100).boxed().collect(Collectors.toSet()), all, "no duplicate, no gap");
    assertEquals(100, tickets.count(), "no item lost");
  }

  private static boolean pythonHasBoto3() {
    try {
      return new ProcessBuilder("python3", "-c", "import boto3").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
