package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BatchGet;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Bad input is refused before any request is sent, with a message that names the problem and the
 * table or attribute. Several of these moto would accept (MOTO.md), so a request counter proves
 * nothing was sent and the table stays empty.
 */
@WithDynamoDb
@CleanTables
class BadInputTest {
  private final AtomicInteger requests = new AtomicInteger();
  private BlobRepository blobs;
  private OrderRepository orders;

  @BeforeEach
  void setUp(DynamoDbClient shared) {
    new BlobRepository(DynamoDb.of(shared)).createTable();
    new OrderRepository(DynamoDb.of(shared)).createTable();
    var local = dev.dynamorepo.testing.LocalDynamoDb.get();
    DynamoDb counting = DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentials("test", "test")
        .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
          @Override
          public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            requests.incrementAndGet();
          }
        })).build();
    blobs = new BlobRepository(counting);
    orders = new OrderRepository(counting);
  }

  private void refused(Executable call, String... phrases) {
    DynamoException e = assertThrows(DynamoException.class, call);
    for (String phrase : phrases) {
      assertTrue(e.getMessage().contains(phrase), "'" + phrase + "' missing from: " + e.getMessage());
    }
    assertEquals(0, requests.get(), "nothing may be sent");
    assertEquals(0, blobs.count());
    requests.set(0);
  }

  /** The failure of an async call, as the sync call would throw it. */
  private static void joined(java.util.concurrent.CompletableFuture<?> call) {
    try {
      call.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  @Test
  void nullItemsAndKeysOfManyItemCallsAreRefusedNamingTheTableAndPosition() {
    Order order = new Order("alice", "o-1", 1, java.util.Set.of(), null, Status.NEW, "n");
    java.util.List<Order> items = java.util.Arrays.asList(order, null);
    java.util.List<dev.dynamorepo.runtime.Key<Order>> keys = java.util.Arrays.asList(orders.key("alice", "o-1"), null);
    // before: a bare NullPointerException from List.copyOf or the key check
    refused(() -> orders.batchOverwrite(items), "table 'orders'", "batchOverwrite", "item at position 1 is null");
    refused(() -> orders.batchOverwrite(null), "table 'orders'", "batchOverwrite: the items are null");
    refused(() -> orders.batchDelete(keys), "table 'orders'", "batchDelete: the key at position 1 is null");
    refused(() -> orders.deleteAll(keys), "table 'orders'", "deleteAll", "key at position 1 is null");
    refused(() -> orders.getAll(keys), "table 'orders'", "getAll", "key at position 1 is null");
    refused(() -> orders.getAll(BatchGet.of(keys).project(OrderSummarySchema.PROJECTION)), "table 'orders'", "key at position 1 is null");
    refused(() -> orders.dynamo().bulkWrite().overwrite(orders, items).execute(), "table 'orders'", "position 1");
    refused(() -> orders.dynamo().bulkWrite().delete(orders, keys).execute(), "table 'orders'", "position 1");
    OrderAsyncRepository async = orders.async();
    refused(() -> joined(async.batchOverwrite(items)), "table 'orders'", "item at position 1 is null");
    refused(() -> joined(async.batchDelete(keys)), "table 'orders'", "key at position 1 is null");
    refused(() -> joined(async.deleteAll(keys)), "table 'orders'", "key at position 1 is null");
    refused(() -> joined(async.getAll(keys)), "table 'orders'", "key at position 1 is null");
    refused(() -> joined(async.getAll(BatchGet.of(keys).project(OrderSummarySchema.PROJECTION))), "table 'orders'", "key at position 1 is null");
    assertEquals(0, orders.count());
  }

  @Test
  void nullAndEmptyKeys() {
    refused(() -> blobs.put(new Blob(null, "p", "x", null, null)), "blobs", "'id'", "null");
    refused(() -> blobs.put(new Blob("", "p", "x", null, null)), "blobs", "'id'", "empty");
    refused(() -> blobs.put(new Blob("b", "", "x", null, null)), "blobs", "'part'", "empty");
    refused(() -> blobs.get("b", null), "'part'", "null");
    refused(() -> orders.delete("", "o"), "orders", "'customerId'", "empty");
  }

  @Test
  void keysOverDynamoDbsSizeLimits() {
    refused(() -> blobs.put(new Blob("k".repeat(2049), "p", null, null, null)), "'id'", "2049 bytes", "2048");
    refused(() -> blobs.put(new Blob("k", "s".repeat(1025), null, null, null)), "'part'", "1025 bytes", "1024");
    refused(() -> blobs.key("é".repeat(1025), "p"), "2050 bytes");
  }

  @Test
  void itemsOverFourHundredKilobytes() {
    refused(() -> blobs.put(new Blob("b", "p", "x".repeat(410_000), null, null)), "blobs", "400 KB");
    refused(() -> blobs.upsert(new Blob("b", "p", "x".repeat(410_000), null, null)), "400 KB");
  }

  @Test
  void numbersDynamoDbCannotStore() {
    refused(() -> blobs.put(new Blob("b", "p", null, new BigDecimal("1234567890123456789012345678901234567890"), null)),
        "'amount'", "39 significant digits", "38");
    refused(() -> blobs.put(new Blob("b", "p", null, new BigDecimal("1E+126"), null)), "'amount'", "range");
    refused(() -> blobs.put(new Blob("b", "p", null, new BigDecimal("1E-131"), null)), "'amount'", "range");
  }

  @Test
  void emptyAttributeNameInAStoredMap() {
    refused(() -> blobs.put(new Blob("b", "p", null, null, Map.of("", "v"))), "'extra'", "empty attribute names");
  }

  @Test
  void partialUpdateWithNothingSet() {
    refused(() -> blobs.update("b", "p").execute(), "blobs", "sets nothing");
  }

  @Test
  void serverErrorsAreWrappedWithTheTableAndOperation(DynamoDbClient shared) {
    var missing = new dev.dynamorepo.runtime.Repository<Blob>(DynamoDb.of(shared),
        dev.dynamorepo.runtime.support.EntitySchema.builder(Blob.class, "no_such_table")
            .partitionKey(BlobSchema.ID).sortKey(BlobSchema.PART).attributes(BlobSchema.ID, BlobSchema.PART)
            .mapper(BlobSchema::toItem, BlobSchema::fromItem).build()) {};
    DynamoException e = assertThrows(DynamoException.class, missing::count);
    assertTrue(e.getMessage().contains("'no_such_table'") && e.getMessage().contains("Scan"), e.getMessage());
    assertTrue(e.getCause() instanceof software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException);
  }
}
