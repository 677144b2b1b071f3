package dev.dynamorepo.runtime;

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

  ListAttribute(List<String> path, Codec<List<X>> codec, Codec<X> element) {
    super(path, codec);
    this.element = element;
  }

  /**
   * A list attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the list codec
   * @param element the element codec
   * @param <E> the entity type
   * @param <X> the element type
   * @return the attribute
   */
  public static <E, X> ListAttribute<E, X> of(String name, Codec<List<X>> codec, Codec<X> element) {
    return new ListAttribute<>(List.of(name), codec, element);
  }

  /** @param value an element @return {@code contains(attr, value)} */
  public Condition<E> contains(X value) {
    return function("contains", element.encode(value));
  }
}
