package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A key attribute (partition or sort key) of entity {@code E}. It takes part in conditions but is
 * not a {@link ValueAttribute}, so partial updates ({@code set}) and {@code deleteAttributes}
 * refuse it at compile time: DynamoDB never lets an item's key change.
 *
 * @param <E> the entity type
 * @param <V> the key's Java type
 */
public class KeyAttribute<E, V> extends AttributePath<E, V> {
  KeyAttribute(String name, Codec<V> codec) {
    super(List.of(name), codec);
  }

  /**
   * A key attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the value codec (stored as S, N or B)
   * @param <E> the entity type
   * @param <V> the key's Java type
   * @return the attribute
   */
  public static <E, V> KeyAttribute<E, V> of(String name, Codec<V> codec) {
    return new KeyAttribute<>(name, codec);
  }
}
