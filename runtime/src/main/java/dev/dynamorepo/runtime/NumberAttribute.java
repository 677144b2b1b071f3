package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A non-key number attribute: partial updates can {@code add} to it atomically.
 *
 * <pre>{@code
 * orders.update("alice", "o-1").add(OrderSchema.TOTAL_CENTS, 250L).execute();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <V> the number type
 */
public final class NumberAttribute<E, V extends Number> extends ValueAttribute<E, V> {
  NumberAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

  /**
   * A number attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the codec
   * @param <E> the entity type
   * @param <V> the number type
   * @return the attribute
   */
  public static <E, V extends Number> NumberAttribute<E, V> number(String name, Codec<V> codec) {
    return new NumberAttribute<>(List.of(name), codec);
  }
}
