package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Each network and server fault against the real moto, through a raw SDK client with standard
 * retries (3 attempts); the shared client (no faults) checks what the server really holds.
 */
@WithDynamoDb
@CleanTables
class FaultInjectingHttpClientTest {

    private static final String TABLE = "faulty";
    private static final int SDK_ATTEMPTS = 3;

    private final DynamoDbClient direct = LocalDynamoDb.get().client();
    private FaultInjectingHttpClient faults;
    private DynamoDbClient ddb;

    @BeforeEach
    void createClientAndTable() {
        faults = FaultInjectingHttpClient.create();
        ddb = faults.clientFor(LocalDynamoDb.get());
        Tables.create(direct, TABLE);
    }

    @AfterEach
    void close() {
        ddb.close();
        faults.close();
    }

    @Test
    void lostResponseWasAppliedOnceAndTheSdkRetryFailsItsCondition() {
        faults.on("PutItem").loseResponse();

        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(createOnly("a", "first")));

        assertEquals("first", text("a"), "the server applied the first attempt");
        assertEquals(2, faults.requests("PutItem"));
        assertEquals(2, faults.forwarded("PutItem"));
        assertEquals(1, faults.faulted("PutItem"));
    }

    @Test
    void lostResponsesOnEveryAttemptSurfaceAsANetworkErrorAfterTheWriteHappened() {
        faults.on("PutItem").always().loseResponse();

        SdkClientException e = assertThrows(SdkClientException.class, () -> ddb.putItem(put("a", "x")));

        assertInstanceOf(IOException.class, e.getCause(), e.toString());
        assertEquals("x", text("a"));
        assertEquals(SDK_ATTEMPTS, faults.forwarded("PutItem"));
    }

    @Test
    void droppedRequestNeverReachesTheServerAndTheSdkRetrySucceeds() {
        faults.on("PutItem").dropRequest();

        ddb.putItem(createOnly("a", "once"));

        assertEquals("once", text("a"));
        assertEquals(2, faults.requests("PutItem"));
        assertEquals(1, faults.forwarded("PutItem"));
        assertEquals(1, faults.faulted("PutItem"));
    }

    @Test
    void requestsDroppedOnEveryAttemptLeaveTheServerUntouched() {
        faults.on("PutItem").times(SDK_ATTEMPTS).dropRequest();

        SdkClientException e = assertThrows(SdkClientException.class, () -> ddb.putItem(put("a", "x")));

        assertInstanceOf(IOException.class, e.getCause(), e.toString());
        assertEquals(null, text("a"));
        assertEquals(0, faults.forwarded("PutItem"));
        ddb.putItem(put("a", "after")); // the rule is used up
        assertEquals("after", text("a"));
    }

    @Test
    void throttledOnceIsRetriedBySdk() {
        faults.on("PutItem").throttle();

        ddb.putItem(put("a", "x"));

        assertEquals("x", text("a"));
        assertEquals(2, faults.requests("PutItem"));
        assertEquals(1, faults.forwarded("PutItem"));
    }

    @Test
    void alwaysThrottledSurfacesAsThrottlingExceptionAfterEveryAttempt() {
        faults.on("PutItem").always().throttle();

        ThrottlingException e = assertThrows(ThrottlingException.class, () -> ddb.putItem(put("a", "x")));

        assertEquals("ThrottlingException", e.awsErrorDetails().errorCode());
        assertEquals(400, e.statusCode());
        assertTrue(e.isThrottlingException());
        assertEquals(SDK_ATTEMPTS, faults.faulted("PutItem"));
        assertEquals(0, faults.forwarded("PutItem"));
        assertEquals(null, text("a"));
    }

    @Test
    void provisionedThroughputExceededIsItsOwnExceptionClass() {
        faults.on("PutItem").always().provisionedThroughputExceeded();

        ProvisionedThroughputExceededException e = assertThrows(
                ProvisionedThroughputExceededException.class, () -> ddb.putItem(put("a", "x")));

        assertTrue(e.isThrottlingException());
        assertEquals(SDK_ATTEMPTS, faults.faulted("PutItem"));
        assertEquals(null, text("a"));
    }

    @Test
    void serverErrorOnceIsRetriedAndAlwaysSurfacesAsInternalServerError() {
        faults.on("PutItem").serverError();
        ddb.putItem(put("a", "x"));
        assertEquals(1, faults.forwarded("PutItem"));
        assertEquals(2, faults.requests("PutItem"));

        faults.reset();
        faults.on("PutItem").always().serverError();
        InternalServerErrorException e = assertThrows(InternalServerErrorException.class,
                () -> ddb.putItem(put("b", "y")));
        assertEquals(500, e.statusCode());
        assertEquals(SDK_ATTEMPTS, faults.faulted("PutItem"));
        assertEquals(null, text("b"));
    }

    @Test
    void rulesHitOnlyTheirOperation() {
        faults.on("GetItem").always().serverError();

        ddb.putItem(put("a", "x"));
        assertThrows(InternalServerErrorException.class, () -> ddb.getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS("a")))));

        assertEquals(0, faults.faulted("PutItem"));
        assertEquals(1, faults.forwarded("PutItem"));
        assertEquals(SDK_ATTEMPTS, faults.faulted("GetItem"));
    }

    @Test
    void onAnyHitsEveryOperationAndResetDisarmsAndZeroes() {
        faults.onAny().always().throttle();
        assertThrows(ThrottlingException.class, () -> ddb.listTables());
        assertThrows(ThrottlingException.class, () -> ddb.putItem(put("a", "x")));

        faults.reset();

        assertEquals(0, faults.requests("PutItem"));
        assertEquals(0, faults.faulted("ListTables"));
        ddb.putItem(put("a", "x"));
        assertEquals(1, faults.forwarded("PutItem"));
    }

    @Test
    void rulesApplyInTheOrderTheyWereArmed() {
        faults.on("PutItem").dropRequest();
        faults.on("PutItem").throttle();

        ddb.putItem(put("a", "x"));

        assertEquals(3, faults.requests("PutItem"));
        assertEquals(2, faults.faulted("PutItem"));
        assertEquals(1, faults.forwarded("PutItem"));
    }

    @Test
    void concurrentCallersShareTheScriptExactly() throws Exception {
        faults.on("PutItem").times(5).throttle();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                PutItemRequest request = put("k" + i, "v" + i);
                puts.add(pool.submit(() -> ddb.putItem(request)));
            }
            for (Future<?> put : puts) {
                put.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(5, faults.faulted("PutItem"));
        assertEquals(40, faults.forwarded("PutItem"));
        assertEquals(45, faults.requests("PutItem"));
        assertEquals(40, direct.scan(b -> b.tableName(TABLE)).count());
    }

    @Test
    void namesItselfAfterTheWrappedClientAndRefusesNonsense() {
        assertEquals("FaultInjecting(UrlConnection)", faults.clientName());
        assertThrows(IllegalArgumentException.class, () -> faults.on(" "));
        assertThrows(IllegalArgumentException.class, () -> faults.on("PutItem").times(0));
        assertFalse(faults.clientName().isEmpty());
    }

    private static PutItemRequest put(String id, String text) {
        return PutItemRequest.builder().tableName(TABLE)
                .item(Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text))).build();
    }

    private static PutItemRequest createOnly(String id, String text) {
        return put(id, text).toBuilder().conditionExpression("attribute_not_exists(id)").build();
    }

    private String text(String id) {
        Map<String, AttributeValue> item = direct.getItem(b -> b.tableName(TABLE)
                .key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true)).item();
        return item.isEmpty() ? null : item.get("text").s();
    }
}
