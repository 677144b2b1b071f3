package dev.dynamorepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated constants make mistakes in conditions and updates compile errors: a value of the
 * wrong Java type, a key attribute where only non-key attributes are allowed, an operator the
 * attribute's kind does not have, a condition on another entity.
 */
class TypeSafetyTest {
  private static final JavaFileObject ORDER = Sources.of("Order", """
      @Table(name = "orders")
      public record Order(@PartitionKey String customerId, @SortKey String orderId,
                          long totalCents, Set<String> tags, String note) {}
      """);
  private static final JavaFileObject CUSTOMER = Sources.of("Customer", """
      @Table(name = "customers")
      public record Customer(@PartitionKey String id, String name) {}
      """);

  private static Compilation use(String body) {
    JavaFileObject usage = Sources.of("Usage", """
        import dev.dynamorepo.runtime.*;

        class Usage {
          void run(OrderRepository orders) {
            %s
          }
        }
        """.formatted(body));
    return Sources.compile(ORDER, CUSTOMER, usage);
  }

  private static void doesNotCompile(String body, String error) {
    Compilation c = use(body);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(error);
  }

  @Test
  void correctUsageCompiles() {
    assertThat(use("""
        orders.update("a", "b").set(OrderSchema.TOTAL_CENTS, 5L).add(OrderSchema.TOTAL_CENTS, 1L)
            .addToSet(OrderSchema.TAGS, Set.of("x")).when(OrderSchema.NOTE.beginsWith("n")
            .and(OrderSchema.TAGS.contains("x"))).execute();
        orders.deleteAttributes("a", "b", OrderSchema.NOTE, OrderSchema.TAGS);
        orders.query("a", OrderSchema.ORDER_ID.beginsWith("2026"));
        """)).succeededWithoutWarnings();
  }

  @Test
  void aConditionValueOfTheWrongTypeDoesNotCompile() {
    doesNotCompile("orders.update(\"a\", \"b\").when(OrderSchema.TOTAL_CENTS.eq(\"five\"));", "incompatible types");
  }

  @Test
  void aSetValueOfTheWrongTypeDoesNotCompile() {
    doesNotCompile("orders.update(\"a\", \"b\").set(OrderSchema.NOTE, 5L);", "set");
  }

  @Test
  void aKeyAttributeCannotBeSet() {
    doesNotCompile("orders.update(\"a\", \"b\").set(OrderSchema.ORDER_ID, \"c\");", "set");
  }

  @Test
  void aKeyAttributeCannotBeDeleted() {
    doesNotCompile("orders.deleteAttributes(\"a\", \"b\", OrderSchema.CUSTOMER_ID);", "deleteAttributes");
  }

  @Test
  void addOnlyTakesNumbers() {
    doesNotCompile("orders.update(\"a\", \"b\").add(OrderSchema.NOTE, \"x\");", "add");
  }

  @Test
  void beginsWithIsNotANumberOperator() {
    doesNotCompile("OrderSchema.TOTAL_CENTS.beginsWith(1L);", "cannot find symbol");
  }

  @Test
  void aConditionOnAnotherEntityDoesNotCompile() {
    doesNotCompile("orders.update(\"a\", \"b\").when(CustomerSchema.NAME.eq(\"x\"));", "incompatible types");
  }

  @Test
  void keysTakeTheirDeclaredTypes() {
    doesNotCompile("orders.get(\"a\", 5);", "get");
  }
}
