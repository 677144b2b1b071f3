package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A non-key list attribute: adds {@code contains(element)}; partial updates can append to it.
 *
 * <pre>{@code
 * orders.update("alice", "o-1").appendToList(OrderSchema.EVENTS, List.of("paid")).execute();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <X> the element type
 */
public final class ListAttribute<E, X> extends ValueAttribute<E, List<X>> {
  private final Codec<X> element;

  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the list codec
   * @param element the element codec
   */
  public ListAttribute(Access access, String name, Codec<List<X>> codec, Codec<X> element) {
    this(List.of(name), codec, element);
    Access.check(access);
  }

  ListAttribute(List<String> path, Codec<List<X>> codec, Codec<X> element) {
    super(path, codec);
    this.element = element;
  }

  /** @param value an element @return {@code contains(attr, value)} */
  public Condition<E> contains(X value) {
    return function("contains", element.encode(value));
  }

  Codec<X> element() {
    return element;
  }
}
