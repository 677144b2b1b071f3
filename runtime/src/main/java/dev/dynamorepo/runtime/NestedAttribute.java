package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-key attribute holding a nested record or bean {@code N} (stored as a map):
 * {@code get(field)} turns a field of {@code N} into a document path of {@code E} that keeps the
 * field's kind, so {@code beginsWith}, {@code add} and {@code contains} work on nested fields.
 *
 * <pre>{@code
 * Condition<Order> paris = OrderSchema.ADDRESS.get(OrderSchema.AddressFields.CITY).beginsWith("Par");
 * orders.update(k).add(OrderSchema.STATS.get(OrderSchema.StatsFields.VIEWS), 1L).execute();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <N> the nested type
 */
public final class NestedAttribute<E, N> extends ValueAttribute<E, N> {
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the nested type's codec
   */
  public NestedAttribute(Access access, String name, Codec<N> codec) {
    this(List.of(name), codec);
    Access.check(access);
  }

  NestedAttribute(List<String> path, Codec<N> codec) {
    super(path, codec);
  }

  private List<String> under(AttributePath<?, ?> field) {
    List<String> child = new ArrayList<>(path());
    child.addAll(field.path());
    return child;
  }

  /**
   * A field of the nested type, as a path from the entity.
   *
   * @param field the field constant from the generated {@code <Nested>Fields} class
   * @param <X> the field's type
   * @return the path {@code thisAttribute.field}
   */
  public <X> ValueAttribute<E, X> get(ValueAttribute<N, X> field) {
    return new ValueAttribute<>(under(field), field.codec());
  }

  /** @param field a string field @return the path, with {@code beginsWith} and {@code contains} */
  public StringAttribute<E> get(StringAttribute<N> field) {
    return new StringAttribute<>(under(field));
  }

  /** @param field a number field @param <X> the number type @return the path, with {@code add} */
  public <X extends Number> NumberAttribute<E, X> get(NumberAttribute<N, X> field) {
    return new NumberAttribute<>(under(field), field.codec());
  }

  /** @param field a binary field @param <X> the binary type @return the path, with {@code beginsWith} */
  public <X> BinaryAttribute<E, X> get(BinaryAttribute<N, X> field) {
    return new BinaryAttribute<>(under(field), field.codec());
  }

  /** @param field a set field @param <X> the element type @return the path, with {@code contains} and set updates */
  public <X> SetAttribute<E, X> get(SetAttribute<N, X> field) {
    return new SetAttribute<>(under(field), field.codec(), field.element());
  }

  /** @param field a list field @param <X> the element type @return the path, with {@code contains} and appends */
  public <X> ListAttribute<E, X> get(ListAttribute<N, X> field) {
    return new ListAttribute<>(under(field), field.codec(), field.element());
  }

  /**
   * A nested field that is itself a nested type, for deeper paths.
   *
   * @param field the nested field constant
   * @param <X> the deeper nested type
   * @return the path {@code thisAttribute.field}, navigable further
   */
  public <X> NestedAttribute<E, X> get(NestedAttribute<N, X> field) {
    return new NestedAttribute<>(under(field), field.codec());
  }
}
