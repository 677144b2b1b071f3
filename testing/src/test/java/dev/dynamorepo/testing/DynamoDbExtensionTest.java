package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@WithDynamoDb
@CleanTables
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynamoDbExtensionTest {

    private final LocalDynamoDb local;

    DynamoDbExtensionTest(LocalDynamoDb local) {
        this.local = local;
    }

    @Test
    @Order(1)
    void injectsTheSharedClientAndItTalksToTheServer(DynamoDbClient client) {
        assertSame(LocalDynamoDb.get(), local);
        assertSame(local.client(), client);
        Tables.create(client, "things");

        client.putItem(b -> b.tableName("things").item(Map.of(
                "id", AttributeValue.fromS("t-1"),
                "text", AttributeValue.fromS("hello"))));
        Map<String, AttributeValue> item = client.getItem(b -> b.tableName("things")
                .key(Map.of("id", AttributeValue.fromS("t-1"))).consistentRead(true)).item();

        assertEquals("hello", item.get("text").s());
    }

    @Test
    @Order(2)
    void cleanTablesRemovedTheTableOfTheEarlierTest(DynamoDbClient client) {
        assertEquals(List.of(), client.listTables().tableNames());
    }

    @Test
    void cleanTablesIsFoundOnTheClassItsSuperclassesAndEnclosingClasses() {
        assertTrue(DynamoDbExtension.wantsCleanTables(DynamoDbExtensionTest.class));
        assertTrue(DynamoDbExtension.wantsCleanTables(Inner.class));
        assertTrue(DynamoDbExtension.wantsCleanTables(Sub.class));
        assertFalse(DynamoDbExtension.wantsCleanTables(KeepsTablesTest.class));
        assertFalse(DynamoDbExtension.wantsCleanTables(String.class));
    }

    @Nested
    class Inner {
        @Test
        void nestedTestsGetParametersAndAnEmptyServer(DynamoDbClient client, LocalDynamoDb injected) {
            assertSame(local, injected);
            assertEquals(List.of(), client.listTables().tableNames());
        }
    }

    // Abstract so that no test runner executes the inherited tests a second time.
    abstract static class Sub extends DynamoDbExtensionTest {
        Sub(LocalDynamoDb local) {
            super(local);
        }
    }
}
