package dev.dynamorepo.processor;

import static dev.dynamorepo.processor.Sources.assertOnlyError;

import dev.dynamorepo.processor.diag.Messages;
import org.junit.jupiter.api.Test;

/** One test per message about the type {@code @Table} is on and the table name. */
class ShapeErrorsTest {
  @Test
  void interfaceThatIsNotSealedIsRefused() {
    // A @Table interface is a single-table design, whose entity types it must permit.
    assertOnlyError("""
        @Table(name = "orders")
        public interface Order {}
        """, String.format(Messages.TABLE_NOT_SEALED, "Order", "Order"), "@Table");
  }

  @Test
  void enumIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public enum Order { A }
        """, String.format(Messages.ENTITY_NOT_CLASS, "Order"), "@Table");
  }

  @Test
  void abstractClassIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public abstract class Order {
          private String id;
          @PartitionKey public String getId() { return id; }
          public void setId(String id) { this.id = id; }
        }
        """, String.format(Messages.ENTITY_ABSTRACT, "Order"), "@Table");
  }

  @Test
  void genericTypeIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order<T>(@PartitionKey String id) {}
        """, String.format(Messages.ENTITY_GENERIC, "Order"), "@Table");
  }

  @Test
  void innerClassIsRefused() {
    assertOnlyError("""
        public class Order {
          @Table(name = "lines")
          public class Line {
            private String id;
            @PartitionKey public String getId() { return id; }
            public void setId(String id) { this.id = id; }
          }
        }
        """, String.format(Messages.ENTITY_INNER, "Order.Line"), "@Table");
  }

  @Test
  void privateTypeIsRefused() {
    assertOnlyError("""
        public class Order {
          @Table(name = "lines")
          private record Line(@PartitionKey String id) {}
        }
        """, String.format(Messages.ENTITY_PRIVATE, "Order.Line"), "@Table");
  }

  @Test
  void invalidTableNameIsRefused() {
    assertOnlyError("""
        @Table(name = "my orders")
        public record Order(@PartitionKey String id) {}
        """, String.format(Messages.TABLE_NAME, "my orders", "Order"), "my orders");
  }

  @Test
  void tooShortTableNameIsRefused() {
    assertOnlyError("""
        @Table(name = "ab")
        public record Order(@PartitionKey String id) {}
        """, String.format(Messages.TABLE_NAME, "ab", "Order"), "@Table");
  }

  @Test
  void beanWithoutNoArgConstructorIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public class Order {
          private String id;
          public Order(String id) { this.id = id; }
          @PartitionKey public String getId() { return id; }
          public void setId(String id) { this.id = id; }
        }
        """, String.format(Messages.BEAN_CONSTRUCTOR, "Order"), "public class Order");
  }

  @Test
  void beanPropertyWithoutGetterIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public class Order {
          private String id;
          @Attribute("n") private String name;
          @PartitionKey public String getId() { return id; }
          public void setId(String id) { this.id = id; }
        }
        """, String.format(Messages.BEAN_NO_GETTER, "name", "Order", "Name"), "private String name");
  }

  @Test
  void beanPropertyWithoutSetterIsRefused() {
    assertOnlyError("""
        @Table(name = "orders")
        public class Order {
          private String id;
          private long total;
          @PartitionKey public String getId() { return id; }
          public void setId(String id) { this.id = id; }
          public long getTotal() { return total; }
        }
        """, String.format(Messages.BEAN_NO_SETTER, "total", "Order", "Total", "long"), "private long total");
  }

  @Test
  void aBuilderThatDoesNotCoverEveryStoredProperty() {
    Sources.assertOnlyError("""
        @Table(name = "orders")
        public final class Order {
          private final String id;
          private final String note;
          private Order(String id, String note) { this.id = id; this.note = note; }
          public static Builder builder() { return new Builder(); }
          @PartitionKey public String getId() { return id; }
          public String getNote() { return note; }
          public static final class Builder {
            private String id;
            public Builder id(String id) { this.id = id; return this; }
            public Order build() { return new Order(id, null); }
          }
        }
        """, String.format(dev.dynamorepo.processor.diag.Messages.BUILDER_MISSING, "note", "Order", "builder", "Note"),
        "private final String note;");
  }
}
