package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codecs;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A non-key string attribute: adds {@code beginsWith} and substring {@code contains}.
 *
 * <pre>{@code
 * Condition<Customer> c = CustomerSchema.EMAIL.beginsWith("ann").and(CustomerSchema.NAME.contains("Liddell"));
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class StringAttribute<E> extends ValueAttribute<E, String> {
  StringAttribute(List<String> path) {
    super(path, Codecs.STRING);
  }

  /**
   * A string attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param <E> the entity type
   * @return the attribute
   */
  public static <E> StringAttribute<E> of(String name) {
    return new StringAttribute<>(List.of(name));
  }

  /** @param prefix the prefix @return {@code begins_with(attr, prefix)} */
  public KeyCondition<E> beginsWith(String prefix) {
    return beginsWithValue(AttributeValue.fromS(prefix));
  }

  /** @param substring the substring @return {@code contains(attr, substring)} */
  public Condition<E> contains(String substring) {
    return function("contains", AttributeValue.fromS(substring));
  }
}
