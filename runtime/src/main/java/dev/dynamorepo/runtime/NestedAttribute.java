package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-key attribute holding a nested record or bean {@code N} (stored as a map):
 * {@link #get(ValueAttribute)} turns a field of {@code N} into a document path of {@code E}, with
 * its Java type kept.
 *
 * <pre>{@code
 * Condition<Order> paris = OrderSchema.ADDRESS.get(OrderSchema.AddressFields.CITY).eq("Paris");
 * }</pre>
 *
 * @param <E> the entity type
 * @param <N> the nested type
 */
public final class NestedAttribute<E, N> extends ValueAttribute<E, N> {
  NestedAttribute(List<String> path, Codec<N> codec) {
    super(path, codec);
  }

  /**
   * A nested attribute constant, as generated schemas declare them.
   *
   * @param name the stored name
   * @param codec the nested type's codec
   * @param <E> the entity type
   * @param <N> the nested type
   * @return the attribute
   */
  public static <E, N> NestedAttribute<E, N> nested(String name, Codec<N> codec) {
    return new NestedAttribute<>(List.of(name), codec);
  }

  /**
   * A field of the nested type, as a path from the entity.
   *
   * @param field the field constant from the generated {@code <Nested>Fields} class
   * @param <X> the field's type
   * @return the path {@code thisAttribute.field}
   */
  public <X> ValueAttribute<E, X> get(ValueAttribute<N, X> field) {
    List<String> child = new ArrayList<>(path());
    child.addAll(field.path());
    return new ValueAttribute<>(child, field.codec());
  }

  /**
   * A nested field that is itself a nested type, for deeper paths.
   *
   * @param field the nested field constant
   * @param <X> the deeper nested type
   * @return the path {@code thisAttribute.field}, navigable further
   */
  public <X> NestedAttribute<E, X> get(NestedAttribute<N, X> field) {
    List<String> child = new ArrayList<>(path());
    child.addAll(field.path());
    return new NestedAttribute<>(child, field.codec());
  }
}
