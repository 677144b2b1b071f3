package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.NullPolicy;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** TTL, timestamps and generated ids on every write path: put, update, partial update, upsert, transaction, bulk. */
@WithDynamoDb
@CleanTables
class LifecycleTest {
  private DynamoDbClient raw;
  private SessionRepository sessions;
  private DynamoDb dynamo;

  @BeforeEach
  void setUp(DynamoDbClient raw, DynamoDb dynamo, SessionRepository sessions) {
    this.raw = raw;
    this.dynamo = dynamo;
    this.sessions = sessions;
    sessions.createTable();
  }

  private Map<String, AttributeValue> stored(String id) {
    return raw.getItem(b -> b.tableName("sessions").key(Map.of("id", AttributeValue.fromS(id)))).item();
  }

  private static void recent(Instant t) {
    assertNotNull(t);
    assertTrue(Duration.between(t, Instant.now()).abs().getSeconds() < 60, "now-ish: " + t);
  }

  @Test
  void putGeneratesTheIdAndSetsTimestampsAndTheTtlAsEpochSeconds() {
    Session s = sessions.put(new Session(null, "ann", Set.of(), null, null, null));
    assertEquals(26, s.id().length(), "a ULID: " + s.id());
    assertTrue(s.id().matches("[0-9A-HJKMNP-TV-Z]{26}"), s.id());
    recent(s.createdAt());
    assertEquals(s.createdAt(), s.updatedAt());
    Map<String, AttributeValue> item = stored(s.id());
    assertEquals(Long.toString(s.createdAt().getEpochSecond() + 3600), item.get("expiresAt").n(), "TTL stored as N epoch seconds");
    assertEquals(s, sessions.get(s.id()).orElseThrow(), "what put returns is what get returns (the empty set included)");
    assertNull(s.roles());
    Session later = sessions.put(new Session(null, "bob", null, null, null, null));
    assertTrue(later.id().compareTo(s.id()) > 0, "ULIDs sort by creation time");
    assertEquals("given-id", sessions.put(new Session("given-id", "cid", null, null, null, null)).id(), "a given key is kept");
    assertEquals("ENABLED", raw.describeTimeToLive(b -> b.tableName("sessions")).timeToLiveDescription().timeToLiveStatusAsString());
    assertEquals("expiresAt", raw.describeTimeToLive(b -> b.tableName("sessions")).timeToLiveDescription().attributeName());
  }

  @Test
  void updatesKeepCreatedAtAndMoveUpdatedAt() throws Exception {
    Session s = sessions.put(new Session(null, "ann", null, null, null, null));
    Thread.sleep(5);
    Session whole = sessions.update(new Session(s.id(), "ann2", null, Instant.EPOCH, null, s.expiresAt()));
    assertEquals(s.createdAt(), whole.createdAt(), "update never overwrites created-at, whatever the entity holds");
    assertTrue(whole.updatedAt().isAfter(s.updatedAt()));
    Thread.sleep(5);
    Session partial = sessions.update(s.id()).set(SessionSchema.USER, "ann3").execute();
    assertEquals(s.createdAt(), partial.createdAt());
    assertTrue(partial.updatedAt().isAfter(whole.updatedAt()));
    Session upserted = sessions.upsert(new Session(s.id(), "ann4", null, null, null, null));
    assertEquals(s.createdAt(), upserted.createdAt(), "upsert of an existing item keeps created-at");
    Session created = sessions.upsert(new Session("fresh", "new", null, null, null, null));
    recent(created.createdAt());
    assertNotNull(created.expiresAt(), "the default lifetime on an upsert that creates");
  }

  @Test
  void anUpsertCanClearAttributes() {
    Session s = sessions.put(new Session(null, "ann", Set.of("admin"), null, null, null));
    Session kept = sessions.upsert(new Session(s.id(), null, null, null, null, s.expiresAt()));
    assertEquals("ann", kept.user(), "KEEP (the default): a null field keeps the stored value");
    assertEquals(Set.of("admin"), kept.roles());
    Session cleared = sessions.upsert(Upsert.of(new Session(s.id(), null, null, null, null, s.expiresAt())).nulls(NullPolicy.REMOVE));
    assertNull(cleared.user(), "REMOVE: a null field clears the stored value");
    assertNull(cleared.roles());
    assertEquals(s.createdAt(), cleared.createdAt(), "created-at is the runtime's, even under REMOVE");
    assertEquals(cleared, sessions.get(s.id()).orElseThrow());
  }

  @Test
  void transactionsAndBulkWritesGetTheSameLifecycle() {
    Session base = sessions.put(new Session(null, "ann", null, null, null, null));
    var r = dynamo.transaction().put(sessions, new Session(null, "tx", null, null, null, null))
        .update(sessions, new Session(base.id(), "tx-upd", null, null, null, base.expiresAt())).commit();
    Session inTx = r.get(0, sessions);
    assertEquals(26, inTx.id().length());
    recent(inTx.createdAt());
    assertEquals(inTx, sessions.get(inTx.id()).orElseThrow());
    assertEquals(base.createdAt(), sessions.get(base.id()).orElseThrow().createdAt(), "a transaction update keeps created-at");
    List<Session> bulk = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      bulk.add(new Session(null, "bulk" + i, null, null, null, null));
    }
    sessions.batchOverwrite(bulk);
    List<Session> all = sessions.scanner().filter(SessionSchema.USER.beginsWith("bulk")).stream().toList();
    assertEquals(30, all.size());
    assertTrue(all.stream().allMatch(x -> x.id().length() == 26 && x.createdAt() != null && x.updatedAt() != null
        && x.expiresAt() != null));
  }

  @Test
  void aBulkOverwriteNeverReplacesAStoredCreatedAtWithItsOwnTime() {
    Session stored = sessions.put(new Session(null, "ann", null, null, null, null));
    Session again = new Session(stored.id(), "ann-imported", null, null, null, null);
    DynamoException refused = assertThrows(DynamoException.class, () -> sessions.batchOverwrite(List.of(again)));
    assertTrue(refused.getMessage().contains("table 'sessions'") && refused.getMessage().contains("@CreatedAt 'createdAt'")
        && refused.getMessage().contains("upsert"), refused.getMessage());
    java.util.concurrent.CompletionException async = assertThrows(java.util.concurrent.CompletionException.class,
        () -> sessions.async().batchOverwrite(List.of(again)).join());
    assertInstanceOf(DynamoException.class, async.getCause());
    assertThrows(DynamoException.class, () -> dynamo.bulkWrite().overwrite(sessions, List.of(again)).execute());
    assertEquals(stored, sessions.get(stored.id()).orElseThrow(), "before: the bulk write's time replaced created-at");

    Instant imported = Instant.parse("2020-01-01T00:00:00Z");
    sessions.batchOverwrite(List.of(new Session(stored.id(), "ann-imported", null, imported, null, null)));
    assertEquals(imported, sessions.get(stored.id()).orElseThrow().createdAt(), "a given creation time is written as given");
  }

  @Test
  void uuidKeysAndNumericTtl(TokenRepository tokens) {
    tokens.createTable();
    Token t = tokens.put(new Token(null, "read", 1_900_000_000L));
    assertNotNull(t.id());
    assertNotEquals(t.id(), tokens.put(new Token(null, "write", null)).id());
    assertEquals("1900000000", raw.getItem(b -> b.tableName("tokens").key(Map.of("id", AttributeValue.fromS(t.id().toString()))))
        .item().get("expires").n());
  }

  @Test
  void ulidsMadeInOneMillisecondStillSortInTheOrderTheyWereMade(LocalDynamoDb local) {
    // moto answers one request at a time: give 2,000 puts in flight time to get a connection.
    try (DynamoDbAsyncClient client = DynamoDbAsyncClient.builder().endpointOverride(local.endpoint())
        .region(Region.of(local.region())).credentialsProvider(local.credentials())
        .httpClientBuilder(NettyNioAsyncHttpClient.builder().connectionAcquisitionTimeout(Duration.ofMinutes(2))).build()) {
      SessionAsyncRepository async = new SessionAsyncRepository(DynamoDb.of(raw, client));
      List<CompletableFuture<Session>> puts = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {   // fired at once: the ids are made in this order, many per millisecond
        puts.add(async.put(new Session(null, String.format("%04d", i), null, null, null, null)));
      }
      List<String> byId = puts.stream().map(CompletableFuture::join).sorted(Comparator.comparing(Session::id))
          .map(Session::user).toList();
      long misplaced = IntStream.range(0, 2_000).filter(i -> !byId.get(i).equals(String.format("%04d", i))).count();
      assertEquals(0, misplaced, "sorted by id = the order of creation");   // before: hundreds misplaced
    }
  }
}
