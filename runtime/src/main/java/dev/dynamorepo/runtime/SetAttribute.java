package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.List;
import java.util.Set;

/**
 * A non-key set attribute (SS, NS or BS): adds {@code contains(element)}; partial updates can add
 * elements to it and delete elements from it.
 *
 * <pre>{@code
 * Condition<Order> gift = OrderSchema.TAGS.contains("gift");
 * orders.update("alice", "o-1").addToSet(OrderSchema.TAGS, Set.of("urgent")).execute();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <X> the element type
 */
public final class SetAttribute<E, X> extends ValueAttribute<E, Set<X>> {
  private final Codec<X> element;

  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the set codec
   * @param element the element codec
   */
  public SetAttribute(Access access, String name, Codec<Set<X>> codec, Codec<X> element) {
    this(List.of(name), codec, element);
    Access.check(access);
  }

  SetAttribute(List<String> path, Codec<Set<X>> codec, Codec<X> element) {
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
