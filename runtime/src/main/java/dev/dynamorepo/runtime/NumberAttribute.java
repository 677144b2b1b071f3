package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
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
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the codec
   */
  public NumberAttribute(Access access, String name, Codec<V> codec) {
    this(List.of(name), codec);
    Access.check(access);
  }

  /**
   * A document path below an entity attribute (a map entry); made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param path the stored names along the path
   * @param codec the codec
   */
  public NumberAttribute(Access access, List<String> path, Codec<V> codec) {
    this(path, codec);
    Access.check(access);
  }

  NumberAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

}
