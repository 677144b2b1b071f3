package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A non-key attribute of entity {@code E}: it can be compared in conditions, set in partial
 * updates and removed with {@code deleteAttributes}.
 *
 * @param <E> the entity type
 * @param <V> the attribute's Java type
 */
public class ValueAttribute<E, V> extends AttributePath<E, V> {
  ValueAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

  /**
   * A value attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the value codec
   * @param <E> the entity type
   * @param <V> the attribute's Java type
   * @return the attribute
   */
  public static <E, V> ValueAttribute<E, V> of(String name, Codec<V> codec) {
    return new ValueAttribute<>(List.of(name), codec);
  }
}
