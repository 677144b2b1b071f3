package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Generated files compared byte for byte with {@code src/test/resources/golden/GoldenTest/<method>/<fqcn>.java}
 * (Dagger's layout). The output is deterministic, so any change shows up here. After an intended
 * change, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden/GoldenTest");

  @Test
  void recordWithTwoKeysNestedTypesAndIndexes(TestInfo test) {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            @PartitionKey String customerId,
            @SortKey String orderId,
            long totalCents,
            Set<String> tags,
            @IndexSortKey("by-status") Instant createdAt,
            @IndexPartitionKey("by-status") Status status,
            Address shipTo,
            @Attribute("v") @Version Long version,
            @Ignore String note) {
          public enum Status { NEW, PAID }

          public record Address(String street, @Attribute("zip") String postalCode) {}
        }
        """);
    Compilation c = Sources.compile(order);
    assertThat(c).succeededWithoutWarnings();
    assertGolden(c, test, "test.OrderSchema", "test.OrderRepository", "test.OrderAsyncRepository");
  }

  @Test
  void beanWithAutoIncrementKeyAndConverter(TestInfo test) {
    JavaFileObject ticket = Sources.of("Ticket", """
        @Table(name = "tickets")
        public class Ticket {
          @PartitionKey @AutoIncrement(gapless = false, blockSize = 50) private Long id;
          private String title;
          private boolean open;
          @Convert(MoneyConverter.class) private Money price;

          public Long getId() { return id; }
          public void setId(Long id) { this.id = id; }
          public String getTitle() { return title; }
          public void setTitle(String title) { this.title = title; }
          public boolean isOpen() { return open; }
          public void setOpen(boolean open) { this.open = open; }
          public Money getPrice() { return price; }
          public void setPrice(Money price) { this.price = price; }
        }
        """);
    Compilation c = Sources.compile(ticket, Converters.money(), Converters.moneyConverter());
    assertThat(c).succeededWithoutWarnings();
    assertGolden(c, test, "test.TicketSchema", "test.TicketRepository");
  }

  @Test
  void singleTableDesignWithTwoEntitiesAndAnOverloadedIndex(TestInfo test) {
    JavaFileObject shop = Sources.of("ShopItem", """
        @Table(name = "shop")
        @GlobalIndex(name = "gsi1", partitionKey = "gsi1pk", sortKey = "gsi1sk")
        public sealed interface ShopItem permits Customer, Order {}
        """);
    JavaFileObject customer = Sources.of("Customer", """
        @Entity(table = ShopItem.class, type = "CUSTOMER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("PROFILE")
        public record Customer(String customerId, String name) implements ShopItem {}
        """);
    JavaFileObject order = Sources.of("Order", """
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{placedAt}#{orderId}")
        @IndexKeyTemplate(index = "gsi1", partition = "ORDER#{orderId}", sort = "ORDER")
        public record Order(String customerId, String orderId, Instant placedAt, long totalCents) implements ShopItem {}
        """);
    Compilation c = Sources.compile(shop, customer, order);
    assertThat(c).succeededWithoutWarnings();
    assertGolden(c, test, "test.ShopItemSchema", "test.ShopItemTable", "test.OrderSchema", "test.OrderRepository");
  }

  private static void assertGolden(Compilation c, TestInfo test, String... types) {
    Path dir = GOLDEN.resolve(test.getTestMethod().orElseThrow().getName());
    for (String type : types) {
      String actual = contents(c.generatedSourceFile(type).orElseThrow());
      Path golden = dir.resolve(type + ".java");
      if (Boolean.getBoolean("golden.update")) {
        write(golden, actual);
      }
      assertWithMessage("%s differs from %s", type, golden).that(actual).isEqualTo(read(golden));
    }
  }

  private static String contents(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
