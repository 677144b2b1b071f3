package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB's ClientRequestToken replay, which moto lacks (it re-executes): every test increments
 * a counter in a transaction, so the counter tells how often the server really applied it.
 */
@WithDynamoDb
@CleanTables
class IdempotencyEmulationTest {

    private static final String TABLE = "counters";

    private final DynamoDbClient direct = LocalDynamoDb.get().client();
    private FaultInjectingHttpClient faults;
    private DynamoDbClient ddb;

    @BeforeEach
    void createClientAndTable() {
        faults = FaultInjectingHttpClient.create();
        faults.emulateIdempotency(true);
        ddb = faults.clientFor(LocalDynamoDb.get());
        Tables.create(direct, TABLE);
    }

    @AfterEach
    void close() {
        ddb.close();
        faults.close();
    }

    @Test
    void motoItselfReExecutesARepeatedToken() {
        faults.emulateIdempotency(false);

        ddb.transactWriteItems(increment("c", 1, "token-1"));
        ddb.transactWriteItems(increment("c", 1, "token-1"));

        assertEquals(2, counter("c"), "moto applies a repeat: the reason the emulation exists");
    }

    @Test
    void aRepeatWithTheSameTokenAndBodyIsReplayedWithoutASecondWrite() {
        ddb.transactWriteItems(increment("c", 1, "token-1"));
        ddb.transactWriteItems(increment("c", 1, "token-1"));

        assertEquals(1, counter("c"));
        assertEquals(1, faults.forwarded("TransactWriteItems"));
        assertEquals(1, faults.replayed("TransactWriteItems"));
    }

    @Test
    void theSameTokenWithAnotherBodyIsAMismatch() {
        ddb.transactWriteItems(increment("c", 1, "token-1"));

        assertThrows(IdempotentParameterMismatchException.class,
                () -> ddb.transactWriteItems(increment("c", 5, "token-1")));

        assertEquals(1, counter("c"));
        assertEquals(1, faults.forwarded("TransactWriteItems"));
    }

    @Test
    void aLostResponseIsRetriedByTheSdkWithItsTokenAndAnsweredByTheReplay() {
        faults.on("TransactWriteItems").loseResponse();

        // No token given: the SDK generates one and sends it again on its retry.
        ddb.transactWriteItems(increment("c", 1, null));

        assertEquals(1, counter("c"));
        assertEquals(2, faults.requests("TransactWriteItems"));
        assertEquals(1, faults.forwarded("TransactWriteItems"));
        assertEquals(1, faults.replayed("TransactWriteItems"));
    }

    @Test
    void failedTransactionsAreNotRememberedSoARepeatRunsAgain() {
        TransactWriteItemsRequest refused = increment("c", 1, "token-2").toBuilder()
                .transactItems(TransactWriteItem.builder().update(u -> u.tableName(TABLE)
                        .key(Map.of("id", AttributeValue.fromS("c")))
                        .updateExpression("ADD n :d")
                        .conditionExpression("attribute_exists(id)")
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromN("1")))).build())
                .build();
        assertThrows(TransactionCanceledException.class, () -> ddb.transactWriteItems(refused));
        assertThrows(TransactionCanceledException.class, () -> ddb.transactWriteItems(refused));

        assertEquals(2, faults.forwarded("TransactWriteItems"));
        assertEquals(0, faults.replayed("TransactWriteItems"));
    }

    @Test
    void resetForgetsTokens() {
        ddb.transactWriteItems(increment("c", 1, "token-1"));
        faults.reset();
        ddb.transactWriteItems(increment("c", 1, "token-1"));

        assertEquals(2, counter("c"));
    }

    private static TransactWriteItemsRequest increment(String id, int by, String token) {
        return TransactWriteItemsRequest.builder()
                .clientRequestToken(token)
                .transactItems(TransactWriteItem.builder().update(u -> u.tableName(TABLE)
                        .key(Map.of("id", AttributeValue.fromS(id)))
                        .updateExpression("ADD n :d")
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(Integer.toString(by))))).build())
                .build();
    }

    private long counter(String id) {
        Map<String, AttributeValue> item = direct.getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).item();
        return Long.parseLong(item.get("n").n());
    }
}
