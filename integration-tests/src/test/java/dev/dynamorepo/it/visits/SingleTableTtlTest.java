package dev.dynamorepo.it.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * Every {@code createTable()} of a single-table design enables the design's TTL attribute, also
 * those of the entities that do not declare it and of the design's table view, sync and async.
 */
@WithDynamoDb
class SingleTableTtlTest {
  private DynamoDbClient client;
  private DynamoDb dynamo;

  @BeforeEach
  void setUp(DynamoDbClient client, DynamoDbAsyncClient async) {
    this.client = client;
    this.dynamo = DynamoDb.of(client, async);
    if (client.listTables().tableNames().contains("visits")) {
      client.deleteTable(b -> b.tableName("visits"));
    }
  }

  private void assertTtlOnExpiresAt() {
    TimeToLiveDescription ttl = client.describeTimeToLive(b -> b.tableName("visits")).timeToLiveDescription();
    assertEquals("ENABLED", ttl.timeToLiveStatusAsString());
    assertEquals("expiresAt", ttl.attributeName());
  }

  @Test
  void theCreateTableOfAnEntityWithoutTtlEnablesTheDesignsTtl() {
    new VisitorRepository(dynamo).createTable();
    assertTtlOnExpiresAt();
  }

  @Test
  void theDesignTablesCreateTableEnablesIt() {
    new VisitsTable(dynamo).createTable();
    assertTtlOnExpiresAt();
  }

  @Test
  void theAsyncCreateTableEnablesItToo() throws Exception {
    new VisitorRepository(dynamo).async().createTable().get(60, TimeUnit.SECONDS);
    assertTtlOnExpiresAt();
  }

  @Test
  void onAnExistingTableWithoutTtlCreateTableTurnsItOn() {
    new VisitsTable(dynamo).createTable();
    client.updateTimeToLive(b -> b.tableName("visits").timeToLiveSpecification(t -> t.attributeName("expiresAt").enabled(false)));
    new VisitorRepository(dynamo).createTable();
    assertTtlOnExpiresAt();
  }
}
