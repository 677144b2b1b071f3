package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Optimistic locking with @Version: two writers, one wins, the loser writes nothing. */
@WithDynamoDb
@CleanTables
class LockingTest {
  private DocRepository docs;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    docs = new DocRepository(DynamoDb.of(client));
    docs.createTable();
  }

  @Test
  void createStoresVersionOne() {
    assertEquals(1L, docs.put(new Doc("d", "v1", null)).version());
    assertEquals(1L, docs.get("d").orElseThrow().version());
  }

  @Test
  void twoWritersOneWins() {
    Doc read = docs.put(new Doc("d", "v1", null));
    Doc alice = new Doc("d", "alice's", read.version());
    Doc bob = new Doc("d", "bob's", read.version());
    Doc won = docs.update(alice);
    assertEquals(2L, won.version());
    ConflictException e = assertThrows(ConflictException.class, () -> docs.update(bob));
    assertTrue(e.getMessage().contains("docs"), e.getMessage());
    assertEquals(Optional.of(won), docs.get("d"), "the item holds the winner's data");
  }

  @Test
  void upsertAndTransactionsCheckTheVersionToo() {
    Doc read = docs.put(new Doc("d", "v1", null));
    docs.upsert(new Doc("d", "v2", read.version()));
    assertThrows(ConflictException.class, () -> docs.upsert(new Doc("d", "stale", read.version())));
    assertThrows(ConflictException.class, () -> docs.dynamo().transaction().update(docs, new Doc("d", "stale", 1L)).commit());
    Doc current = docs.get("d").orElseThrow();
    assertEquals(2L, current.version());
    assertEquals(3L, docs.dynamo().transaction().update(docs, new Doc("d", "v3", 2L)).commit().get(0, Doc.class).version());
  }

  @Test
  void deleteChecksTheVersion() {
    Doc read = docs.put(new Doc("d", "v1", null));
    Doc newer = docs.update(new Doc("d", "v2", read.version()));
    assertThrows(ConflictException.class, () -> docs.delete(read));
    assertThrows(ConflictException.class, () -> docs.dynamo().transaction().delete(docs, read).commit());
    assertEquals(Optional.of(newer), docs.get("d"));
    assertEquals(Optional.of(newer), docs.delete(newer));
  }

  @Test
  void partialUpdatesBumpTheVersion() {
    Doc read = docs.put(new Doc("d", "v1", null));
    assertEquals(2L, docs.update("d").set(DocSchema.BODY, "patched").execute().version());
    assertThrows(ConflictException.class, () -> docs.update(new Doc("d", "stale", read.version())));
  }
}
