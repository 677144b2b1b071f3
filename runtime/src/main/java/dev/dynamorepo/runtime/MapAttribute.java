package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A non-key {@code Map<String, T>} attribute: {@link #key(String)} addresses one entry as a
 * document path, for conditions and partial updates.
 *
 * <pre>{@code
 * customers.update("c1").set(CustomerSchema.LABELS.key("tier"), "gold").execute();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <T> the value type
 */
public final class MapAttribute<E, T> extends ValueAttribute<E, Map<String, T>> {
  private final Codec<T> valueCodec;

  MapAttribute(List<String> path, Codec<Map<String, T>> codec, Codec<T> valueCodec) {
    super(path, codec);
    this.valueCodec = valueCodec;
  }

  /**
   * A map attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the map codec
   * @param valueCodec the value codec
   * @param <E> the entity type
   * @param <T> the value type
   * @return the attribute
   */
  public static <E, T> MapAttribute<E, T> of(String name, Codec<Map<String, T>> codec, Codec<T> valueCodec) {
    return new MapAttribute<>(List.of(name), codec, valueCodec);
  }

  /**
   * One entry of the map, as a document path.
   *
   * @param key the map key (any text: it is sent as a placeholder)
   * @return the entry's attribute
   */
  public ValueAttribute<E, T> key(String key) {
    List<String> child = new ArrayList<>(path());
    child.add(key);
    return new ValueAttribute<>(child, valueCodec);
  }
}
