package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Without {@link CleanTables} the extension must leave tables alone between tests. */
@WithDynamoDb
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepsTablesTest {

    @Test
    @Order(1)
    void createsATable(DynamoDbClient client) {
        Tables.create(client, "kept");
    }

    @Test
    @Order(2)
    void theTableIsStillThere(DynamoDbClient client) {
        assertTrue(client.listTables().tableNames().contains("kept"));
    }

    @AfterAll
    static void dropTheTable() {
        LocalDynamoDb.get().client().deleteTable(b -> b.tableName("kept"));
    }
}
