package dev.dynamorepo.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Read: annotation mirrors by qualified name, and their values with defaults applied. */
final class Mirrors {
  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  static Optional<AnnotationMirror> find(Element element, String name) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (nameOf(m).equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The value of a member, its default when not written. */
  AnnotationValue value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException(nameOf(mirror) + " has no member " + member);
  }

  /** The value of a member only when written explicitly, for pointing messages at it. */
  static AnnotationValue explicitValue(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The annotations inside a container's {@code value} array (repeatable annotations). */
  List<AnnotationValue> repeated(AnnotationMirror container) {
    List<AnnotationValue> out = new ArrayList<>();
    Object array = value(container, "value").getValue();
    if (array instanceof List<?> list) {
      list.forEach(v -> out.add((AnnotationValue) v));
    }
    return out;
  }
}
