package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an attribute of a custom type with an Enhanced Client {@code AttributeConverter}.
 *
 * <pre>{@code
 * public record Money(long cents) {}
 * public final class MoneyConverter implements AttributeConverter<Money> { ... }
 *
 * @Table(name = "invoices")
 * public record Invoice(@PartitionKey String id, @Convert(MoneyConverter.class) Money total) {}
 * }</pre>
 *
 * <p>One converter instance is created per generated schema and reused, so it must be
 * thread-safe. The processor refuses a class that is not an
 * {@code software.amazon.awssdk.enhanced.dynamodb.AttributeConverter} of the attribute's type, or
 * that has no public no-arg constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Convert {
  /**
   * The converter class: an {@code AttributeConverter<T>} for the attribute's type {@code T}, with
   * a public no-arg constructor.
   *
   * @return the converter class
   */
  Class<?> value();
}
