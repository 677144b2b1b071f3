package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A non-key {@code Map<String, T>} attribute: {@link #key(String)} addresses one entry as a
 * document path of the value's own kind ({@code StringAttribute} for {@code Map<String, String>},
 * {@code NumberAttribute} for numbers), for conditions and partial updates.
 *
 * <pre>{@code
 * customers.update("c1").set(CustomerSchema.LABELS.key("tier"), "gold").execute();
 * Condition<Customer> vip = CustomerSchema.LABELS.key("tier").beginsWith("gold");
 * }</pre>
 *
 * @param <E> the entity type
 * @param <T> the value type
 * @param <A> the attribute kind of one entry
 */
public final class MapAttribute<E, T, A extends ValueAttribute<E, T>> extends ValueAttribute<E, Map<String, T>> {
  private final Codec<T> valueCodec;
  private final BiFunction<List<String>, Codec<T>, A> entry;

  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the map codec
   * @param valueCodec the value codec
   * @param entry makes the attribute of one entry from its path and codec
   */
  public MapAttribute(Access access, String name, Codec<Map<String, T>> codec, Codec<T> valueCodec,
      BiFunction<List<String>, Codec<T>, A> entry) {
    super(List.of(name), codec);
    Access.check(access);
    this.valueCodec = valueCodec;
    this.entry = entry;
  }

  /**
   * One entry of the map, as a document path.
   *
   * @param key the map key (any text but empty: it is sent as a placeholder)
   * @return the entry's attribute
   * @throws DynamoException when the key is empty, which DynamoDB refuses
   */
  public A key(String key) {
    List<String> child = new ArrayList<>(path());
    child.add(java.util.Objects.requireNonNull(key, "key"));
    return entry.apply(child, valueCodec);
  }
}
