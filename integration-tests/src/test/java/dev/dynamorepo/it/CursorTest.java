package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.FaultInjectingHttpClient;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cursors are sealed: bound to their table, index and query, signed with the connection's key,
 * optionally encrypted; every misuse is refused before any request is sent.
 */
@WithDynamoDb
@CleanTables
class CursorTest {
  private static final byte[] SHARED = "a key that two servers share...".getBytes(StandardCharsets.UTF_8);
  private FaultInjectingHttpClient faults;
  private DynamoDbClient client;
  private OrderRepository orders;
  private CustomerRepository customers;

  @BeforeEach
  void setUp(LocalDynamoDb local) {
    faults = FaultInjectingHttpClient.create();
    client = faults.clientFor(local);
    orders = new OrderRepository(DynamoDb.of(client));
    customers = new CustomerRepository(DynamoDb.of(client));
    orders.createTable();
    customers.createTable();
    for (int i = 0; i < 9; i++) {
      orders.put(new Order(i < 6 ? "alice" : "bob", String.format("o-%02d", i), i, Set.of("t"), Instant.EPOCH, Status.NEW, null));
      customers.put(new Customer("c" + i, "C", null, null, i));
    }
  }

  @AfterEach
  void tearDown() {
    client.close();
    faults.close();
  }

  private void refusedBeforeSending(Function<String, ?> read, String cursor) {
    faults.reset();
    DynamoException e = assertThrows(DynamoException.class, () -> read.apply(cursor));
    assertTrue(e.getMessage().contains("the cursor is not one this DynamoDb issued"), e.getMessage());
    assertEquals(0, faults.requests("Query") + faults.requests("Scan"), "nothing was sent");
  }

  @Test
  void everyTamperedOrForeignCursorIsRefusedBeforeSending() {
    String cursor = orders.query("alice").pageSize(2).page(null).cursor();
    Function<String, ?> next = c -> orders.query("alice").pageSize(2).page(c);
    assertEquals(2, next.apply(cursor) instanceof Page<?> p ? p.items().size() : -1, "the genuine cursor resumes");
    refusedBeforeSending(next, cursor.substring(0, cursor.length() - 3));                       // truncated
    char[] edited = cursor.toCharArray();
    edited[5] = edited[5] == 'A' ? 'B' : 'A';
    refusedBeforeSending(next, new String(edited));                                             // one character changed
    refusedBeforeSending(c -> orders.query("bob").pageSize(2).page(c), cursor);                 // another query
    refusedBeforeSending(c -> orders.query("alice").descending().pageSize(2).page(c), cursor);  // another direction
    refusedBeforeSending(c -> orders.scanner().pageSize(2).page(c), cursor);                    // a scan
    refusedBeforeSending(c -> new OrderRepository(DynamoDb.of(client)).query("alice").page(c), cursor);  // another connection's key
    String scanCursor = customers.scanner().pageSize(2).page(null).cursor();
    refusedBeforeSending(c -> orders.scanner().pageSize(2).page(c), scanCursor);                // another table
    refusedBeforeSending(next, "garbage!");
  }

  @Test
  void serversThatShareTheKeyAcceptEachOthersCursors(LocalDynamoDb local) {
    DynamoDb one = DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentialsProvider(local.credentials())
        .cursorKey(SHARED).build();
    DynamoDb two = DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentialsProvider(local.credentials())
        .cursorKey(SHARED).build();
    String cursor = new OrderRepository(one).query("alice").pageSize(4).page(null).cursor();
    assertEquals(2, new OrderRepository(two).query("alice").pageSize(4).page(cursor).items().size());
    one.close();
    two.close();
  }

  @Test
  void encryptedCursorsHideTheKeyAndStillResume(LocalDynamoDb local) {
    DynamoDb sealed = DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentialsProvider(local.credentials())
        .cursorKey(SHARED).encryptCursors(true).build();
    OrderRepository repo = new OrderRepository(sealed);
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Order> page = repo.query("alice").pageSize(4).page(cursor);
      page.items().forEach(o -> seen.add(o.orderId()));
      cursor = page.cursor();
      if (cursor != null) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor.substring(1)), StandardCharsets.ISO_8859_1);
        assertFalse(decoded.contains("o-0") || decoded.contains("alice") || cursor.contains("YWxpY2"), "the cursor shows the key: " + cursor);
      }
    } while (cursor != null);
    assertEquals(6, seen.size());
    String plain = orders.query("alice").pageSize(4).page(null).cursor();
    assertThrows(DynamoException.class, () -> repo.query("alice").pageSize(4).page(plain), "a signed-only cursor is refused");
    sealed.close();
  }
}
