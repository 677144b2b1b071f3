package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.error;
import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.EntityTable;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.ReadTransaction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** TransactGetItems on the wire: one Get per item, projections, and each item decoded by its own schema. */
class ReadTransactionWireTest extends WireTest {
  static final Order ORDER = new Order("alice", "o-1", 250, Set.of("gift"), "NEW", null, 3L);

  private EntityTable<Order> orderTable() {
    return side == Side.SYNC ? orders : ordersAsync;
  }

  @BothSides
  void eachItemIsOneGetAndIsDecodedByItsRepository(Side side) {
    on(side);
    http.on("TransactGetItems", ok(Map.of("Responses", List.of(
        Map.of("Item", wire(ORDER)),
        Map.of("Item", wire(Map.of("orderId", AttributeValue.fromS("o-2"), "total", AttributeValue.fromN("7")))),
        Map.of()))));
    ReadTransaction read = dynamo.readTransaction();
    ReadTransaction.Item<Order> order = read.get(orderTable(), orders.key("alice", "o-1"));
    ReadTransaction.Item<Order.Summary> summary = read.get(orderTable(), Get.of(orders.key("alice", "o-2")).project(OrderSchema.SUMMARY));
    ReadTransaction.Item<Note> note = read.get(side == Side.SYNC ? notes : notesAsync, notes.key("n-9"));
    ReadTransaction.Result result = call(read::execute, read::executeAsync);
    assertEquals(Optional.of(ORDER), result.get(order));
    assertEquals(Optional.of(new Order.Summary("o-2", 7)), result.get(summary));
    assertEquals(Optional.empty(), result.get(note));
    assertEquals(3, result.size());
    Sent sent = only("TransactGetItems");
    Map<String, Object> first = sent.part("TransactItems", 0, "Get");
    assertEquals(Set.of("TableName", "Key"), first.keySet());
    assertEquals(key("alice", "o-1"), WireJson.attributes(first.get("Key")));
    Map<String, Object> projected = sent.part("TransactItems", 1, "Get");
    assertEquals("orderId, total", Sent.expression(projected, "ProjectionExpression"));
    Map<String, Object> third = sent.part("TransactItems", 2, "Get");
    assertEquals("notes", third.get("TableName"));
    assertEquals(Map.of("id", AttributeValue.fromS("n-9")), WireJson.attributes(third.get("Key")));
    assertNull(sent.get("ClientRequestToken"), "a read has no token");
  }

  @BothSides
  void aCancelledReadNamesItsTables(Side side) {
    on(side);
    http.on("TransactGetItems", error(400, "TransactionCanceledException",
        Map.of("CancellationReasons", List.of(Map.of("Code", "ValidationError"), Map.of("Code", "None")))));
    ReadTransaction read = dynamo.readTransaction();
    read.get(orderTable(), orders.key("alice", "o-1"));
    read.get(side == Side.SYNC ? notes : notesAsync, notes.key("n-9"));
    DynamoException e = fails(DynamoException.class, read::execute, read::executeAsync);
    assertTrue(e.getMessage().contains("orders") && e.getMessage().contains("notes") && e.getMessage().contains("TransactGetItems"),
        e.getMessage());
  }
}
