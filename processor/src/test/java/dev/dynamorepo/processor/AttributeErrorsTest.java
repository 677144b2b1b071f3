package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.dynamorepo.processor.Sources.assertOnlyError;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per message about attribute types, names and converters. */
class AttributeErrorsTest {
  @Test
  void unsupportedType() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Thread worker) {}
        """, String.format(Messages.UNSUPPORTED_TYPE, "Order.worker", "java.lang.Thread", ""), "Thread worker");
  }

  @Test
  void setOfBooleans() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Set<Boolean> flags) {}
        """, String.format(Messages.UNSUPPORTED_TYPE, "Order.flags", "java.util.Set<java.lang.Boolean>",
            ": a set is stored as SS, NS or BS, so its elements must be strings, numbers or binary, not BOOL; use a List"),
        "Set<Boolean> flags");
  }

  @Test
  void mapWithNonStringKeys() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Map<Integer, String> byNumber) {}
        """, "[DdbUnsupportedType] Order.byNumber has type java.util.Map<java.lang.Integer, java.lang.String>,"
            + " which dynamo-repo cannot store: map keys must be String", "byNumber");
  }

  @Test
  void unsupportedTypeInsideList() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            List<Object> things) {}
        """, "[DdbUnsupportedType] Order.things has type java.util.List<java.lang.Object>, which dynamo-repo"
            + " cannot store: it contains Object, which cannot be stored", "things");
  }

  @Test
  void unsupportedTypeInNestedRecordPointsAtTheNestedComponent() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Address address) {
          public record Address(
              char letter) {}
        }
        """, String.format(Messages.UNSUPPORTED_TYPE, "Order.Address.letter", "char", ": use String for text"),
        "char letter");
  }

  @Test
  void duplicateStoredName() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Attribute("x") String a,
            @Attribute("x") String b) {}
        """, String.format(Messages.DUPLICATE_ATTRIBUTE_NAME, "Order.b", "x", "Order.a", "Order"),
        "@Attribute(\"x\") String b");
  }

  @Test
  void emptyStoredName() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Attribute("") String a) {}
        """, String.format(Messages.ATTRIBUTE_NAME, "", "Order.a", 0), "@Attribute");
  }

  @Test
  void storedNameOver255Bytes() {
    String name = "é".repeat(128);
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Attribute("%s") String a) {}
        """.formatted(name), String.format(Messages.ATTRIBUTE_NAME, name, "Order.a", 256), "@Attribute");
  }

  @Test
  void constantClash() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            String fooBar,
            String foo_bar) {}
        """, String.format(Messages.CONSTANT_CLASH, "Order.foo_bar", "Order.fooBar", "FOO_BAR"), "foo_bar");
  }

  @Test
  void constantClashWithTableName() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            String tableName) {}
        """, String.format(Messages.CONSTANT_CLASH, "Order.tableName", "the table name constant", "TABLE_NAME"),
        "tableName");
  }

  @Test
  void converterOfAnotherType() {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Convert(MoneyConverter.class) String price) {}
        """);
    assertOnlyErrorWith(order, String.format(Messages.CONVERTER_TYPE, "MoneyConverter", "Order.price",
        "an AttributeConverter<test.Money>", "java.lang.String"), "@Convert");
  }

  @Test
  void converterThatIsNoConverter() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Convert(String.class) String price) {}
        """, String.format(Messages.CONVERTER_TYPE, "String", "Order.price", "not an AttributeConverter",
            "java.lang.String"), "@Convert");
  }

  @Test
  void converterWithoutNoArgConstructor() {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Convert(NeedsArg.class) Money price) {}
        """);
    assertOnlyErrorWith(order, String.format(Messages.CONVERTER_CONSTRUCTOR, "NeedsArg", "Order.price"), "@Convert");
  }

  private static void assertOnlyErrorWith(JavaFileObject order, String message, String line) {
    Compilation c = Sources.compile(order, Converters.money(), Converters.moneyConverter(),
        Converters.converterWithoutNoArgConstructor());
    assertThat(c).hadErrorContaining(message).inFile(order).onLineContaining(line);
    assertThat(c.errors()).hasSize(1);
  }
}
