package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Each partial-update action against the server. */
@WithDynamoDb
@CleanTables
class UpdateActionsTest {
  private EventRepository events;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    events = new EventRepository(DynamoDb.of(client));
    events.createTable();
    events.put(new Event("s", 1, "click", null, null, "text", 5L, Set.of("a", "b"), List.of("x"), Map.of("k", "v"),
        new Address("street", "Paris", null, null)));
  }

  @Test
  void removeDropsTheAttribute() {
    assertNull(events.update("s", 1L).remove(EventSchema.TEXT).execute().text());
  }

  @Test
  void aPartialUpdateIsAValueThatCanBeExtendedAndRunAgain() {
    var bump = events.update("s", 1L).add(EventSchema.HITS, 1L);
    var bumpAndTag = bump.addToSet(EventSchema.TAGS, Set.of("c"));   // before: this changed bump too
    assertEquals(6L, bump.execute().hits());
    assertEquals(Set.of("a", "b"), events.get("s", 1L).orElseThrow().tags(), "bump holds only its own action");
    Event both = bumpAndTag.execute();
    assertEquals(7L, both.hits());
    assertEquals(Set.of("a", "b", "c"), both.tags());
    assertEquals(8L, bump.execute().hits(), "running an update again runs the same actions once more");
    var guarded = bump.when(EventSchema.HITS.lt(5L));
    assertThrows(dev.dynamorepo.runtime.ConflictException.class, guarded::execute);
    assertEquals(9L, bump.execute().hits(), "when(..) made a new update");
  }

  @Test
  void addIsAnAtomicCounter() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 40; i++) {
      pool.submit(() -> events.update("s", 1L).add(EventSchema.HITS, 1L).execute());
    }
    pool.shutdown();
    pool.awaitTermination(60, TimeUnit.SECONDS);
    assertEquals(45L, events.get("s", 1L).orElseThrow().hits());
    assertEquals(40L, events.update("s", 1L).add(EventSchema.HITS, -5L).execute().hits());
  }

  @Test
  void addToSetAndDeleteFromSet() {
    assertEquals(Set.of("a", "b", "c"), events.update("s", 1L).addToSet(EventSchema.TAGS, Set.of("c", "a")).execute().tags());
    assertEquals(Set.of("c"), events.update("s", 1L).deleteFromSet(EventSchema.TAGS, Set.of("a", "b")).execute().tags());
  }

  @Test
  void appendToListCreatesOrExtends() {
    assertEquals(List.of("x", "y", "z"), events.update("s", 1L).appendToList(EventSchema.LOG, List.of("y", "z")).execute().log());
    events.update("s", 1L).remove(EventSchema.LOG).execute();
    assertEquals(List.of("first"), events.update("s", 1L).appendToList(EventSchema.LOG, List.of("first")).execute().log());
  }

  @Test
  void setIfNotExistsKeepsAnExistingValue() {
    assertEquals("text", events.update("s", 1L).setIfNotExists(EventSchema.TEXT, "other").execute().text());
    assertEquals("2026", events.update("s", 1L).setIfNotExists(EventSchema.AT, "2026").execute().at());
  }

  @Test
  void setOnNestedPathsAndMapKeys() {
    Event after = events.update("s", 1L)
        .set(EventSchema.ADDRESS.get(EventSchema.AddressFields.CITY), "Lyon")
        .set(EventSchema.META.key("new key.with dot"), "w")
        .execute();
    assertEquals("Lyon", after.address().city());
    assertEquals("street", after.address().street());
    assertEquals(Map.of("k", "v", "new key.with dot", "w"), after.meta());
  }
}
