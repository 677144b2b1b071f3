package dev.dynamorepo.processor;

import static dev.dynamorepo.processor.Sources.assertOnlyError;

import dev.dynamorepo.processor.diag.Messages;
import org.junit.jupiter.api.Test;

/** One test per message about keys, {@code @AutoIncrement} and {@code @Version}. */
class KeyErrorsTest {
  @Test
  void missingPartitionKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(String id) {}
        """, String.format(Messages.NO_PARTITION_KEY, "Order"), "@Table");
  }

  @Test
  void secondPartitionKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String a,
            @PartitionKey String b) {}
        """, String.format(Messages.DUPLICATE_PARTITION_KEY, "Order.b", "Order", "Order.a"),
        "@PartitionKey String b");
  }

  @Test
  void secondSortKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey String a,
            @SortKey String b) {}
        """, String.format(Messages.DUPLICATE_SORT_KEY, "Order.b", "Order", "Order.a"), "@SortKey String b");
  }

  @Test
  void partitionAndSortKeyOnOneAttribute() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey @SortKey String id) {}
        """, String.format(Messages.KEY_BOTH_ROLES, "Order.id"), "@SortKey");
  }

  @Test
  void keyStoredAsBool() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey boolean flag) {}
        """, String.format(Messages.KEY_TYPE, "SortKey", "Order.flag", "boolean", "BOOL"), "@SortKey");
  }

  @Test
  void keyStoredAsList() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey List<String> ids) {}
        """, String.format(Messages.KEY_TYPE, "PartitionKey", "Order.ids", "java.util.List<java.lang.String>", "L"),
        "@PartitionKey");
  }

  @Test
  void optionalKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey Optional<String> id) {}
        """, String.format(Messages.KEY_TYPE, "PartitionKey", "Order.id", "java.util.Optional<java.lang.String>",
            "an Optional"), "@PartitionKey");
  }

  @Test
  void ignoredKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey @Ignore String sk) {}
        """, String.format(Messages.IGNORED_KEY, "Order.sk", "SortKey"), "@Ignore");
  }

  @Test
  void autoIncrementNotOnPartitionKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @AutoIncrement Long counter) {}
        """, String.format(Messages.AUTO_INCREMENT_NOT_PARTITION_KEY, "Order.counter"), "@AutoIncrement");
  }

  @Test
  void autoIncrementOnPrimitive() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey @AutoIncrement long id) {}
        """, String.format(Messages.AUTO_INCREMENT_TYPE, "Order.id", "long"), "@AutoIncrement");
  }

  @Test
  void autoIncrementOnUuid() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey @AutoIncrement UUID id) {}
        """, String.format(Messages.AUTO_INCREMENT_TYPE, "Order.id", "java.util.UUID"), "@AutoIncrement");
  }

  @Test
  void autoIncrementBlockSizeBelowOne() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey
            @AutoIncrement(gapless = false,
                blockSize = 0) Long id) {}
        """, String.format(Messages.AUTO_INCREMENT_BLOCK_SIZE, 0, "Order.id"), "blockSize = 0");
  }

  @Test
  void versionOfWrongType() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Version String version) {}
        """, String.format(Messages.VERSION_TYPE, "Order.version", "java.lang.String"), "@Version");
  }

  @Test
  void versionOnKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey @Version Long id) {}
        """, String.format(Messages.VERSION_ON_KEY, "Order.id"), "@Version");
  }

  @Test
  void secondVersion() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Version long a,
            @Version long b) {}
        """, String.format(Messages.DUPLICATE_VERSION, "Order.b", "Order", "Order.a"), "@Version long b");
  }

  @Test
  void ignoredVersion() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @Version @Ignore long version) {}
        """, String.format(Messages.IGNORED_KEY, "Order.version", "Version"), "@Ignore");
  }
}
