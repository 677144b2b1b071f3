package dev.dynamorepo.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Value classes with builders (Immutables, AutoValue, Lombok): a Lombok {@code @Value @Builder} entity compiles whichever order the
 * processors are listed in, and an AutoValue entity with its builder compiles beside AutoValue:
 * dynamo-repo waits a round for Lombok's getters and builder when it runs first.
 */
class ValueClassesTest {
  private static final JavaFileObject PRODUCT = Sources.of("Product", """
      @Table(name = "products")
      @lombok.Value
      @lombok.Builder
      public class Product {
        @PartitionKey String sku;
        String title;
        long priceCents;
        Set<String> tags;
      }
      """);
  private static final JavaFileObject USE = Sources.of("Use", """
      class Use {
        Product roundTrip(Product p) {
          return ProductSchema.fromItem(ProductSchema.toItem(p));
        }
      }
      """);

  private static Processor lombok() {
    try {
      return (Processor) Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Compilation compile(Processor... processors) {
    return javac().withProcessors(processors).withOptions("-Xlint:all,-processing,-options").compile(PRODUCT, USE);
  }

  @Test
  void lombokListedFirst() {
    Compilation c = compile(lombok(), new EntityProcessor());
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.ProductSchema").contentsAsUtf8String().contains("Product.builder()");
  }

  @Test
  void lombokListedAfterDynamoRepo() {
    Compilation c = javac().withProcessors(new EntityProcessor(), lombok()).compile(PRODUCT, USE);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.ProductSchema").contentsAsUtf8String().contains("Product.builder()");
  }

  @Test
  void anAutoValueEntityWithABuilder() {
    JavaFileObject money = Sources.of("Payment", """
        @Table(name = "payments")
        @com.google.auto.value.AutoValue
        public abstract class Payment {
          @PartitionKey abstract String id();
          abstract long cents();
          static Builder builder() { return new AutoValue_Payment.Builder(); }

          @com.google.auto.value.AutoValue.Builder
          abstract static class Builder {
            abstract Builder setId(String id);
            abstract Builder setCents(long cents);
            abstract Payment build();
          }
        }
        """);
    JavaFileObject use = Sources.of("UsePayment", """
        class UsePayment {
          Payment roundTrip(Payment p) {
            return PaymentSchema.fromItem(PaymentSchema.toItem(p));
          }
        }
        """);
    Compilation c = javac().withProcessors(new EntityProcessor(), new com.google.auto.value.processor.AutoValueProcessor(),
        new com.google.auto.value.processor.AutoValueBuilderProcessor()).compile(money, use);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.PaymentSchema").contentsAsUtf8String().contains("Payment.builder()");
  }

  @Test
  void anImmutablesEntityReadThroughItsGeneratedBuilder() {
    JavaFileObject item = Sources.of("Item", """
        @Table(name = "items")
        @org.immutables.value.Value.Immutable
        public abstract class Item {
          @PartitionKey public abstract String id();
          public abstract int count();
          public static ImmutableItem.Builder builder() { return ImmutableItem.builder(); }
        }
        """);
    JavaFileObject use = Sources.of("UseItem", """
        class UseItem {
          Item roundTrip(Item i) {
            return ItemSchema.fromItem(ItemSchema.toItem(i));
          }
        }
        """);
    Compilation c = javac().withProcessors(new EntityProcessor(), immutables()).compile(item, use);
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("test.ItemSchema").contentsAsUtf8String().contains("Item.builder()");
  }

  private static Processor immutables() {
    try {
      return (Processor) Class.forName("org.immutables.processor.ProxyProcessor").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void withoutLombokOnTheProcessorPathTheErrorNamesTheCauseAndTheFix() {
    Compilation c = javac().withProcessors(new EntityProcessor()).compile(PRODUCT);
    assertThat(c).hadErrorContaining("[DdbLombok] property sku of Product has no getter getSku(), though Product uses Lombok")
        .inFile(PRODUCT).onLineContaining("@PartitionKey String sku");
  }
}
