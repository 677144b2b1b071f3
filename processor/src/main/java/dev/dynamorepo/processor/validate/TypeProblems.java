package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.ValueType;

/** Validate: why a value type tree cannot be stored, as the detail of an unsupported-type message. */
final class TypeProblems {
  private TypeProblems() {}

  /**
   * The first problem in the tree.
   *
   * @param type a property's value type
   * @return null when it can be stored, else a detail starting with ": " (or empty)
   */
  static String of(ValueType type) {
    return of(type, true);
  }

  private static String of(ValueType type, boolean top) {
    if (type instanceof ValueType.Unsupported u) {
      return top ? u.detail() : ": it contains " + Naming.simpleName(u.type()) + ", which cannot be stored" + u.detail();
    }
    if (type instanceof ValueType.ListOf l) {
      return of(l.element(), false);
    }
    if (type instanceof ValueType.MapOf m) {
      return of(m.value(), false);
    }
    if (type instanceof ValueType.OptionalOf o) {
      return of(o.inner(), false);
    }
    return type instanceof ValueType.SetOf s ? set(s) : null;
  }

  private static String set(ValueType.SetOf set) {
    String inner = of(set.element(), false);
    if (inner != null) {
      return inner;
    }
    if (set.element() instanceof ValueType.OptionalOf) {
      return ": set elements cannot be Optional";
    }
    return set.stored() == null
        ? ": a set is stored as SS, NS or BS, so its elements must be strings, numbers or binary,"
            + " not " + set.element().stored() + "; use a List"
        : null;
  }
}
