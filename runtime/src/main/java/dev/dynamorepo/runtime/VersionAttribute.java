package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * The {@code @Version} attribute: it can be compared in conditions, but it is not a
 * {@link ValueAttribute}, so {@code set}, {@code add}, {@code remove} and {@code deleteAttributes}
 * on it do not compile. The runtime writes it: 1 on create, plus one on every other write.
 *
 * <pre>{@code
 * Condition<Order> fresh = OrderSchema.VERSION.ge(3L);
 * }</pre>
 *
 * @param <E> the entity type
 * @param <V> the version's number type
 */
public final class VersionAttribute<E, V extends Number> extends AttributePath<E, V> {
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the codec
   */
  public VersionAttribute(Access access, String name, Codec<V> codec) {
    super(List.of(name), codec);
    Access.check(access);
  }
}
