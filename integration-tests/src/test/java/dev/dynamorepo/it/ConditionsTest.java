package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamorepo.runtime.Condition;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.Delete;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Update;
import dev.dynamorepo.runtime.Upsert;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Each typed condition operator, in a true and a false case, evaluated by the server. */
@WithDynamoDb
@CleanTables
class ConditionsTest {
  private static final Address HOME = new Address("1 Main St", "Paris", new Address.Geo(48.8, 2.3), List.of("a"));
  private EventRepository events;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    events = new EventRepository(DynamoDb.of(client));
    events.createTable();
    events.put(new Event("s", 1, "click", "2026-01-01", 3, "hello world", 10L, Set.of("red", "blue"),
        List.of("created", "paid"), Map.of("color", "green", "with space.dot", "odd"), HOME));
  }

  static Stream<Arguments> operators() {
    return Stream.of(
        Arguments.of("eq", EventSchema.TYPE.eq("click"), EventSchema.TYPE.eq("view")),
        Arguments.of("ne", EventSchema.TYPE.ne("view"), EventSchema.TYPE.ne("click")),
        Arguments.of("lt", EventSchema.HITS.lt(11L), EventSchema.HITS.lt(10L)),
        Arguments.of("le", EventSchema.HITS.le(10L), EventSchema.HITS.le(9L)),
        Arguments.of("gt", EventSchema.HITS.gt(9L), EventSchema.HITS.gt(10L)),
        Arguments.of("ge", EventSchema.HITS.ge(10L), EventSchema.HITS.ge(11L)),
        Arguments.of("between", EventSchema.HITS.between(5L, 10L), EventSchema.HITS.between(11L, 20L)),
        Arguments.of("in", EventSchema.TYPE.in("view", "click"), EventSchema.TYPE.in("view", "scroll")),
        Arguments.of("exists", EventSchema.TEXT.exists(), EventSchema.META.key("missing").exists()),
        Arguments.of("notExists", EventSchema.META.key("missing").notExists(), EventSchema.TEXT.notExists()),
        Arguments.of("beginsWith", EventSchema.TEXT.beginsWith("hello"), EventSchema.TEXT.beginsWith("world")),
        Arguments.of("contains string", EventSchema.TEXT.contains("o w"), EventSchema.TEXT.contains("xyz")),
        Arguments.of("contains set", EventSchema.TAGS.contains("red"), EventSchema.TAGS.contains("green")),
        Arguments.of("contains list", EventSchema.LOG.contains("paid"), EventSchema.LOG.contains("shipped")),
        Arguments.of("size", EventSchema.TAGS.size().eq(2), EventSchema.TAGS.size().gt(2)),
        Arguments.of("size of string", EventSchema.TEXT.size().ge(11), EventSchema.TEXT.size().lt(11)),
        Arguments.of("nested path", EventSchema.ADDRESS.get(EventSchema.AddressFields.CITY).eq("Paris"),
            EventSchema.ADDRESS.get(EventSchema.AddressFields.CITY).eq("Rome")),
        Arguments.of("deeper path", EventSchema.ADDRESS.get(EventSchema.AddressFields.GEO).get(EventSchema.AddressGeoFields.LAT).gt(48.0),
            EventSchema.ADDRESS.get(EventSchema.AddressFields.GEO).get(EventSchema.AddressGeoFields.LAT).lt(48.0)),
        Arguments.of("map key", EventSchema.META.key("color").eq("green"), EventSchema.META.key("color").eq("blue")),
        Arguments.of("odd map key", EventSchema.META.key("with space.dot").eq("odd"), EventSchema.META.key("with space.dot").exists()
            .and(EventSchema.META.key("missing").exists())),
        Arguments.of("and", EventSchema.TYPE.eq("click").and(EventSchema.HITS.eq(10L)), EventSchema.TYPE.eq("click").and(EventSchema.HITS.eq(1L))),
        Arguments.of("or", EventSchema.TYPE.eq("view").or(EventSchema.HITS.eq(10L)), EventSchema.TYPE.eq("view").or(EventSchema.HITS.eq(1L))),
        Arguments.of("not", EventSchema.TYPE.eq("view").not(), EventSchema.TYPE.eq("click").not()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operators")
  void holdsOrConflicts(String name, Condition<Event> holds, Condition<Event> fails) {
    assertThrows(ConflictException.class, () -> events.update("s", 1L).set(EventSchema.TEXT, "changed").when(fails).execute());
    assertEquals("hello world", events.get("s", 1L).orElseThrow().text(), "a failed condition writes nothing");
    Event after = events.update("s", 1L).add(EventSchema.HITS, 0L).when(holds).execute();
    assertEquals(10L, after.hits());
  }

  @Test
  void conditionsWorkOnEveryWrite() {
    Event e = events.get("s", 1L).orElseThrow();
    assertThrows(ConflictException.class, () -> events.update(Update.of(e).when(EventSchema.HITS.gt(100L))));
    assertThrows(ConflictException.class, () -> events.upsert(Upsert.of(e).when(EventSchema.HITS.gt(100L))));
    assertThrows(ConflictException.class, () -> events.delete(Delete.of(events.key("s", 1L)).when(EventSchema.HITS.gt(100L))));
    assertThrows(ConflictException.class, () -> events.dynamo().transaction()
        .update(events, Update.of(e).when(EventSchema.HITS.gt(100L))).commit());
    assertEquals(e, events.delete(Delete.of(events.key("s", 1L)).when(EventSchema.HITS.le(100L))).orElseThrow());
  }
}
