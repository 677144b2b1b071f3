package dev.dynamorepo.runtime;

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

  SetAttribute(List<String> path, Codec<Set<X>> codec, Codec<X> element) {
    super(path, codec);
    this.element = element;
  }

  /**
   * A set attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the set codec
   * @param element the element codec
   * @param <E> the entity type
   * @param <X> the element type
   * @return the attribute
   */
  public static <E, X> SetAttribute<E, X> of(String name, Codec<Set<X>> codec, Codec<X> element) {
    return new SetAttribute<>(List.of(name), codec, element);
  }

  /** @param value an element @return {@code contains(attr, value)} */
  public Condition<E> contains(X value) {
    return function("contains", element.encode(value));
  }
}
