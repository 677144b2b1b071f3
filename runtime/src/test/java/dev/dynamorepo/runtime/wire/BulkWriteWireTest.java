package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BulkWrite;
import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** BatchWriteItem on the wire: chunks of 25, unprocessed items sent again, checks before sending, and partial failures. */
class BulkWriteWireTest extends WireTest {
  static List<Note> notes(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Note("n-" + i, "text " + i)).toList();
  }

  /** @return the writes of a request to one table, in order */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> writes(Sent s, String table) {
    return (List<Map<String, Object>>) s.get("RequestItems", table);
  }

  static Map<String, AttributeValue> putItem(Map<String, Object> write) {
    return WireJson.attributes(Sent.at(write, "PutRequest", "Item"));
  }

  private Void run(Supplier<Void> sync, Supplier<CompletableFuture<Void>> async) {
    return call(sync, async);
  }

  @BothSides
  void putsGoInChunksOfTwentyFiveAsEncoded(Side side) {
    on(side);
    List<Note> all = notes(60);
    run(() -> {
      notes.batchOverwrite(all);
      return null;
    }, () -> notesAsync.batchOverwrite(all));
    List<Sent> sent = sent("BatchWriteItem");
    assertEquals(List.of(10, 25, 25), sent.stream().map(s -> writes(s, "notes").size()).sorted().toList());
    List<Map<String, AttributeValue>> written = new ArrayList<>();
    sent.forEach(s -> writes(s, "notes").forEach(w -> written.add(putItem(w))));
    assertEquals(Set.copyOf(all.stream().map(NoteSchema::toItem).toList()), Set.copyOf(written));
    assertEquals(60, written.size());
    sent.forEach(s -> assertEquals(Set.of("RequestItems"), s.body().keySet(), "no condition can go with a batch write"));
  }

  @BothSides
  void unprocessedItemsAreSentAgainAlone(Side side) {
    on(side);
    List<Note> three = notes(3);
    http.on("BatchWriteItem", ok(Map.of("UnprocessedItems", Map.of("notes", List.of(
        Map.of("PutRequest", Map.of("Item", wire(NoteSchema.toItem(three.get(1))))))))));
    run(() -> {
      notes.batchOverwrite(three);
      return null;
    }, () -> notesAsync.batchOverwrite(three));
    List<Sent> sent = sent("BatchWriteItem");
    assertEquals(2, sent.size());
    assertEquals(List.of(NoteSchema.toItem(three.get(1))), writes(sent.get(1), "notes").stream().map(BulkWriteWireTest::putItem).toList());
  }

  @BothSides
  void deletesAndSeveralTablesGoInOneRequest(Side side) {
    on(side);
    List<Key<Order>> keys = List.of(orders.key("alice", "o-1"));
    BulkWrite bulk = dynamo.bulkWrite().overwrite(side == Side.SYNC ? notes : notesAsync, notes(1))
        .delete(side == Side.SYNC ? orders : ordersAsync, keys);
    run(() -> {
      bulk.execute();
      return null;
    }, bulk::executeAsync);
    Sent sent = only("BatchWriteItem");
    assertEquals(NoteSchema.toItem(notes(1).get(0)), putItem(writes(sent, "notes").get(0)));
    assertEquals(List.of(Map.of("DeleteRequest", Map.of("Key", wire(key("alice", "o-1"))))), writes(sent, "orders"));
  }

  @BothSides
  void badBulkWritesAreRefusedBeforeSending(Side side) {
    on(side);
    List<Order> versioned = List.of(new Order("alice", "o-1", 1, null, "NEW", null, 1L));
    DynamoException version = fails(DynamoException.class, () -> {
      orders.batchOverwrite(versioned);
      return null;
    }, () -> ordersAsync.batchOverwrite(versioned));
    assertTrue(version.getMessage().contains("'orders'") && version.getMessage().contains("@Version"), version.getMessage());
    List<Note> twice = List.of(new Note("n-1", "a"), new Note("n-1", "b"));
    DynamoException duplicate = fails(DynamoException.class, () -> {
      notes.batchOverwrite(twice);
      return null;
    }, () -> notesAsync.batchOverwrite(twice));
    assertTrue(duplicate.getMessage().contains("'notes'") && duplicate.getMessage().contains("n-1"), duplicate.getMessage());
    nothingSent();
  }

  @BothSides
  void aServerErrorOnEveryAttemptLeavesTheOutcomeUnknownPerKey(Side side) {
    on(side);
    http.onEach("BatchWriteItem", s -> error(500, "InternalServerError", Map.of()));
    List<Note> three = notes(3);
    BulkWriteException e = fails(BulkWriteException.class, () -> {
      notes.batchOverwrite(three);
      return null;
    }, () -> notesAsync.batchOverwrite(three));
    assertEquals(three.stream().map(n -> Map.of("id", AttributeValue.fromS(n.id()))).toList(), e.unknown());
    assertTrue(e.done().isEmpty() && e.notDone().isEmpty());
  }

  @BothSides
  void itemsLeftUnprocessedOnEveryAttemptAreNotWritten(Side side) {
    on(side);
    List<Note> two = notes(2);
    http.onEach("BatchWriteItem", s -> ok(Map.of("UnprocessedItems", Map.of("notes", List.of(writes(s, "notes").get(0))))));
    BulkWriteException e = fails(BulkWriteException.class, () -> {
      notes.batchOverwrite(two);
      return null;
    }, () -> notesAsync.batchOverwrite(two));
    assertEquals(List.of(Map.of("id", AttributeValue.fromS("n-0"))), e.notDone());
    assertEquals(List.of(Map.of("id", AttributeValue.fromS("n-1"))), e.done().stream().map(BulkWriteException.Done::key).toList());
    assertTrue(e.unknown().isEmpty());
    assertTrue(e.getMessage().contains("'notes'") && !e.getMessage().contains("text 0"), e.getMessage());
  }
}
