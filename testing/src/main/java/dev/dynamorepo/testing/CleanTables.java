package dev.dynamorepo.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes {@link DynamoDbExtension} delete every table on the local server before each test of the
 * annotated class, so that its tests start from an empty server.
 *
 * <p>Opt-in because it costs a ListTables call per test and would break test classes that create
 * their tables once in {@code @BeforeAll}. It is {@link Inherited} by subclasses and applies to
 * {@code @Nested} classes inside the annotated class.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CleanTables {
}
