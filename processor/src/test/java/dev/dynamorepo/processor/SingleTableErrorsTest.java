package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per message about single-table designs: an {@code @Entity}'s table, type and key
 * templates, and a {@code @Table} sealed interface's permits, types, keys and collections. Each
 * case changes one file of a valid shop (customers and their orders) and expects exactly one error.
 */
class SingleTableErrorsTest {
  private static final String SHOP = """
      @Table(name = "shop")
      @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
      public sealed interface ShopItem permits Customer, Order {}
      """;
  private static final String CUSTOMER = """
      @Entity(table = ShopItem.class, type = "CUSTOMER")
      @PartitionKeyTemplate("CUSTOMER#{customerId}")
      @SortKeyTemplate("PROFILE")
      public record Customer(String customerId, String name) implements ShopItem {}
      """;
  private static final String ORDER = """
      @Entity(table = ShopItem.class, type = "ORDER")
      @PartitionKeyTemplate("CUSTOMER#{customerId}")
      @SortKeyTemplate("ORDER#{placedAt}#{orderId}")
      @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
      public record Order(String customerId, String orderId, Instant placedAt, long totalCents) implements ShopItem {}
      """;

  private static JavaFileObject shop(String code) {
    return Sources.of("ShopItem", code);
  }

  private static JavaFileObject customer(String code) {
    return Sources.of("Customer", code);
  }

  private static JavaFileObject order(String code) {
    return Sources.of("Order", code);
  }

  /** Compiles {@code sources} and expects exactly one error, {@code message}, on that line of {@code in}. */
  private static void assertOnlyError(JavaFileObject in, String message, String line, JavaFileObject... sources) {
    Compilation c = Sources.compile(sources);
    assertThat(c).hadErrorContaining(message).inFile(in).onLineContaining(line);
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  /** The shop with this {@code Order} in place of the valid one: exactly one error, on that line of it. */
  private static void assertOnlyOrderError(String orderCode, String message, String line) {
    JavaFileObject order = order(orderCode);
    assertOnlyError(order, message, line, shop(SHOP), customer(CUSTOMER), order);
  }

  /** The shop with this table interface in place of the valid one: exactly one error, on that line of it. */
  private static void assertOnlyTableError(String shopCode, String message, String line) {
    JavaFileObject shop = shop(shopCode);
    assertOnlyError(shop, message, line, shop, customer(CUSTOMER), order(ORDER));
  }

  @Test
  void theValidShopCompilesWithoutWarningsAndGeneratesTheTableAndEachRepository() {
    Compilation c = Sources.compile(shop(SHOP), customer(CUSTOMER), order(ORDER));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.ShopItemTable").contentsAsUtf8String().contains("query(String customerId)");
    assertThat(c).generatedSourceFile("test.ShopItemSchema").isNotNull();
    assertThat(c).generatedSourceFile("test.OrderRepository").contentsAsUtf8String()
        .contains("get(String customerId, Instant placedAt, String orderId)");
  }

  @Test
  void aQueryCannotSkipALeadingSortKeyAttribute() {
    JavaFileObject usage = Sources.of("Usage", """
        import dev.dynamorepo.runtime.DynamoDb;

        class Usage {
          Object run(DynamoDb dynamo) {
            return new OrderRepository(dynamo).query("c1", "o1");
          }
        }
        """);
    Compilation c = Sources.compile(shop(SHOP), customer(CUSTOMER), order(ORDER), usage);
    assertThat(c).hadErrorContaining("no suitable method found for query(java.lang.String,java.lang.String)")
        .inFile(usage).onLineContaining(".query(\"c1\", \"o1\")");
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  @Test
  void anEntityOfATypeThatIsNotATableInterface() {
    JavaFileObject order = order("""
        interface Plain {}

        @Entity(table = Plain.class, type = "ORDER")
        @PartitionKeyTemplate("ORDER#{orderId}")
        public record Order(String orderId) implements Plain {}
        """);
    assertOnlyError(order, String.format(Messages.ENTITY_TABLE, "Plain", "Order", "Plain", "Order"),
        "@Entity(table = Plain.class", order);
  }

  @Test
  void anEntityThatDoesNotImplementItsTable() {
    JavaFileObject order = order("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) {}
        """);
    assertOnlyError(order, String.format(Messages.ENTITY_NOT_IN_TABLE, "Order", "ShopItem", "ShopItem"), "@Entity",
        shop("""
            @Table(name = "shop")
            public sealed interface ShopItem permits Customer {}
            """), customer(CUSTOMER), order);
  }

  @Test
  void anEmptyEntityType() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class,
            type = "")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.ENTITY_TYPE, "Order"), "type = \"\"");
  }

  @Test
  void noPartitionKeyTemplate() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.NO_PARTITION_TEMPLATE, "Order", "pk"), "@Entity");
  }

  @Test
  void noSortKeyTemplateOnATableWithASortKey() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.NO_SORT_TEMPLATE, "ShopItem", "sk", "Order"), "@Entity");
  }

  @Test
  void aSortKeyTemplateOnATableWithoutASortKey() {
    JavaFileObject order = order("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("ORDER#{orderId}")
        @SortKeyTemplate("ORDER")
        public record Order(String orderId) implements ShopItem {}
        """);
    assertOnlyError(order, String.format(Messages.UNEXPECTED_SORT_TEMPLATE, "Order", "ShopItem"), "@SortKeyTemplate",
        shop("""
            @Table(name = "shop")
            @SingleTable(sortKey = "")
            public sealed interface ShopItem permits Order {}
            """), order);
  }

  @Test
  void anUnclosedBraceInATemplate() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_SYNTAX, "ORDER#{orderId", "Order", "the '{' at position 6 is never closed"),
        "@SortKeyTemplate");
  }

  @Test
  void aTemplateNamingNoAttributeSuggestsTheClosest() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{ordrId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_UNKNOWN, "ORDER#{ordrId}", "Order", "ordrId", "Order",
            "; did you mean \"orderId\"?"), "@SortKeyTemplate");
  }

  @Test
  void aTemplateAttributeStoredAsAList() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{tags}")
        public record Order(String customerId, List<String> tags) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_TYPE, "ORDER#{tags}", "Order.tags", "java.util.List<java.lang.String>", "L"),
        "@SortKeyTemplate");
  }

  @Test
  void aTemplateAttributeStoredAsABoolean() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{paid}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(boolean paid, String orderId) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_TYPE, "CUSTOMER#{paid}", "Order.paid", "boolean", "BOOL"),
        "@PartitionKeyTemplate");
  }

  @Test
  void anOptionalTemplateAttribute() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(Optional<String> customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_TYPE, "CUSTOMER#{customerId}", "Order.customerId",
            "java.util.Optional<java.lang.String>", "an Optional"), "@PartitionKeyTemplate");
  }

  @Test
  void aTemplateNamingTheVersion() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{version}")
        public record Order(String customerId, @Version Long version) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_ROLE, "ORDER#{version}", "Order.version", "Version"), "@SortKeyTemplate");
  }

  @Test
  void twoAdjacentTemplateAttributes() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{placedAt}{orderId}")
        public record Order(String customerId, String orderId, Instant placedAt) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_SEPARATOR, "ORDER#{placedAt}{orderId}", "Order", "placedAt", "{orderId}"),
        "@SortKeyTemplate");
  }

  @Test
  void templateAttributesSeparatedByALetter() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{placedAt}x{orderId}")
        public record Order(String customerId, String orderId, Instant placedAt) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_SEPARATOR, "ORDER#{placedAt}x{orderId}", "Order", "placedAt", "'x'"),
        "@SortKeyTemplate");
  }

  @Test
  void aPartitionKeyMarkOnAnEntity() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(
            @PartitionKey String customerId,
            String orderId) implements ShopItem {}
        """, String.format(Messages.KEY_MARK_ON_ENTITY, "PartitionKey", "Order.customerId", "Order"), "@PartitionKey String");
  }

  @Test
  void anAttributeStoredAsTheTablesPartitionKey() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(
            String customerId,
            String orderId,
            @Attribute("pk") String code) implements ShopItem {}
        """, String.format(Messages.PHYSICAL_NAME, "Order.code", "pk", "ShopItem", "composed key attribute \"pk\""),
        "String code");
  }

  @Test
  void anAttributeStoredAsTheDiscriminator() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(
            String customerId,
            String orderId,
            @Attribute("_type") String kind) implements ShopItem {}
        """, String.format(Messages.PHYSICAL_NAME, "Order.kind", "_type", "ShopItem", "entity type (the discriminator)"),
        "String kind");
  }

  @Test
  void anIndexTemplateOfAnUndeclaredIndexSuggestsTheClosest() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        @IndexKeyTemplate(index = "gsl1", partition = "ORDER#{orderId}", sort = "ORDER")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.INDEX_TEMPLATE_UNKNOWN, "gsl1", "Order", "ShopItem", "; did you mean \"gsi1\"?"),
        "@IndexKeyTemplate");
  }

  /**
   * javac 17 places no message inside a repeated annotation (it matches the annotation trees against
   * the container it made, which has no tree), so the error lands on the type it annotates.
   */
  @Test
  void twoTemplatesForOneIndex() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
        @IndexKeyTemplate(index = "gsi1", partition = "PLACED#{placedAt}", sort = "ORDER")
        public record Order(String customerId, String orderId, Instant placedAt) implements ShopItem {}
        """, String.format(Messages.INDEX_TEMPLATE_DUPLICATE, "gsi1", "Order"), "public record Order");
  }

  @Test
  void anIndexTemplateWithoutTheSortItsIndexHas() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.INDEX_TEMPLATE_SORT, "gsi1", "Order",
            "the index has the sort key \"gsi1sk\", so give its template with sort = \"...\""), "@IndexKeyTemplate");
  }

  @Test
  void anIndexTemplateWithASortItsIndexHasNot() {
    JavaFileObject order = order("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}",
            sort = "ORDER")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """);
    assertOnlyError(order, String.format(Messages.INDEX_TEMPLATE_SORT, "gsi1", "Order",
        "the index has no sort key; remove sort = \"ORDER\""), "sort = \"ORDER\"", shop("""
            @Table(name = "shop")
            @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk")
            public sealed interface ShopItem permits Customer, Order {}
            """), customer(CUSTOMER), order);
  }

  @Test
  void aTableInterfaceThatIsNotSealed() {
    assertOnlyTableError("""
        @Table(name = "shop")
        @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
        public interface ShopItem {}
        """, String.format(Messages.TABLE_NOT_SEALED, "ShopItem", "ShopItem"), "@Table");
  }

  @Test
  void aTableInterfacePermittingATypeThatIsNoEntity() {
    assertOnlyTableError("""
        @Table(name = "shop")
        @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
        public sealed interface ShopItem permits Customer, Order, Note {}

        record Note(String text) implements ShopItem {}
        """, String.format(Messages.TABLE_PERMITS, "ShopItem", "Note", "ShopItem"), "@Table");
  }

  @Test
  void twoEntitiesOfOneType() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "CUSTOMER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.DUPLICATE_TYPE, "CUSTOMER", "Order", "Customer", "ShopItem"), "type = \"CUSTOMER\"");
  }

  @Test
  void twoEmptyTypesAreTwoEmptyTypesAndNotAlsoADuplicate() {
    JavaFileObject customer = customer("""
        @Entity(table = ShopItem.class, type = "")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("PROFILE")
        public record Customer(String customerId) implements ShopItem {}
        """);
    JavaFileObject order = order("""
        @Entity(table = ShopItem.class, type = "")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """);
    Compilation c = Sources.compile(shop(SHOP), customer, order);
    assertThat(c).hadErrorContaining(String.format(Messages.ENTITY_TYPE, "Customer")).inFile(customer).onLineContaining("@Entity");
    assertThat(c).hadErrorContaining(String.format(Messages.ENTITY_TYPE, "Order")).inFile(order).onLineContaining("@Entity");
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(2);
  }

  @Test
  void anUnknownAttributeNamedTwiceInOneTemplateIsOneError() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{ordrId}#{ordrId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.TEMPLATE_UNKNOWN, "ORDER#{ordrId}#{ordrId}", "Order", "ordrId", "Order",
            "; did you mean \"orderId\"?"), "@SortKeyTemplate");
  }

  /** The shop with an {@code Invoice} beside {@code Order}, both under the customer's partition. */
  private static Compilation orderAndInvoice(String orderSort, String invoiceSort) {
    return Sources.compile(shop("""
        @Table(name = "shop")
        public sealed interface ShopItem permits Order, Invoice {}
        """), order("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("%s")
        public record Order(String customerId, String orderId, String id, String kind) implements ShopItem {}
        """.formatted(orderSort)), invoice(invoiceSort));
  }

  private static JavaFileObject invoice(String sort) {
    return Sources.of("Invoice", """
        @Entity(table = ShopItem.class, type = "INVOICE")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("%s")
        public record Invoice(String customerId, String id, int line) implements ShopItem {}
        """.formatted(sort));
  }

  @Test
  void sortTemplatesDifferingOnlyInAttributeNamesOverlap() {
    Compilation c = orderAndInvoice("ORDER#{orderId}", "ORDER#{id}");
    assertThat(c).hadErrorContaining(String.format(Messages.KEY_OVERLAP, "Invoice", "pk \"CUSTOMER#{customerId}\", sk \"ORDER#{id}\"",
        "Order", "pk \"CUSTOMER#{customerId}\", sk \"ORDER#{orderId}\"")).inFile(invoice("ORDER#{id}")).onLineContaining("@SortKeyTemplate");
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  @Test
  void aSortTemplateWithAnAttributeAfterTheSeparatorDoesNotOverlap() {
    assertThat(orderAndInvoice("ORDER#{id}", "ORDER#{id}#{line}")).succeededWithoutWarnings();
  }

  @Test
  void aSortTemplateStartingWithAnAttributeOverlapsALiteralOne() {
    Compilation c = orderAndInvoice("{kind}#{id}", "ORDER#{id}");
    assertThat(c).hadErrorContaining(String.format(Messages.KEY_OVERLAP, "Invoice", "pk \"CUSTOMER#{customerId}\", sk \"ORDER#{id}\"",
        "Order", "pk \"CUSTOMER#{customerId}\", sk \"{kind}#{id}\"")).inFile(invoice("ORDER#{id}")).onLineContaining("@SortKeyTemplate");
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }

  /** On the type, as {@link #twoTemplatesForOneIndex()} explains. */
  @Test
  void aGlobalIndexDeclaredTwice() {
    assertOnlyTableError("""
        @Table(name = "shop")
        @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
        @GlobalIndex(name = "gsi1", partitionKey = "gsi2pk", sortKey = "gsi2sk")
        public sealed interface ShopItem permits Customer, Order {}
        """, String.format(Messages.DUPLICATE_GLOBAL_INDEX, "gsi1", "ShopItem"), "public sealed interface ShopItem");
  }

  @Test
  void twoCollectionsWithOneMethodName() {
    assertOnlyOrderError("""
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER-{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId) implements ShopItem {}
        """, String.format(Messages.COLLECTION_CLASH, "queryCustomer", "ShopItem", "CUSTOMER#{customerId}",
            "CUSTOMER-{customerId}"), "@PartitionKeyTemplate");
  }
}
