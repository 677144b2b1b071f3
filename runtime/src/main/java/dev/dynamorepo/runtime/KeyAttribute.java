package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
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
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the value codec (stored as S, N or B)
   */
  public KeyAttribute(Access access, String name, Codec<V> codec) {
    this(name, codec);
    Access.check(access);
  }

  KeyAttribute(String name, Codec<V> codec) {
    super(List.of(name), codec);
  }

}
