package dev.dynamorepo.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Injects the JVM-wide {@link LocalDynamoDb} and its shared {@link DynamoDbClient} into test
 * constructors and methods, and empties the server before each test of a {@link CleanTables} class.
 *
 * <p>Register it with {@link WithDynamoDb} or {@code @ExtendWith(DynamoDbExtension.class)}. The
 * server starts on the first test that asks for it, not when the class loads.
 */
public class DynamoDbExtension implements ParameterResolver, BeforeEachCallback {

    /** Creates the extension; JUnit calls this, tests do not need to. */
    public DynamoDbExtension() {
    }

    /**
     * Accepts parameters declared exactly as {@link DynamoDbClient} or {@link LocalDynamoDb}.
     *
     * @param parameterContext the parameter to resolve
     * @param extensionContext the current test context
     * @return whether this extension resolves the parameter
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == DynamoDbClient.class || type == LocalDynamoDb.class;
    }

    /**
     * Returns the shared client or the {@link LocalDynamoDb} itself, starting the server if needed.
     *
     * @param parameterContext the parameter to resolve
     * @param extensionContext the current test context
     * @return the value to inject
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        LocalDynamoDb local = LocalDynamoDb.get();
        return parameterContext.getParameter().getType() == LocalDynamoDb.class ? local : local.client();
    }

    /**
     * Deletes every table before the test when its class (or an enclosing class) has {@link CleanTables}.
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
