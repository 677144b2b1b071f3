package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Projection}: one error per bad component, on it; a good projection's schema compiles and reads its attributes. */
class ProjectionTest {
  private static final JavaFileObject ORDER = Sources.of("Order", """
      @Table(name = "orders")
      public record Order(@PartitionKey String customerId, @SortKey String orderId, long totalCents,
                          @Attribute("state") String status, Set<String> tags, @Ignore String note) {}
      """);

  private static String source(Compilation c, String type) {
    try {
      return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void onlyError(String projection, String message, String line) {
    JavaFileObject src = Sources.of("Summary", projection);
    Compilation c = Sources.compile(ORDER, src);
    assertThat(c).hadErrorContaining(message).inFile(src).onLineContaining(line);
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  @Test
  void aGoodProjectionCompilesAndNamesExactlyItsStoredAttributes() {
    JavaFileObject summary = Sources.of("Summary", """
        @Projection(Order.class)
        public record Summary(String customerId, Long totalCents, String status) {}
        """);
    Compilation c = Sources.compile(ORDER, summary);
    assertThat(c).succeededWithoutWarnings();
    String schema = source(c, "test.SummarySchema");
    assertThat(schema).contains("List.of(\"customerId\", \"totalCents\", \"state\")");
    assertThat(schema).contains("@Generated(\"dev.dynamorepo.processor.ProjectionProcessor\")");
  }

  @Test
  void aComponentThatIsNoAttribute() {
    onlyError("""
        @Projection(Order.class)
        public record Summary(String customerId,
            long totalCent) {}
        """, String.format(Messages.PROJECTION_UNKNOWN, "totalCent", "Summary", "Order", "; did you mean \"totalCents\"?"),
        "long totalCent");
  }

  @Test
  void anIgnoredAttributeIsNotProjected() {
    onlyError("""
        @Projection(Order.class)
        public record Summary(String customerId,
            String note) {}
        """, String.format(Messages.PROJECTION_UNKNOWN, "note", "Summary", "Order", ""), "String note");
  }

  @Test
  void aComponentOfAnotherType() {
    onlyError("""
        @Projection(Order.class)
        public record Summary(String customerId,
            int totalCents) {}
        """, String.format(Messages.PROJECTION_TYPE, "totalCents", "Summary", "int", "Order.totalCents", "long"), "int totalCents");
  }

  @Test
  void aProjectionMustBeARecord() {
    onlyError("""
        @Projection(Order.class)
        public class Summary { public String customerId; }
        """, String.format(Messages.PROJECTION_NOT_RECORD, "Summary"), "@Projection");
  }

  @Test
  void aProjectionOfSomethingThatIsNotAnEntity() {
    onlyError("""
        @Projection(String.class)
        public record Summary(String customerId) {}
        """, String.format(Messages.PROJECTION_NOT_ENTITY, "Summary", "String"), "@Projection");
  }
}
