package dev.dynamorepo.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * Model: how one Java type is stored, as a tree that mirrors the runtime codec built for it
 * ({@code List<Address>} is a {@link ListOf} of a {@link NestedOf}).
 */
public sealed interface ValueType {
  /** @return the Java type, boxed, with its type arguments: the {@code V} of the attribute */
  TypeName type();

  /** @return the stored type; null when the type cannot be stored */
  Stored stored();

  /**
   * A type with a ready-made codec constant.
   *
   * @param type the boxed Java type
   * @param codec the {@code Codecs} constant's name
   * @param stored its stored type
   */
  record Scalar(TypeName type, String codec, Stored stored) implements ValueType {}

  /** An enum, stored by {@code toString()}. @param type the enum */
  record EnumOf(TypeName type) implements ValueType {
    @Override
    public Stored stored() {
      return Stored.S;
    }
  }

  /** A list, stored as L. @param type the list type @param element the element's type */
  record ListOf(TypeName type, ValueType element) implements ValueType {
    @Override
    public Stored stored() {
      return Stored.L;
    }
  }

  /** A set, stored as SS, NS or BS. @param type the set type @param element the element's type */
  record SetOf(TypeName type, ValueType element) implements ValueType {
    @Override
    public Stored stored() {
      return element.stored() == null ? null : element.stored().setOf();
    }
  }

  /** A map with string keys, stored as M. @param type the map type @param value the values' type */
  record MapOf(TypeName type, ValueType value) implements ValueType {
    @Override
    public Stored stored() {
      return Stored.M;
    }
  }

  /** An {@code Optional}, stored as its content. @param type the type @param inner the content */
  record OptionalOf(TypeName type, ValueType inner) implements ValueType {
    @Override
    public Stored stored() {
      return inner.stored();
    }
  }

  /** A nested record or bean, stored as M. @param type the nested type */
  record NestedOf(TypeName type) implements ValueType {
    @Override
    public Stored stored() {
      return Stored.M;
    }
  }

  /** A type stored by an {@code @Convert} converter. @param type the type @param converter it */
  record Converted(TypeName type, ConverterModel converter) implements ValueType {
    @Override
    public Stored stored() {
      return Stored.CONVERTED;
    }
  }

  /**
   * A type that cannot be stored.
   *
   * @param type the type as written
   * @param detail why, starting with ": ", or empty
   */
  record Unsupported(TypeName type, String detail) implements ValueType {
    @Override
    public Stored stored() {
      return null;
    }
  }
}
