package dev.dynamorepo.runtime.support;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns one Java type into a DynamoDB {@link AttributeValue} and back, with the Enhanced Client's
 * default encoding.
 *
 * <p>Generated schemas hold one codec per attribute; codecs are stateless and thread-safe.
 *
 * @param <V> the Java type
 */
public interface Codec<V> {
  /**
   * Encodes a value.
   *
   * @param value never null
   * @return the attribute value, or null when the value is not stored (an empty set or an empty
   *     {@code Optional})
   */
  AttributeValue encode(V value);

  /**
   * Decodes a stored value.
   *
   * @param value never null and never {@code NUL}
   * @return the Java value
   */
  V decode(AttributeValue value);

  /**
   * The DynamoDB type this codec writes, for key schemas and set element checks.
   *
   * @return the stored type
   */
  StoredType storedType();

  /**
   * Encodes a value that may be null.
   *
   * @param value any value
   * @return null when the value is null or not stored, else the encoded value
   */
  default AttributeValue encodeNullable(V value) {
    return value == null ? null : encode(value);
  }

  /**
   * Decodes a value that may be missing or {@code NUL}.
   *
   * @param value any stored value
   * @return null when missing or {@code NUL}, else the decoded value
   */
  default V decodeNullable(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul()) ? null : decode(value);
  }
}
