package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Single-table designs of other shapes than the shop: no sort key, one attribute in both key
 * templates, multi-attribute index keys; and the checks that go with them.
 */
class SingleTableShapesTest {
  private static void assertOnlyError(JavaFileObject in, String message, String line, JavaFileObject... sources) {
    Compilation c = Sources.compile(sources);
    assertThat(c).hadErrorContaining(message).inFile(in).onLineContaining(line);
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  @Test
  void aTableWithoutASortKeyGeneratesKeyMethodsOfThePartitionTemplateAlone() {
    Compilation c = Sources.compile(Sources.of("Cache", """
        @Table(name = "cache")
        @SingleTable(sortKey = "")
        public sealed interface Cache permits Entry {}
        """), Sources.of("Entry", """
        @Entity(table = Cache.class, type = "ENTRY")
        @PartitionKeyTemplate("ENTRY#{region}#{key}")
        public record Entry(String region, String key, String value) implements Cache {}
        """));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.EntryRepository").contentsAsUtf8String().contains("get(String region, String key)");
  }

  @Test
  void anAttributeInBothTemplatesIsOneParameter() {
    Compilation c = Sources.compile(Sources.of("Users", """
        @Table(name = "users")
        public sealed interface Users permits User {}
        """), Sources.of("User", """
        @Entity(table = Users.class, type = "USER")
        @PartitionKeyTemplate("USER#{userId}")
        @SortKeyTemplate("USER#{userId}")
        public record User(String userId, String name) implements Users {}
        """));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.UserRepository").contentsAsUtf8String()
        .contains("return UserSchema.SCHEMA.templateKeyIn(tableName(), userId, userId);");
    assertThat(c).generatedSourceFile("test.UsersTable").contentsAsUtf8String().contains("query(String userId)");
  }

  @Test
  void anEntityOnAnInterfaceIsRefused() {
    JavaFileObject entry = Sources.of("Entry", """
        @Entity(table = Cache.class, type = "ENTRY")
        @PartitionKeyTemplate("ENTRY#{region}")
        public interface Entry extends Cache {}
        """);
    Compilation c = Sources.compile(Sources.of("Cache", """
        @Table(name = "cache")
        public sealed interface Cache permits Entry {}
        """), entry);
    assertThat(c).hadErrorContaining(String.format(Messages.ENTITY_NOT_CLASS, "Entry")).inFile(entry).onLineContaining("@Entity");
  }

  @Test
  void tableErrorsPointAtTableEvenWithSingleTable() {
    JavaFileObject cache = Sources.of("Cache", """
        @Table(name = "cache")
        @SingleTable(sortKey = "")
        public interface Cache {}
        """);
    assertOnlyError(cache, String.format(Messages.TABLE_NOT_SEALED, "Cache", "Cache"), "@Table", cache);
  }

  @Test
  void aSeparatorThatTheValueAlwaysHoldsIsRefused() {
    JavaFileObject event = Sources.of("Event", """
        @Entity(table = Log.class, type = "EVENT")
        @PartitionKeyTemplate("LOG#{day}")
        @SortKeyTemplate("AT:{at}")
        public record Event(LocalDate day, Instant at) implements Log {}
        """);
    assertOnlyError(event, String.format(Messages.TEMPLATE_SEPARATOR_IN_VALUE, "AT:{at}", "Event", "at", "Instant", ":"),
        "@SortKeyTemplate", Sources.of("Log", """
            @Table(name = "logs")
            public sealed interface Log permits Event {}
            """), event);
  }

  @Test
  void aMultiAttributeIndexTakesAtMostFourAttributesPerKeyPart() {
    JavaFileObject log = Sources.of("Log", """
        @Table(name = "logs")
        @GlobalIndex(name = "wide", partitionKey = {"a", "b", "c", "d", "e"})
        public sealed interface Log permits Event {}
        """);
    assertOnlyError(log, String.format(Messages.GLOBAL_INDEX_KEYS, "wide", "Log", 5, 0), "@GlobalIndex", log,
        Sources.of("Event", """
            @Entity(table = Log.class, type = "EVENT")
            @PartitionKeyTemplate("LOG#{id}")
            @SortKeyTemplate("EVENT")
            public record Event(String id) implements Log {}
            """));
  }

  @Test
  void aTemplateCannotComposeAMultiAttributeKey() {
    JavaFileObject event = Sources.of("Event", """
        @Entity(table = Log.class, type = "EVENT")
        @PartitionKeyTemplate("LOG#{id}")
        @SortKeyTemplate("EVENT")
        @IndexKeyTemplate(index = "byKind", partition = "KIND#{kind}")
        public record Event(String id, String kind) implements Log {}
        """);
    assertOnlyError(event, String.format(Messages.INDEX_TEMPLATE_MULTI, "byKind", "Event", 2, 0), "@IndexKeyTemplate",
        Sources.of("Log", """
            @Table(name = "logs")
            @GlobalIndex(name = "byKind", partitionKey = {"tenant", "kind"})
            public sealed interface Log permits Event {}
            """), event);
  }

  @Test
  void entitiesHoldingMultiAttributeKeysGetTypedQueries() {
    Compilation c = Sources.compile(Sources.of("Log", """
        @Table(name = "logs")
        @GlobalIndex(name = "byKind", partitionKey = {"tenant", "kind"}, sortKey = {"at", "seq"})
        public sealed interface Log permits Event {}
        """), Sources.of("Event", """
        @Entity(table = Log.class, type = "EVENT")
        @PartitionKeyTemplate("LOG#{id}")
        @SortKeyTemplate("EVENT")
        public record Event(String id, String tenant, String kind, Instant at, long seq) implements Log {}
        """));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.EventRepository").contentsAsUtf8String()
        .contains("queryByKind(String tenant, String kind, Instant at,");
    assertThat(c).generatedSourceFile("test.LogTable").contentsAsUtf8String().contains("queryByKind(String tenant, String kind)");
  }
}
