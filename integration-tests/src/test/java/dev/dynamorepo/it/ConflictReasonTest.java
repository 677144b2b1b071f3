package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.CancellationReason;
import dev.dynamorepo.runtime.ConflictException.Reason;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Transaction;
import dev.dynamorepo.runtime.Update;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A refused write says why (item exists, item missing, stale version, failed condition) and gives
 * the stored entity DynamoDB returned with the refusal: single writes sync and async, and each
 * action of a cancelled transaction. Messages name keys only.
 */
@WithDynamoDb
@CleanTables
class ConflictReasonTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");
  private DynamoDb dynamo;
  private OrderRepository orders;
  private DocRepository docs;

  @BeforeEach
  void setUp(DynamoDb dynamo) {
    this.dynamo = dynamo;
    orders = new OrderRepository(dynamo);
    docs = new DocRepository(dynamo);
    orders.createTable();
    docs.createTable();
  }

  private static Order order(String id, Status status) {
    return new Order("alice", id, 100, Set.of("gift"), T, status, "secret-note");
  }

  private static ConflictException sync(Executable call) {
    return assertThrows(ConflictException.class, call);
  }

  private static ConflictException async(CompletableFuture<?> call) {
    return assertInstanceOf(ConflictException.class, assertThrows(CompletionException.class, call::join).getCause());
  }

  /** The message names the table and the key, never another attribute's value. */
  private static void keysOnly(ConflictException e, String table, String key) {
    assertTrue(e.getMessage().contains("'" + table + "'") && e.getMessage().contains(key), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void aCreateOnlyPutOfAnExistingKeyIsItemExistsWithTheStoredEntity() {
    Order stored = orders.put(order("o-1", Status.NEW));
    for (ConflictException e : List.of(sync(() -> orders.put(order("o-1", Status.PAID))),
        async(orders.async().put(order("o-1", Status.PAID))))) {
      assertEquals(Reason.ITEM_EXISTS, e.reason());
      assertEquals(Optional.of(stored), e.stored(Order.class));
      assertEquals(Optional.empty(), e.stored(Doc.class), "another type is not the stored entity");
      assertTrue(e.getMessage().contains("exists already"), e.getMessage());
      keysOnly(e, "orders", "orderId=o-1");
    }
  }

  @Test
  void aStrictUpdateOrDeleteOfAMissingItemIsItemMissingWithNothingStored() {
    List<ConflictException> refused = List.of(
        sync(() -> docs.update(new Doc("nope", "secret", 1L))),
        async(docs.async().update(new Doc("nope", "secret", 1L))),
        sync(() -> orders.update("alice", "none").set(OrderSchema.NOTE, "secret").execute()),
        async(orders.async().update("alice", "none").set(OrderSchema.NOTE, "secret").executeAsync()),
        sync(() -> orders.deleteAttributes("alice", "none", OrderSchema.NOTE)),
        sync(() -> docs.delete(new Doc("nope", "secret", 3L))),
        async(docs.async().delete(new Doc("nope", "secret", 3L))));
    for (ConflictException e : refused) {
      assertEquals(Reason.ITEM_MISSING, e.reason(), e.getMessage());
      assertEquals(Optional.empty(), e.stored(Object.class));
      assertEquals(OptionalLong.empty(), e.storedVersion());
      assertTrue(e.getMessage().contains("the item does not exist"), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void aStaleVersionOnUpdateUpsertAndDeleteIsVersionMismatchWithBothVersionsAndTheStoredEntity() {
    Doc read = docs.put(new Doc("d", "v1", null));
    Doc newer = docs.update(new Doc("d", "secret-v2", read.version()));
    Doc stale = new Doc("d", "stale", read.version());
    List<ConflictException> refused = List.of(sync(() -> docs.update(stale)), async(docs.async().update(stale)),
        sync(() -> docs.upsert(stale)), async(docs.async().upsert(stale)),
        sync(() -> docs.delete(read)), async(docs.async().delete(read)));
    for (ConflictException e : refused) {
      assertEquals(Reason.VERSION_MISMATCH, e.reason(), e.getMessage());
      assertEquals(OptionalLong.of(2), e.storedVersion());
      assertEquals(OptionalLong.of(1), e.expectedVersion());
      assertEquals(Optional.of(newer), e.stored(Doc.class));
      keysOnly(e, "docs", "id=d");
      assertFalse(e.getMessage().contains("2"), "no version numbers in the message: " + e.getMessage());
    }
    assertEquals(OptionalLong.empty(), sync(() -> docs.upsert(new Doc("d", "blind", null))).expectedVersion(),
        "an entity that held no version expected none");
  }

  @Test
  void aFailedCallerConditionIsConditionFailedWithTheStoredEntity() {
    Order stored = orders.put(order("o-1", Status.NEW));
    Doc doc = docs.put(new Doc("d", "secret", null));
    List<ConflictException> refused = List.of(
        sync(() -> orders.update(Update.of(order("o-1", Status.NEW)).when(OrderSchema.STATUS.eq(Status.PAID)))),
        async(orders.async().update(Update.of(order("o-1", Status.NEW)).when(OrderSchema.STATUS.eq(Status.PAID)))),
        sync(() -> orders.update("alice", "o-1").set(OrderSchema.NOTE, "x").when(OrderSchema.STATUS.eq(Status.PAID)).execute()),
        sync(() -> orders.delete(Delete.of(orders.key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.PAID)))),
        async(orders.async().delete(Delete.of(orders.async().key("alice", "o-1")).when(OrderSchema.STATUS.eq(Status.PAID)))));
    for (ConflictException e : refused) {
      assertEquals(Reason.CONDITION_FAILED, e.reason(), e.getMessage());
      assertEquals(Optional.of(stored), e.stored(Order.class));
      keysOnly(e, "orders", "orderId=o-1");
    }
    ConflictException versioned = sync(() -> docs.update(Update.of(doc).when(DocSchema.BODY.eq("other"))));
    assertEquals(Reason.CONDITION_FAILED, versioned.reason(), "the version matches: the caller's condition failed");
    assertEquals(OptionalLong.of(1), versioned.storedVersion());
    assertEquals(OptionalLong.of(1), versioned.expectedVersion());
    assertEquals(Optional.of(doc), versioned.stored(Doc.class));
  }

  @Test
  void anUndecodableStoredItemGivesNoEntityAndNoSecondErrorButStillTheReason(DynamoDbClient raw) {
    // Written by another program: a version stored as a string, which Doc cannot read.
    raw.putItem(b -> b.tableName("docs").item(Map.of("id", AttributeValue.fromS("d"), "version", AttributeValue.fromS("7"))));
    assertThrows(RuntimeException.class, () -> docs.get("d"), "the item cannot be read as a Doc");
    ConflictException e = sync(() -> docs.update(new Doc("d", "mine", 1L)));
    assertEquals(Reason.VERSION_MISMATCH, e.reason(), "from the raw version attribute");
    assertEquals(OptionalLong.empty(), e.storedVersion(), "not a number");
    assertEquals(OptionalLong.of(1), e.expectedVersion());
    assertEquals(Optional.empty(), e.stored(Doc.class));
    assertEquals(Reason.ITEM_EXISTS, sync(() -> docs.put(new Doc("d", "again", null))).reason());
  }

  @Test
  void eachCancelledTransactionActionSaysWhyAndTheExceptionTellsTheFirst() {
    Order stored = orders.put(order("o-1", Status.NEW));
    Order other = orders.put(order("o-2", Status.NEW));
    Doc read = docs.put(new Doc("d", "v1", null));
    Doc newer = docs.update(new Doc("d", "v2", read.version()));
    for (boolean async : new boolean[] {false, true}) {
      Transaction tx = dynamo.transaction()
          .put(orders, order("o-1", Status.PAID))                                          // ITEM_EXISTS
          .update(docs, new Doc("missing", "x", 1L))                                        // ITEM_MISSING
          .update(docs, new Doc("d", "stale", read.version()))                               // VERSION_MISMATCH
          .conditionCheck(orders, orders.key("alice", "o-2"), OrderSchema.STATUS.eq(Status.PAID))   // CONDITION_FAILED
          .put(orders, order("o-3", Status.NEW));                                           // fine
      ConflictException e = async ? async(tx.commitAsync()) : sync(tx::commit);
      List<CancellationReason> reasons = e.reasons();
      assertEquals(Reason.ITEM_EXISTS, reasons.get(0).conflict().reason());
      assertEquals(Optional.of(stored), reasons.get(0).conflict().stored(Order.class));
      assertEquals(Reason.ITEM_MISSING, reasons.get(1).conflict().reason());
      assertEquals(Optional.empty(), reasons.get(1).conflict().stored(Doc.class));
      assertEquals(Reason.VERSION_MISMATCH, reasons.get(2).conflict().reason());
      assertEquals(OptionalLong.of(2), reasons.get(2).conflict().storedVersion());
      assertEquals(OptionalLong.of(1), reasons.get(2).conflict().expectedVersion());
      assertEquals(Optional.of(newer), reasons.get(2).conflict().stored(Doc.class));
      assertEquals(Reason.CONDITION_FAILED, reasons.get(3).conflict().reason());
      assertEquals(Optional.of(other), reasons.get(3).conflict().stored(Order.class));
      assertNull(reasons.get(4).conflict(), "an action that did not fail has no conflict");
      assertEquals(Reason.ITEM_EXISTS, e.reason(), "the exception tells the first failed action");
      assertEquals(Optional.of(stored), e.stored(Order.class));
      keysOnly(e, "orders", "orderId=o-1");
      assertTrue(e.getMessage().contains("an item with this key exists already"), e.getMessage());
    }
    assertEquals(Optional.empty(), orders.get("alice", "o-3"), "nothing written");
  }
}
