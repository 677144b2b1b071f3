package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class LocalDynamoDbTest {

    @Test
    void getReturnsOneInstancePerJvm() {
        assertSame(LocalDynamoDb.get(), LocalDynamoDb.get());
    }

    @Test
    void startsMotoOnLoopbackWhenNoEndpointIsConfigured() {
        String configured = System.getenv(LocalDynamoDb.ENDPOINT_ENV);
        assumeTrue(configured == null || configured.isBlank(), "DYNAMODB_ENDPOINT is set");
        LocalDynamoDb local = LocalDynamoDb.get();
        assertTrue(local.isMoto());
        assertEquals("http", local.endpoint().getScheme());
        assertEquals("127.0.0.1", local.endpoint().getHost());
        assertTrue(local.endpoint().getPort() > 0, local.endpoint().toString());
        assertEquals("us-east-1", local.region());
        AwsCredentials credentials = local.credentials().resolveCredentials();
        assertEquals("test", credentials.accessKeyId());
        assertEquals("test", credentials.secretAccessKey());
    }

    @Test
    void sharedClientIsReusedAndNewClientsAreIndependent() {
        LocalDynamoDb local = LocalDynamoDb.get();
        assertSame(local.client(), local.client());
        try (DynamoDbClient own = local.newClient()) {
            assertNotSame(local.client(), own);
            own.listTables();
        }
        // Closing an own client must leave the shared one working.
        local.client().listTables();
    }

    @Test
    void deleteAllTablesEmptiesListTables() {
        LocalDynamoDb local = LocalDynamoDb.get();
        DynamoDbClient client = local.client();
        for (String name : List.of("delete-all-a", "delete-all-b", "delete-all-c")) {
            Tables.create(client, name);
        }
        assertTrue(client.listTables().tableNames().containsAll(List.of("delete-all-a", "delete-all-c")));

        local.deleteAllTables();

        assertEquals(List.of(), client.listTables().tableNames());
        local.deleteAllTables(); // an empty server is fine too
    }

    @Test
    void missingPythonNamesBothWaysToGetAServer() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalDynamoDb.start("/nonexistent/python3"));
        String message = e.getMessage();
        assertTrue(message.contains("/nonexistent/python3"), message);
        assertTrue(message.contains("set DYNAMODB_ENDPOINT to a running DynamoDB-compatible endpoint"), message);
        assertTrue(message.contains("DynamoDB Local, LocalStack, AWS"), message);
        assertTrue(message.contains("install moto for python3"), message);
        assertTrue(message.contains("python3 -c \"import moto\""), message);
    }

    @Test
    void pythonThatExitsEarlyReportsTheTailOfTheLog(@TempDir Path dir) throws IOException {
        Path fakePython = dir.resolve("python3");
        Files.writeString(fakePython, "#!/bin/sh\n"
                + "for i in $(seq 1 30); do echo \"log line $i\"; done\n"
                + "echo \"ModuleNotFoundError: No module named 'moto'\" >&2\n"
                + "exit 1\n");
        Files.setPosixFilePermissions(fakePython, PosixFilePermissions.fromString("rwx------"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalDynamoDb.start(fakePython.toString()));

        String message = e.getMessage();
        assertTrue(message.contains("exited with code 1"), message);
        assertTrue(message.contains("DYNAMODB_ENDPOINT"), message);
        assertTrue(message.contains("import moto"), message);
        assertTrue(message.contains("ModuleNotFoundError: No module named 'moto'"), message);
        assertTrue(message.contains("log line 30") && message.contains("log line 12"), message);
        assertFalse(message.contains("log line 11"), "only the last 20 lines: " + message);
    }
}
