package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A non-key binary attribute ({@code byte[]}, {@code SdkBytes}, {@code ByteBuffer}): adds
 * {@code beginsWith} and {@code contains}.
 *
 * @param <E> the entity type
 * @param <V> the binary Java type
 */
public final class BinaryAttribute<E, V> extends ValueAttribute<E, V> {
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the codec
   */
  public BinaryAttribute(Access access, String name, Codec<V> codec) {
    this(List.of(name), codec);
    Access.check(access);
  }

  BinaryAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

  /** @param prefix the leading bytes @return {@code begins_with(attr, prefix)} */
  public Condition<E> beginsWith(V prefix) {
    return beginsWithValue(encode(prefix));
  }

  /** @param part bytes to look for @return {@code contains(attr, part)} */
  public Condition<E> contains(V part) {
    return function("contains", encode(part));
  }
}
