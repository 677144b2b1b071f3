package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items written by someone else with an attribute of another DynamoDB type than the entity's are
 * refused on every read path (get, query, scan; sync and async) with the table, the item's key,
 * the attribute's path and both types, and never the value. Before, most of these read silently as
 * an empty or null value (a nested record stored as S became a record of nulls).
 */
@WithDynamoDb
@CleanTables
class StoredTypeReadsTest {
  private static final String SECRET = "SECRET-VALUE-123";
  private static final AttributeValue S = AttributeValue.fromS(SECRET);
  private static final AttributeValue N = AttributeValue.fromN("123456789");

  private DynamoDbClient client;
  private EverythingRepository everything;
  private OrderRepository orders;

  @BeforeEach
  void setUp(DynamoDb dynamo) {
    this.client = dynamo.client();
    everything = new EverythingRepository(dynamo);
    everything.createTable();
    orders = new OrderRepository(dynamo);
    orders.createTable();
  }

  /** One hostile attribute per item: the path (list indexes as numbers), what is stored there, the message's end. */
  private record Case(String id, List<Object> path, AttributeValue stored, String says) {}

  private static final List<Case> CASES = List.of(
      new Case("nested-as-S", List.of("address"), S, "'address' is stored as S, expected M"),
      new Case("nested-field", List.of("address", "city"), N, "'address.city' is stored as N, expected S"),
      new Case("deep-field", List.of("history", 0, "geo", "lat"), S, "'history[0].geo.lat' is stored as S, expected N"),
      new Case("list-in-map-in-list", List.of("deep", 0, "k", 1), S, "'deep[0].k[1]' is stored as S, expected N"),
      new Case("map-value", List.of("scores", "math"), S, "'scores.math' is stored as S, expected N"),
      new Case("list-as-M", List.of("names"), AttributeValue.fromM(Map.of("x", S)), "'names' is stored as M, expected L"),
      new Case("set-as-S", List.of("tags"), S, "'tags' is stored as S, expected SS"),
      new Case("number-set-as-SS", List.of("numbers"), AttributeValue.fromSs(List.of(SECRET)), "'numbers' is stored as SS, expected NS"),
      new Case("primitive", List.of("count"), S, "'count' is stored as S, expected N"),
      new Case("boolean", List.of("flag"), S, "'flag' is stored as S, expected BOOL"),
      new Case("binary", List.of("blob"), S, "'blob' is stored as S, expected B"),
      new Case("enum", List.of("status"), N, "'status' is stored as N, expected S"),
      new Case("optional", List.of("nickname"), N, "'nickname' is stored as N, expected S"),
      new Case("converter", List.of("price"), N, "'price' is stored as N, expected S"),
      new Case("time", List.of("instant"), S, "'instant' is not a valid Instant (DateTimeParseException)"));

  @Test
  void everyAttributeOfAnotherStoredTypeIsRefusedOnGetSyncAndAsync() {
    for (Case c : CASES) {
      store(c);
      String expected = "table 'everything': the item {id=" + c.id() + "} cannot be read: attribute " + c.says();
      refused(() -> everything.get(c.id()), expected);
      refused(joined(() -> everything.async().get(c.id())), expected);
    }
  }

  @Test
  void scanRefusesTheItemSyncAndAsync() {
    store(CASES.get(2));
    String expected = "table 'everything': the item {id=deep-field} cannot be read: attribute " + CASES.get(2).says();
    refused(() -> everything.scan().toList(), expected);
    refused(joined(() -> Publishers.collect(everything.async().scan())), expected);
  }

  @Test
  void queryPagesAndProjectionsRefuseTheItemSyncAndAsync() {
    Map<String, AttributeValue> item = new HashMap<>(OrderSchema.toItem(
        new Order("alice", "o-1", 100, java.util.Set.of("a"), Instant.EPOCH, Status.NEW, "note")));
    item.put("status", AttributeValue.fromM(Map.of("s", S)));
    client.putItem(b -> b.tableName("orders").item(item));
    String expected = "table 'orders': the item {customerId=alice, orderId=o-1} cannot be read: "
        + "attribute 'status' is stored as M, expected S";
    refused(() -> orders.query("alice").stream().toList(), expected);
    refused(joined(() -> orders.async().query("alice").pageAsync(null)), expected);
    refused(joined(() -> Publishers.collect(orders.async().query("alice").publisher())), expected);
    // a projection holds only the key attributes it reads (orderId); those are what the message names
    String projected = expected.replace("customerId=alice, ", "");
    refused(() -> orders.query("alice").project(OrderSummarySchema.PROJECTION).stream().toList(), projected);
    refused(() -> orders.get(Get.of(orders.key("alice", "o-1")).project(OrderSummarySchema.PROJECTION)), projected);
  }

  @Test
  void aBeanReadThroughItsSettersIsRefusedToo(DynamoDb dynamo) {
    InvoiceRepository invoices = new InvoiceRepository(dynamo);
    invoices.createTable();
    client.putItem(b -> b.tableName("invoices").item(Map.of("id", AttributeValue.fromS("i-1"), "cents", S)));
    refused(() -> invoices.get("i-1"),
        "table 'invoices': the item {id=i-1} cannot be read: attribute 'cents' is stored as S, expected N");
  }

  @Test
  void nullStaysAbsent() {
    Map<String, AttributeValue> item = new HashMap<>(EverythingSchema.toItem(sample("nul")));
    item.put("address", AttributeValue.fromNul(true));
    item.put("nickname", AttributeValue.fromNul(true));
    client.putItem(b -> b.tableName("everything").item(item));
    Everything read = everything.get("nul").orElseThrow();
    assertNull(read.address());
    assertEquals(Optional.empty(), read.nickname());
  }

  private static Everything sample(String id) {
    return InteropTest.sample(id, ByteBuffer.wrap(new byte[] {1}), Optional.of("Ed"));
  }

  /** A valid item with one attribute, found by its path, replaced by the case's value. */
  private void store(Case c) {
    Map<String, AttributeValue> item = EverythingSchema.toItem(sample(c.id()));
    client.putItem(b -> b.tableName("everything").item(replaced(AttributeValue.fromM(item), c.path(), c.stored()).m()));
  }

  private static AttributeValue replaced(AttributeValue in, List<Object> path, AttributeValue value) {
    if (path.isEmpty()) {
      return value;
    }
    Object step = path.get(0);
    List<Object> rest = path.subList(1, path.size());
    if (step instanceof Integer i) {
      List<AttributeValue> list = new ArrayList<>(in.l());
      list.set(i, replaced(list.get(i), rest, value));
      return AttributeValue.fromL(list);
    }
    Map<String, AttributeValue> map = new HashMap<>(in.m());
    map.put((String) step, replaced(map.get(step), rest, value));
    return AttributeValue.fromM(map);
  }

  private static Executable joined(Supplier<CompletableFuture<?>> call) {
    return () -> {
      try {
        call.get().join();
      } catch (CompletionException e) {
        throw e.getCause();
      }
    };
  }

  private static void refused(Executable read, String expected) {
    DynamoException e = assertThrows(DynamoException.class, read);
    assertEquals(expected, e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains(SECRET), () -> "cause: " + e.getCause());
    assertInstanceOf(DynamoException.class, e);
  }
}
