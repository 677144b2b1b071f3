package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
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
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   */
  public StringAttribute(Access access, String name) {
    this(List.of(name));
    Access.check(access);
  }

  /**
   * A document path below an entity attribute (a map entry); made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param path the stored names along the path
   */
  public StringAttribute(Access access, List<String> path) {
    this(path);
    Access.check(access);
  }

  StringAttribute(List<String> path) {
    super(path, Codecs.STRING);
  }

  /** @param prefix the prefix @return {@code begins_with(attr, prefix)} */
  public Condition<E> beginsWith(String prefix) {
    return beginsWithValue(AttributeValue.fromS(prefix));
  }

  /** @param substring the substring @return {@code contains(attr, substring)} */
  public Condition<E> contains(String substring) {
    return function("contains", AttributeValue.fromS(substring));
  }
}
