package dev.dynamorepo.processor;

import static dev.dynamorepo.processor.Sources.assertOnlyError;

import dev.dynamorepo.processor.diag.Messages;
import org.junit.jupiter.api.Test;

/** One test per message about lifecycle attributes: TTL, timestamps, generated ids. */
class LifecycleErrorsTest {
  @Test
  void aTtlOfAnotherType() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id,
            @TimeToLive String expires) {}
        """, String.format(Messages.TTL_TYPE, "Order.expires", "java.lang.String"), "@TimeToLive");
  }

  @Test
  void twoTtlAttributes() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id, @TimeToLive Instant a,
            @TimeToLive long b) {}
        """, String.format(Messages.DUPLICATE_TTL, "Order.b", "Order", "Order.a"), "@TimeToLive long b");
  }

  @Test
  void aTimestampOfAnotherType() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id,
            @UpdatedAt long at) {}
        """, String.format(Messages.TIMESTAMP_TYPE, "UpdatedAt", "Order.at", "long"), "@UpdatedAt");
  }

  @Test
  void twoCreatedAtAttributes() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id, @CreatedAt Instant a,
            @CreatedAt Instant b) {}
        """, String.format(Messages.DUPLICATE_CREATED_AT, "Order.b", "Order", "Order.a"), "@CreatedAt Instant b");
  }

  @Test
  void aLifecycleAttributeOnAKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id,
            @SortKey @CreatedAt Instant at) {}
        """, String.format(Messages.LIFECYCLE_ON_KEY, "CreatedAt", "Order.at"), "@CreatedAt");
  }

  @Test
  void aGeneratedIdOnTheSortKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(@PartitionKey String id,
            @SortKey @GeneratedId String part) {}
        """, String.format(Messages.GENERATED_ID_PLACE, "Order.part", "the sort key"), "@GeneratedId");
  }

  @Test
  void aGeneratedIdOnANumericKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey @GeneratedId Long id) {}
        """, String.format(Messages.GENERATED_ID_TYPE, "Order.id", "java.lang.Long", "UUID", " or a UUID key"), "@GeneratedId");
  }

  @Test
  void aUlidNeedsAString() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey @GeneratedId(GeneratedId.Strategy.ULID) UUID id) {}
        """, String.format(Messages.GENERATED_ID_TYPE, "Order.id", "java.util.UUID", "ULID", ""), "@GeneratedId");
  }
}
