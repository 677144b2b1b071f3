package dev.dynamorepo.processor;

import static dev.dynamorepo.processor.Sources.assertOnlyError;

import dev.dynamorepo.processor.diag.Messages;
import org.junit.jupiter.api.Test;

/** One test per message about secondary index keys. */
class IndexErrorsTest {
  @Test
  void indexKeyOfSetType() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexPartitionKey("byTags") Set<String> tags) {}
        """, String.format(Messages.INDEX_KEY_TYPE, "IndexPartitionKey", "byTags", "Order.tags",
            "java.util.Set<java.lang.String>", "SS"), "@IndexPartitionKey");
  }

  @Test
  void secondIndexPartitionKeyOfOneIndex() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexPartitionKey("byAny") String a,
            @IndexPartitionKey("byAny") String b) {}
        """, String.format(Messages.DUPLICATE_INDEX_KEY, "Order.b", "IndexPartitionKey", "byAny", "Order", "Order.a"),
        "String b");
  }

  @Test
  void secondIndexSortKeyOfOneIndexWhenRepeated() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey String sk,
            @IndexSortKey(value = "byDay", local = true) @IndexSortKey(value = "byHour", local = true) Instant at,
            @IndexSortKey(value = "byDay", local = true) Instant other) {}
        """, String.format(Messages.DUPLICATE_INDEX_KEY, "Order.other", "IndexSortKey", "byDay", "Order", "Order.at"),
        "Instant other");
  }

  @Test
  void aLocalIndexOnATableWithoutSortKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexSortKey(value = "byDay", local = true) Instant at) {}
        """, String.format(Messages.LOCAL_INDEX_WITHOUT_SORT_KEY, "byDay", "Order.at"), "@IndexSortKey");
  }

  @Test
  void aMisspelledIndexNameIsAnErrorWithTheClosestName() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey String sk,
            @IndexPartitionKey("byStatus") String status,
            @IndexSortKey("bySatus") Instant at) {}
        """, String.format(Messages.UNPAIRED_INDEX_SORT_KEY, "bySatus", "Order.at", "; did you mean \"byStatus\"?"),
        "@IndexSortKey(\"bySatus\")");
  }

  @Test
  void anUnpairedIndexSortKeyWithNothingCloseSaysHowToDeclareALocalIndex() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey String sk,
            @IndexSortKey("byDay") Instant at) {}
        """, String.format(Messages.UNPAIRED_INDEX_SORT_KEY, "byDay", "Order.at", ""), "@IndexSortKey");
  }

  @Test
  void anIndexCannotBeLocalAndGlobal() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @SortKey String sk,
            @IndexPartitionKey("byDay") String day,
            @IndexSortKey(value = "byDay", local = true) Instant at) {}
        """, String.format(Messages.LOCAL_AND_GLOBAL_INDEX, "byDay", "Order.at"), "local = true");
  }

  @Test
  void invalidIndexName() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexPartitionKey("x") String a) {}
        """, String.format(Messages.INDEX_NAME, "IndexPartitionKey", "x", "Order.a"), "@IndexPartitionKey");
  }

  @Test
  void ignoredIndexKey() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexPartitionKey("byA") @Ignore String a) {}
        """, String.format(Messages.IGNORED_KEY, "Order.a", "IndexPartitionKey"), "@Ignore");
  }

  @Test
  void indexNamesGivingTheSameMethod() {
    assertOnlyError("""
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            @IndexPartitionKey("by-a") String a,
            @IndexPartitionKey("by_a") String b) {}
        """, String.format(Messages.INDEX_METHOD_CLASH, "by_a", "by-a", "queryByA"), "by_a");
  }
}
