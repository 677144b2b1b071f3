package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Where moto accepts what DynamoDB refuses (MOTO.md): each test shows moto taking the raw request
 * and the library refusing the same input before sending, as DynamoDB would. Runs only on moto;
 * against another endpoint the raw half would (rightly) fail.
 */
@WithDynamoDb
@CleanTables
class MotoDifferencesTest {
  private DynamoDbClient client;
  private BlobRepository blobs;

  @BeforeEach
  void setUp(DynamoDbClient client, LocalDynamoDb local) {
    assumeTrue(local.isMoto(), "shows moto's leniency; DYNAMODB_ENDPOINT points at another server");
    this.client = client;
    blobs = new BlobRepository(DynamoDb.of(client));
    blobs.createTable();
  }

  @Test
  void aNumberWithThirtyNineDigits() {
    String n = "123456789012345678901234567890123456789";
    assertDoesNotThrow(() -> client.putItem(b -> b.tableName("blobs").item(Map.of("id", AttributeValue.fromS("raw"),
        "part", AttributeValue.fromS("p"), "amount", AttributeValue.fromN(n)))), "moto stores it; DynamoDB refuses it");
    assertThrows(DynamoException.class, () -> blobs.put(new Blob("lib", "p", null, new BigDecimal(n), null)));
    assertEquals(1, blobs.count());
  }

  @Test
  void aTransactionOverFourMegabytes() {
    List<TransactWriteItem> items = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      String id = "raw" + i;
      items.add(TransactWriteItem.builder().put(p -> p.tableName("blobs").item(Map.of("id", AttributeValue.fromS(id),
          "part", AttributeValue.fromS("p"), "payload", AttributeValue.fromS("x".repeat(390_000))))).build());
    }
    assertDoesNotThrow(() -> client.transactWriteItems(b -> b.transactItems(items)), "moto writes 4.3 MB; DynamoDB refuses");
    var tx = DynamoDb.of(client).transaction();
    for (int i = 0; i < 11; i++) {
      tx.put(blobs, new Blob("lib" + i, "p", "x".repeat(390_000), null, null));
    }
    assertThrows(DynamoException.class, tx::commit);
    assertEquals(11, blobs.count(), "only moto's raw write landed");
  }

  @Test
  void anEmptyMapKey() {
    assertDoesNotThrow(() -> client.putItem(b -> b.tableName("blobs").item(Map.of("id", AttributeValue.fromS("raw"),
        "part", AttributeValue.fromS("p"), "extra", AttributeValue.fromM(Map.of("", AttributeValue.fromS("v")))))));
    assertThrows(DynamoException.class, () -> blobs.put(new Blob("lib", "p", null, null, Map.of("", "v"))));
    assertEquals(java.util.Optional.empty(), blobs.get("lib", "p"));
    // What moto stored then breaks reads: a Scan of the table comes back as JSON the SDK cannot parse.
    assertThrows(DynamoException.class, blobs::count);
  }
}
