package dev.dynamorepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated constants make mistakes in conditions and updates compile errors: a value of the
 * wrong Java type, a key attribute where only non-key attributes are allowed, an operator the
 * attribute's kind does not have, a condition on another entity, a query's sort condition on
 * anything but that table's or index's sort key, the version attribute in an update.
 */
class TypeSafetyTest {
  private static final JavaFileObject ORDER = Sources.of("Order", """
      @Table(name = "orders")
      public record Order(@PartitionKey String customerId, @SortKey String orderId,
                          long totalCents, Set<String> tags, String note, @Version Long version,
                          Address shipTo, Map<String, String> labels, Map<String, Long> counts) {
        public record Address(String street, int floor, Set<String> codes) {}
      }
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
        orders.query("a", sk -> sk.beginsWith("2026")).filter(OrderSchema.VERSION.ge(2L)).stream();
        orders.update("a", "b").set(OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.STREET), "x")
            .add(OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.FLOOR), 1)
            .addToSet(OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.CODES), Set.of("c"))
            .add(OrderSchema.COUNTS.key("views"), 1L)
            .when(OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.STREET).beginsWith("Rue")
                .and(OrderSchema.LABELS.key("tier").beginsWith("g")).and(OrderSchema.NOTE.exists().not()));
        java.util.concurrent.CompletableFuture<java.util.Optional<Order>> f = orders.async().get("a", "b");
        orders.dynamo().transaction().update(orders.update("a", "b").set(OrderSchema.NOTE, "n")).commit();
        """)).succeededWithoutWarnings();
  }

  @Test
  void aSortConditionOnAnotherAttributeDoesNotCompile() {
    doesNotCompile("orders.query(\"a\", OrderSchema.NOTE.beginsWith(\"x\"));", "cannot be converted to java.util.function.Function");
  }

  @Test
  void aSortLambdaMustReturnTheSortKeysCondition() {
    doesNotCompile("orders.query(\"a\", sk -> OrderSchema.ORDER_ID.beginsWith(\"x\"));", "incompatible types");
  }

  @Test
  void theVersionAttributeCannotBeSetAddedToOrRemoved() {
    doesNotCompile("orders.update(\"a\", \"b\").set(OrderSchema.VERSION, 2L);", "set");
    doesNotCompile("orders.update(\"a\", \"b\").add(OrderSchema.VERSION, 1L);", "add");
    doesNotCompile("orders.update(\"a\", \"b\").remove(OrderSchema.VERSION);", "VersionAttribute");
    doesNotCompile("orders.deleteAttributes(\"a\", \"b\", OrderSchema.VERSION);", "deleteAttributes");
  }

  @Test
  void aStringMapEntryHasNoAdd() {
    doesNotCompile("orders.update(\"a\", \"b\").add(OrderSchema.LABELS.key(\"x\"), 1L);", "add");
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
