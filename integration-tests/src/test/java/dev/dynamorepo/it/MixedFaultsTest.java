package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BulkWriteException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.FaultInjectingAsyncHttpClient;
import dev.dynamorepo.testing.FaultInjectingHttpClient;
import dev.dynamorepo.testing.FaultInjection;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An earlier attempt whose answer was lost makes the outcome unknown, whatever the last attempt
 * said: the SDK's first attempt is applied and its response lost, its retries are throttled (HTTP
 * 400), and the caller is never told "not written" about what is stored.
 */
@WithDynamoDb
@CleanTables
class MixedFaultsTest {
  private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

  private static Order order(String customer, String id) {
    return new Order(customer, id, 1, Set.of("a"), T, Status.NEW, "n");
  }

  /** The first request of {@code op} is applied and its answer lost; the SDK's two retries are throttled. */
  private static void lostThenThrottled(FaultInjection faults, String op) {
    faults.on(op).loseResponse();
    faults.on(op).times(2).throttle();
  }

  private static Throwable failure(Supplier<?> call) {
    try {
      call.get();
    } catch (CompletionException e) {
      return e.getCause();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  private static void assertBulkUnknown(Throwable error, OrderRepository check, String customer, int n) {
    BulkWriteException bulk = assertInstanceOf(BulkWriteException.class, error);
    assertEquals(List.of(), bulk.notDone(), "nothing that may be stored is reported not written: " + bulk.getMessage());
    assertEquals(n, bulk.unknown().size() + bulk.done().size());
    assertEquals(n, bulk.unknown().size());
    assertEquals(n, IntStream.range(0, n).filter(i -> check.get(customer, "b-" + i).isPresent()).count(), "all are stored");
  }

  @Test
  void syncWritesWhoseFirstAnswerWasLostAndRetriesThrottledAreUnknownNotRefused(LocalDynamoDb local) {
    OrderRepository check = new OrderRepository(local.dynamoDb());
    check.createTable();
    try (FaultInjectingHttpClient faults = FaultInjectingHttpClient.create();
         var client = faults.clientFor(local)) {
      DynamoDb dynamo = DynamoDb.of(client);
      OrderRepository orders = new OrderRepository(dynamo);
      List<Order> twenty = IntStream.range(0, 20).mapToObj(i -> order("bulk", "b-" + i)).toList();

      lostThenThrottled(faults, "BatchWriteItem");
      assertBulkUnknown(failure(() -> {
        orders.batchOverwrite(twenty);
        return null;
      }), check, "bulk", 20);   // before: "0 of 20 written, 20 not written"

      lostThenThrottled(faults, "PutItem");
      Throwable put = failure(() -> orders.put(order("alice", "o-1")));
      assertInstanceOf(OutcomeUnknownException.class, put, put.toString());   // before: a DynamoException (throttled)
      assertTrue(check.get("alice", "o-1").isPresent());

      lostThenThrottled(faults, "UpdateItem");
      assertInstanceOf(OutcomeUnknownException.class,
          failure(() -> orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 5L).execute()));
      assertEquals(6, check.get("alice", "o-1").orElseThrow().totalCents(), "the update was applied once");

      lostThenThrottled(faults, "DeleteItem");
      assertInstanceOf(OutcomeUnknownException.class, failure(() -> orders.delete("alice", "o-1")));
      assertTrue(check.get("alice", "o-1").isEmpty());

      lostThenThrottled(faults, "TransactWriteItems");
      OutcomeUnknownException tx = assertInstanceOf(OutcomeUnknownException.class,
          failure(() -> dynamo.transaction().put(orders, order("tx", "t-1")).commit()));
      assertTrue(tx.idempotencyToken() != null);
      assertTrue(check.get("tx", "t-1").isPresent());

      // The retry's condition fails because the lost first attempt applied the change: unknown, not a conflict.
      orders.put(order("carol", "c-1"));
      faults.on("UpdateItem").loseResponse();
      Throwable conditioned = failure(() -> orders.update("carol", "c-1").set(OrderSchema.STATUS, Status.PAID)
          .when(OrderSchema.STATUS.eq(Status.NEW)).execute());
      assertInstanceOf(OutcomeUnknownException.class, conditioned, conditioned.toString());   // before: ConflictException
      assertEquals(Status.PAID, check.get("carol", "c-1").orElseThrow().status());

      faults.on("PutItem").times(3).throttle();
      Throwable refused = failure(() -> orders.put(order("alice", "o-9")));
      assertEquals(DynamoException.class, refused.getClass(), "a request refused on every attempt was not applied");
      assertTrue(check.get("alice", "o-9").isEmpty());
    }
  }

  @Test
  void asyncWritesWhoseFirstAnswerWasLostAndRetriesThrottledAreUnknownNotRefused(LocalDynamoDb local) {
    OrderRepository check = new OrderRepository(local.dynamoDb());
    check.createTable();
    try (FaultInjectingAsyncHttpClient faults = FaultInjectingAsyncHttpClient.create();
         var client = faults.clientFor(local)) {
      OrderAsyncRepository orders = new OrderAsyncRepository(DynamoDb.of(client));

      lostThenThrottled(faults, "BatchWriteItem");
      assertBulkUnknown(failure(() -> orders.batchOverwrite(
          IntStream.range(0, 20).mapToObj(i -> order("abulk", "b-" + i)).toList()).join()), check, "abulk", 20);

      lostThenThrottled(faults, "PutItem");
      assertInstanceOf(OutcomeUnknownException.class, failure(() -> orders.put(order("bob", "o-1")).join()));
      assertTrue(check.get("bob", "o-1").isPresent());

      lostThenThrottled(faults, "DeleteItem");
      assertInstanceOf(OutcomeUnknownException.class, failure(() -> orders.delete(check.key("bob", "o-1")).join()));
      assertTrue(check.get("bob", "o-1").isEmpty());

      orders.put(order("dave", "d-1")).join();
      faults.on("UpdateItem").loseResponse();
      assertInstanceOf(OutcomeUnknownException.class, failure(() -> orders.update(check.key("dave", "d-1"))
          .set(OrderSchema.STATUS, Status.PAID).when(OrderSchema.STATUS.eq(Status.NEW)).executeAsync().join()));
      assertEquals(Status.PAID, check.get("dave", "d-1").orElseThrow().status());

      faults.on("PutItem").times(3).throttle();
      assertEquals(DynamoException.class, failure(() -> orders.put(order("bob", "o-9")).join()).getClass());
      assertTrue(check.get("bob", "o-9").isEmpty());
    }
  }
}
