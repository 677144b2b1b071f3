package dev.dynamorepo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every injectable type, through constructor and method parameters, and what is not claimed. */
@WithDynamoDb
@CleanTables
class InjectionTest {

    private final ThingRepository fromConstructor;
    private final DynamoDb dynamoFromConstructor;

    InjectionTest(ThingRepository things, DynamoDb dynamo) {
        this.fromConstructor = things;
        this.dynamoFromConstructor = dynamo;
    }

    @Test
    void injectsTheSharedAsyncClientAndItTalksToTheServer(DynamoDbAsyncClient async, DynamoDbClient sync) {
        assertSame(LocalDynamoDb.get().asyncClient(), async);
        Tables.create(sync, "async-visible");
        assertEquals(List.of("async-visible"), async.listTables().join().tableNames());
    }

    @Test
    void injectsOneSharedDynamoDbOnTheServer(DynamoDb dynamo, LocalDynamoDb local) {
        assertSame(local.dynamoDb(), dynamo);
        assertSame(dynamoFromConstructor, dynamo);
        Tables.create(local.client(), "seen-by-dynamo");
        assertEquals(List.of("seen-by-dynamo"), dynamo.listTables());
        assertEquals(local.endpoint(), endpointOf(dynamo.client()));
    }

    @Test
    void injectsRepositoriesBuiltOnTheSharedDynamoDb(ThingRepository things, ThingRepository other) {
        assertSame(LocalDynamoDb.get().dynamoDb(), things.dynamo());
        assertNotSame(things, other);
        things.createTable();
        things.put("t-1", "hello");
        assertEquals("hello", other.text("t-1"));
        assertEquals("hello", fromConstructor.text("t-1"));
    }

    @Test
    void claimsOnlyConcreteClassesWithAPublicDynamoDbConstructor() {
        assertTrue(DynamoDbExtension.repositoryConstructor(ThingRepository.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(String.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(int.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(Runnable.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(AbstractRepository.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(TwoArguments.class).isPresent());
        assertFalse(DynamoDbExtension.repositoryConstructor(PrivateConstructor.class).isPresent());
    }

    @Test
    void aFailingConstructorIsReportedWithTheClassName() throws NoSuchMethodException {
        Constructor<?> constructor = Exploding.class.getConstructor(DynamoDb.class);
        ParameterResolutionException e = assertThrows(ParameterResolutionException.class,
                () -> DynamoDbExtension.instantiate(constructor, LocalDynamoDb.get().dynamoDb()));
        assertTrue(e.getMessage().contains(Exploding.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("no table configured"), e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    private static URI endpointOf(DynamoDbClient client) {
        return client.serviceClientConfiguration().endpointOverride().orElseThrow();
    }

    abstract static class AbstractRepository {
        public AbstractRepository(DynamoDb dynamo) {
        }
    }

    static final class TwoArguments {
        public TwoArguments(DynamoDb dynamo, String table) {
        }
    }

    static final class PrivateConstructor {
        private PrivateConstructor(DynamoDb dynamo) {
        }
    }

    static final class Exploding {
        public Exploding(DynamoDb dynamo) {
            throw new IllegalStateException("no table configured");
        }
    }
}
