package dev.dynamorepo.runtime;

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
  BinaryAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

  /**
   * A binary attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the codec
   * @param <E> the entity type
   * @param <V> the binary Java type
   * @return the attribute
   */
  public static <E, V> BinaryAttribute<E, V> binary(String name, Codec<V> codec) {
    return new BinaryAttribute<>(List.of(name), codec);
  }

  /** @param prefix the leading bytes @return {@code begins_with(attr, prefix)} */
  public KeyCondition<E> beginsWith(V prefix) {
    return beginsWithValue(encode(prefix));
  }

  /** @param part bytes to look for @return {@code contains(attr, part)} */
  public Condition<E> contains(V part) {
    return function("contains", encode(part));
  }
}
