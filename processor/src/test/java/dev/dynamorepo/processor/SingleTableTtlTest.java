package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A single-table design has one TTL attribute: every {@code createTable()} of the design enables
 * the one an entity declares, and two entities declaring different stored names do not compile.
 */
class SingleTableTtlTest {
  private static final JavaFileObject SHOP = Sources.of("ShopItem", """
      @Table(name = "shop")
      public sealed interface ShopItem permits Customer, Session, Order {}
      """);
  private static final JavaFileObject CUSTOMER = Sources.of("Customer", """
      @Entity(table = ShopItem.class, type = "CUSTOMER")
      @PartitionKeyTemplate("CUSTOMER#{customerId}")
      @SortKeyTemplate("PROFILE")
      public record Customer(String customerId, String name) implements ShopItem {}
      """);
  private static final JavaFileObject SESSION = Sources.of("Session", """
      @Entity(table = ShopItem.class, type = "SESSION")
      @PartitionKeyTemplate("CUSTOMER#{customerId}")
      @SortKeyTemplate("SESSION#{sessionId}")
      public record Session(String customerId, String sessionId, @TimeToLive Instant expiresAt) implements ShopItem {}
      """);

  private static JavaFileObject order(String ttl) {
    return Sources.of("Order", """
        @Entity(table = ShopItem.class, type = "ORDER")
        @PartitionKeyTemplate("CUSTOMER#{customerId}")
        @SortKeyTemplate("ORDER#{orderId}")
        public record Order(String customerId, String orderId,
            %s) implements ShopItem {}
        """.formatted(ttl));
  }

  @Test
  void everyCreateTableOfTheDesignEnablesTheTtlOneEntityDeclares() {
    Compilation c = Sources.compile(SHOP, CUSTOMER, SESSION, order("long totalCents"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.CustomerSchema").contentsAsUtf8String().contains(".tableTimeToLive(\"expiresAt\")");
    assertThat(c).generatedSourceFile("test.OrderSchema").contentsAsUtf8String().contains(".tableTimeToLive(\"expiresAt\")");
    assertThat(c).generatedSourceFile("test.ShopItemSchema").contentsAsUtf8String().contains(".tableTimeToLive(\"expiresAt\")");
    assertThat(c).generatedSourceFile("test.SessionSchema").contentsAsUtf8String().doesNotContain("tableTimeToLive");
  }

  @Test
  void twoEntitiesMayDeclareTtlUnderTheSameStoredName() {
    Compilation c = Sources.compile(SHOP, CUSTOMER, SESSION, order("@TimeToLive @Attribute(\"expiresAt\") Long purgeAt"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.ShopItemSchema").contentsAsUtf8String().contains(".tableTimeToLive(\"expiresAt\")");
  }

  @Test
  void aSecondTtlAttributeOfAnotherNameIsAnErrorOnItsDeclaration() {
    JavaFileObject order = order("@TimeToLive Long purgeAt");
    Compilation c = Sources.compile(SHOP, CUSTOMER, SESSION, order);
    assertThat(c).hadErrorContaining(String.format(Messages.TABLE_TTL_CONFLICT, "Order.purgeAt", "purgeAt", "Session", "ShopItem",
        "expiresAt", "expiresAt")).inFile(order).onLineContaining("@TimeToLive");
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }
}
