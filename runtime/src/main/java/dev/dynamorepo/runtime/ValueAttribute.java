package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.Codec;
import java.util.List;

/**
 * A non-key attribute of entity {@code E}: it can be compared in conditions, set in partial
 * updates and removed with {@code deleteAttributes}.
 *
 * @param <E> the entity type
 * @param <V> the attribute's Java type
 */
public class ValueAttribute<E, V> extends AttributePath<E, V> {
  /**
   * A constant of a generated schema; made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param name the stored name
   * @param codec the value codec
   */
  public ValueAttribute(Access access, String name, Codec<V> codec) {
    this(List.of(name), codec);
    Access.check(access);
  }

  /**
   * A document path below an entity attribute (a map entry); made through {@code support.Attributes} only.
   *
   * @param access the support package's token
   * @param path the stored names along the path
   * @param codec the value codec
   */
  public ValueAttribute(Access access, List<String> path, Codec<V> codec) {
    this(path, codec);
    Access.check(access);
  }

  ValueAttribute(List<String> path, Codec<V> codec) {
    super(path, codec);
  }

}
