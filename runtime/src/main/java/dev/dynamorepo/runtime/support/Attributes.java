package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.BinaryAttribute;
import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.ListAttribute;
import dev.dynamorepo.runtime.MapAttribute;
import dev.dynamorepo.runtime.NestedAttribute;
import dev.dynamorepo.runtime.NumberAttribute;
import dev.dynamorepo.runtime.SetAttribute;
import dev.dynamorepo.runtime.StringAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.VersionAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Makes the attribute constants of generated schemas, one factory per attribute kind, all named
 * after the kind. Generated code calls these; the kinds' constructors need this package's token.
 * No lambdas: the first lambda a JVM links costs its bootstrap, on the time to the first item.
 *
 * <pre>{@code
 * public static final StringKeyAttribute<Order> CUSTOMER_ID = Attributes.stringKey("customerId");
 * public static final NumberAttribute<Order, Long> TOTAL_CENTS = Attributes.number("totalCents", Codecs.LONG);
 * }</pre>
 */
public final class Attributes {
  private Attributes() {}

  /** @param name the stored name @param <E> the entity @return a string key */
  public static <E> StringKeyAttribute<E> stringKey(String name) {
    return new StringKeyAttribute<>(Access.TOKEN, name);
  }

  /** @param name the stored name @param codec S, N or B @param <E> the entity @param <V> the key type @return a key */
  public static <E, V> KeyAttribute<E, V> key(String name, Codec<V> codec) {
    return new KeyAttribute<>(Access.TOKEN, name, codec);
  }

  /** @param name the stored name @param <E> the entity @return a string attribute */
  public static <E> StringAttribute<E> string(String name) {
    return new StringAttribute<>(Access.TOKEN, name);
  }

  /** @param name the stored name @param codec the codec @param <E> the entity @param <V> the number type @return a number */
  public static <E, V extends Number> NumberAttribute<E, V> number(String name, Codec<V> codec) {
    return new NumberAttribute<>(Access.TOKEN, name, codec);
  }

  /** @param name the stored name @param codec the codec @param <E> the entity @param <V> the binary type @return a binary */
  public static <E, V> BinaryAttribute<E, V> binary(String name, Codec<V> codec) {
    return new BinaryAttribute<>(Access.TOKEN, name, codec);
  }

  /**
   * A set attribute.
   *
   * @param name the stored name
   * @param codec the set codec
   * @param element the element codec
   * @param <E> the entity
   * @param <X> the element type
   * @return the attribute
   */
  public static <E, X> SetAttribute<E, X> set(String name, Codec<Set<X>> codec, Codec<X> element) {
    return new SetAttribute<>(Access.TOKEN, name, codec, element);
  }

  /**
   * A list attribute.
   *
   * @param name the stored name
   * @param codec the list codec
   * @param element the element codec
   * @param <E> the entity
   * @param <X> the element type
   * @return the attribute
   */
  public static <E, X> ListAttribute<E, X> list(String name, Codec<List<X>> codec, Codec<X> element) {
    return new ListAttribute<>(Access.TOKEN, name, codec, element);
  }

  /**
   * A map whose entries are plain value attributes.
   *
   * @param name the stored name
   * @param codec the map codec
   * @param value the value codec
   * @param <E> the entity
   * @param <T> the value type
   * @return the attribute
   */
  public static <E, T> MapAttribute<E, T, ValueAttribute<E, T>> map(String name, Codec<Map<String, T>> codec, Codec<T> value) {
    return new MapAttribute<>(Access.TOKEN, name, codec, value, new BiFunction<>() {
      @Override
      public ValueAttribute<E, T> apply(List<String> path, Codec<T> c) {
        return new ValueAttribute<>(Access.TOKEN, path, c);
      }
    });
  }

  /**
   * A {@code Map<String, String>}: entries are string attributes.
   *
   * @param name the stored name
   * @param codec the map codec
   * @param <E> the entity
   * @return the attribute
   */
  public static <E> MapAttribute<E, String, StringAttribute<E>> stringMap(String name, Codec<Map<String, String>> codec) {
    return new MapAttribute<>(Access.TOKEN, name, codec, Codecs.STRING, new BiFunction<>() {
      @Override
      public StringAttribute<E> apply(List<String> path, Codec<String> c) {
        return new StringAttribute<>(Access.TOKEN, path);
      }
    });
  }

  /**
   * A map of numbers: entries are number attributes.
   *
   * @param name the stored name
   * @param codec the map codec
   * @param value the value codec
   * @param <E> the entity
   * @param <V> the number type
   * @return the attribute
   */
  public static <E, V extends Number> MapAttribute<E, V, NumberAttribute<E, V>> numberMap(String name,
      Codec<Map<String, V>> codec, Codec<V> value) {
    return new MapAttribute<>(Access.TOKEN, name, codec, value, new BiFunction<>() {
      @Override
      public NumberAttribute<E, V> apply(List<String> path, Codec<V> c) {
        return new NumberAttribute<>(Access.TOKEN, path, c);
      }
    });
  }

  /** @param name the stored name @param codec the nested codec @param <E> the entity @param <N> the nested type @return a nested attribute */
  public static <E, N> NestedAttribute<E, N> nested(String name, Codec<N> codec) {
    return new NestedAttribute<>(Access.TOKEN, name, codec);
  }

  /** @param name the stored name @param codec the codec @param <E> the entity @param <V> the type @return a plain value attribute */
  public static <E, V> ValueAttribute<E, V> value(String name, Codec<V> codec) {
    return new ValueAttribute<>(Access.TOKEN, name, codec);
  }

  /** @param name the stored name @param codec the codec @param <E> the entity @param <V> the number type @return the version attribute */
  public static <E, V extends Number> VersionAttribute<E, V> version(String name, Codec<V> codec) {
    return new VersionAttribute<>(Access.TOKEN, name, codec);
  }
}
