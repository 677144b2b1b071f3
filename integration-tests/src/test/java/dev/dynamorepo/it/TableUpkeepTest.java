package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.TableOptions;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** createTable keeps an existing table in step with the entity, and takes billing mode, capacities and tags. */
@WithDynamoDb
@CleanTables
class TableUpkeepTest {
  /** The events table as an older version of the entity made it: keys and the local index, no global index. */
  private static void createWithoutGlobalIndex(DynamoDbClient raw, boolean withLocalIndex) {
    raw.createTable(b -> {
      b.tableName("events").billingMode("PAY_PER_REQUEST")
          .keySchema(k -> k.attributeName("stream").keyType("HASH"), k -> k.attributeName("seq").keyType("RANGE"))
          .attributeDefinitions(a -> a.attributeName("stream").attributeType("S"), a -> a.attributeName("seq").attributeType("N"));
      if (withLocalIndex) {
        b.attributeDefinitions(a -> a.attributeName("stream").attributeType("S"), a -> a.attributeName("seq").attributeType("N"),
            a -> a.attributeName("priority").attributeType("N"));
        b.localSecondaryIndexes(l -> l.indexName("byPriority").projection(p -> p.projectionType("ALL"))
            .keySchema(k -> k.attributeName("stream").keyType("HASH"), k -> k.attributeName("priority").keyType("RANGE")));
      }
    });
  }

  @Test
  void aMissingGlobalIndexIsAddedAndWaitedFor(DynamoDbClient raw, EventRepository events) {
    createWithoutGlobalIndex(raw, true);
    events.createTable();   // before: a no-op, and queryByType failed with "Invalid index: byType"
    TableDescription d = raw.describeTable(b -> b.tableName("events")).table();
    assertEquals(List.of("byType"), d.globalSecondaryIndexes().stream().map(g -> g.indexName()).toList());
    events.put(new Event("s1", 1, "click", "2026-01-01", 1, null, null, null, null, null, null));
    assertEquals(1, events.queryByType("click").stream().count());
    events.createTable();   // and then a no-op
  }

  @Test
  void whatCannotBeAddedIsRefusedWithTheDifference(DynamoDbClient raw, EventRepository events) {
    createWithoutGlobalIndex(raw, false);
    DynamoException e = assertThrows(DynamoException.class, events::createTable);
    assertTrue(e.getMessage().contains("local index 'byPriority' is missing"), e.getMessage());
  }

  @Test
  void billingModeCapacitiesAndTags(DynamoDbClient raw, EventRepository events) {
    events.createTable(TableOptions.provisioned(7, 3).index("byType", 2, 1).tag("team", "payments"));
    TableDescription d = raw.describeTable(b -> b.tableName("events")).table();
    assertEquals(7L, d.provisionedThroughput().readCapacityUnits());
    assertEquals(3L, d.provisionedThroughput().writeCapacityUnits());
    assertEquals(2L, d.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits());
    assertTrue(d.billingModeSummary() == null || d.billingModeSummary().billingMode() == BillingMode.PROVISIONED);
    List<Tag> tags = raw.listTagsOfResource(b -> b.resourceArn(d.tableArn())).tags();
    assertEquals(Map.of("team", "payments"), Map.of(tags.get(0).key(), tags.get(0).value()));
    assertThrows(DynamoException.class, () -> TableOptions.onDemand().index("byType", 1, 1));
    assertThrows(DynamoException.class, () -> TableOptions.provisioned(0, 1));
  }
}
