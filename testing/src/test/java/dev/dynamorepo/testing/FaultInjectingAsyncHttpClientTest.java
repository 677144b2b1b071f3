package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The same faults through a DynamoDbAsyncClient over Netty, and the script under concurrency. */
@WithDynamoDb
@CleanTables
class FaultInjectingAsyncHttpClientTest {

    private static final String TABLE = "faulty-async";
    private static final int SDK_ATTEMPTS = 3;

    // One client for the class: closing Netty waits out its event loops' quiet period (~2 s).
    private static FaultInjectingAsyncHttpClient faults;
    private static DynamoDbAsyncClient ddb;

    private final DynamoDbClient direct = LocalDynamoDb.get().client();

    @BeforeAll
    static void createClient() {
        faults = FaultInjectingAsyncHttpClient.create();
        ddb = faults.clientFor(LocalDynamoDb.get());
    }

    @AfterAll
    static void closeClient() {
        ddb.close();
        faults.close();
    }

    @BeforeEach
    void resetScriptAndCreateTable() {
        faults.reset();
        faults.emulateIdempotency(false);
        Tables.create(direct, TABLE);
    }

    @Test
    void passesRequestsThroughUntouchedWithoutRules() {
        ddb.putItem(put("a", "x")).join();
        assertEquals("x", text("a"));
        assertEquals(1, faults.forwarded("PutItem"));
        assertEquals("FaultInjecting(NettyNio)", faults.clientName());
    }

    @Test
    void lostResponseWasAppliedOnceAndTheSdkRetryFailsItsCondition() {
        faults.on("PutItem").loseResponse();

        Throwable e = failure(ddb.putItem(createOnly("a", "first")));

        assertInstanceOf(ConditionalCheckFailedException.class, e);
        assertEquals("first", text("a"));
        assertEquals(2, faults.forwarded("PutItem"));
    }

    @Test
    void droppedOnEveryAttemptNeverReachesTheServer() {
        faults.on("PutItem").always().dropRequest();

        Throwable e = failure(ddb.putItem(put("a", "x")));

        assertInstanceOf(SdkClientException.class, e);
        assertInstanceOf(IOException.class, e.getCause(), e.toString());
        assertEquals(null, text("a"));
        assertEquals(SDK_ATTEMPTS, faults.requests("PutItem"));
        assertEquals(0, faults.forwarded("PutItem"));
    }

    @Test
    void throttlingAndServerErrorsAreRetriedThenSurfaceAsTheirClasses() {
        faults.on("PutItem").throttle();
        ddb.putItem(put("a", "x")).join();
        assertEquals(1, faults.forwarded("PutItem"));

        faults.on("PutItem").always().throttle();
        assertInstanceOf(ThrottlingException.class, failure(ddb.putItem(put("b", "y"))));
        faults.reset();
        faults.on("PutItem").always().serverError();
        assertInstanceOf(InternalServerErrorException.class, failure(ddb.putItem(put("b", "y"))));

        assertEquals(SDK_ATTEMPTS, faults.faulted("PutItem"));
        assertEquals(null, text("b"));
    }

    @Test
    void aLostTransactionResponseIsAnsweredByTheReplayAndAMismatchIsRefused() {
        faults.emulateIdempotency(true);
        faults.on("TransactWriteItems").loseResponse();

        ddb.transactWriteItems(increment(1, "token-a")).join();
        Throwable mismatch = failure(ddb.transactWriteItems(increment(2, "token-a")));

        assertInstanceOf(IdempotentParameterMismatchException.class, mismatch);
        assertEquals("1", direct.getItem(b -> b.tableName(TABLE).key(key("c")).consistentRead(true))
                .item().get("n").n());
        assertEquals(1, faults.forwarded("TransactWriteItems"));
        assertEquals(2, faults.replayed("TransactWriteItems"));
    }

    @Test
    void concurrentRequestsShareTheScriptExactly() {
        faults.on("PutItem").times(5).throttle();

        List<CompletableFuture<?>> puts = IntStream.range(0, 40)
                .mapToObj(i -> ddb.putItem(put("k" + i, "v" + i)))
                .collect(Collectors.toList());
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();

        assertEquals(5, faults.faulted("PutItem"));
        assertEquals(40, faults.forwarded("PutItem"));
        assertEquals(45, faults.requests("PutItem"));
        assertEquals(40, direct.scan(b -> b.tableName(TABLE)).count());
    }

    private static Throwable failure(CompletableFuture<?> call) {
        CompletionException e = assertThrows(CompletionException.class, call::join);
        return e.getCause();
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    private static PutItemRequest put(String id, String text) {
        return PutItemRequest.builder().tableName(TABLE)
                .item(Map.of("id", AttributeValue.fromS(id), "text", AttributeValue.fromS(text))).build();
    }

    private static PutItemRequest createOnly(String id, String text) {
        return put(id, text).toBuilder().conditionExpression("attribute_not_exists(id)").build();
    }

    private static TransactWriteItemsRequest increment(int by, String token) {
        return TransactWriteItemsRequest.builder().clientRequestToken(token)
                .transactItems(TransactWriteItem.builder().update(u -> u.tableName(TABLE).key(key("c"))
                        .updateExpression("ADD n :d")
                        .expressionAttributeValues(Map.of(":d", AttributeValue.fromN(Integer.toString(by))))).build())
                .build();
    }

    private String text(String id) {
        Map<String, AttributeValue> item = direct.getItem(b -> b.tableName(TABLE).key(key(id))
                .consistentRead(true)).item();
        return item.isEmpty() ? null : item.get("text").s();
    }
}
