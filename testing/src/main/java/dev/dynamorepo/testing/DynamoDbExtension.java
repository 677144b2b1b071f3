package dev.dynamorepo.testing;

import dev.dynamorepo.runtime.DynamoDb;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Injects the JVM-wide {@link LocalDynamoDb}, its shared clients, the shared dynamo-repo
 * {@link DynamoDb} and repositories into test constructors and methods, and empties the server
 * before each test of a {@link CleanTables} class.
 *
 * <p>Parameters are resolved by their declared type:
 * <ul>
 *   <li>{@link DynamoDbClient}: {@link LocalDynamoDb#client()};</li>
 *   <li>{@link DynamoDbAsyncClient}: {@link LocalDynamoDb#asyncClient()};</li>
 *   <li>{@link LocalDynamoDb}: {@link LocalDynamoDb#get()};</li>
 *   <li>{@link DynamoDb}: {@link LocalDynamoDb#dynamoDb()}, shared, closed at JVM exit;</li>
 *   <li>any concrete class with a public constructor taking exactly one {@link DynamoDb}, such as
 *       a generated {@code OrderRepository}: a new instance built on the shared {@link DynamoDb}.</li>
 * </ul>
 * Every value except the repositories is shared, so tests must not close it.
 *
 * <pre>{@code
 * @WithDynamoDb
 * @CleanTables
 * class OrderServiceTest {
 *     @Test
 *     void stores(OrderRepository orders, DynamoDbClient raw) {
 *         orders.createTable();
 *     }
 * }
 * }</pre>
 *
 * <p>Register it with {@link WithDynamoDb} or {@code @ExtendWith(DynamoDbExtension.class)}. The
 * server starts on the first test that asks for it, not when the class loads.
 */
public class DynamoDbExtension implements ParameterResolver, BeforeEachCallback {

    /**
     * Creates the extension; JUnit calls this when a class says {@code @WithDynamoDb} or
     * {@code @ExtendWith(DynamoDbExtension.class)}, tests do not need to.
     */
    public DynamoDbExtension() {
    }

    /**
     * Accepts the types listed on the class; any other parameter is left to other resolvers.
     *
     * <pre>{@code
     * void test(DynamoDbClient client, OrderRepository orders) { ... }  // both supported
     * }</pre>
     *
     * @param parameterContext the parameter to resolve
     * @param extensionContext the current test context
     * @return whether this extension resolves the parameter
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return isShared(type) || repositoryConstructor(type).isPresent();
    }

    /**
     * Returns the shared value for the parameter's type, or a new repository built on the shared
     * {@link DynamoDb}, starting the server if needed.
     *
     * <pre>{@code
     * @Test void stores(OrderRepository orders) { orders.createTable(); }
     * }</pre>
     *
     * @param parameterContext the parameter to resolve
     * @param extensionContext the current test context
     * @return the value to inject
     * @throws ParameterResolutionException naming the class if a repository constructor fails
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        LocalDynamoDb local = LocalDynamoDb.get();
        if (type == LocalDynamoDb.class) {
            return local;
        }
        if (type == DynamoDbClient.class) {
            return local.client();
        }
        if (type == DynamoDbAsyncClient.class) {
            return local.asyncClient();
        }
        if (type == DynamoDb.class) {
            return local.dynamoDb();
        }
        return instantiate(repositoryConstructor(type).orElseThrow(), local.dynamoDb());
    }

    private static boolean isShared(Class<?> type) {
        return type == LocalDynamoDb.class || type == DynamoDbClient.class
                || type == DynamoDbAsyncClient.class || type == DynamoDb.class;
    }

    // Exactly the shape of generated repositories: public, concrete, public (DynamoDb) constructor.
    static Optional<Constructor<?>> repositoryConstructor(Class<?> type) {
        if (type.isPrimitive() || type.isInterface() || type.isArray()
                || Modifier.isAbstract(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.getConstructor(DynamoDb.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    static Object instantiate(Constructor<?> constructor, DynamoDb dynamo) {
        String name = constructor.getDeclaringClass().getName();
        try {
            // A public constructor of a non-public class (a test's own nested class) needs this.
            constructor.setAccessible(true);
            return constructor.newInstance(dynamo);
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException("Could not create " + name + " for injection: its "
                    + constructor.getDeclaringClass().getSimpleName() + "(DynamoDb) constructor threw "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ParameterResolutionException("Could not create " + name
                    + " for injection through its (DynamoDb) constructor: " + e, e);
        }
    }

    /**
     * Deletes every table before the test when its class (or an enclosing class) has {@link CleanTables}.
     *
     * <pre>{@code
     * @WithDynamoDb @CleanTables class OrderServiceTest { ... }
     * }</pre>
     *
     * @param context the current test context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (wantsCleanTables(context.getRequiredTestClass())) {
            LocalDynamoDb.get().deleteAllTables();
        }
    }

    // Enclosing classes count so that @Nested tests inherit their outer class's isolation.
    static boolean wantsCleanTables(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(type, CleanTables.class)) {
                return true;
            }
        }
        return false;
    }
}
