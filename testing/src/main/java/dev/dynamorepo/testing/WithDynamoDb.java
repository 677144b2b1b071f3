package dev.dynamorepo.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registers {@link DynamoDbExtension} on a test class, so its tests can take a {@code DynamoDbClient}
 * or a {@link LocalDynamoDb} parameter.
 *
 * <pre>{@code
 * @WithDynamoDb
 * @CleanTables
 * class OrderRepositoryTest {
 *     @Test
 *     void savesAnOrder(DynamoDbClient ddb) {
 *         ddb.createTable(...);
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DynamoDbExtension.class)
public @interface WithDynamoDb {
}
