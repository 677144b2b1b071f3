package dev.dynamorepo.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Diagnostics: the exact spot a message points at (element, and the annotation and annotation
 * value when there is one), as javac's {@code Messager} wants it. Opaque to every stage but
 * {@code read}, which makes them, and this package, which prints them.
 */
public final class SourceRef {
  private final Element element;
  private final AnnotationMirror mirror;
  private final AnnotationValue value;

  private SourceRef(Element element, AnnotationMirror mirror, AnnotationValue value) {
    this.element = element;
    this.mirror = mirror;
    this.value = value;
  }

  /**
   * Points at an element.
   *
   * @param element the element
   * @return the reference
   */
  public static SourceRef of(Element element) {
    return new SourceRef(element, null, null);
  }

  /**
   * Points at an annotation (or one of its values) on an element.
   *
   * @param element the annotated element
   * @param mirror the annotation
   * @param value one of its values, or null for the whole annotation
   * @return the reference
   */
  public static SourceRef of(Element element, AnnotationMirror mirror, AnnotationValue value) {
    return new SourceRef(element, mirror, value);
  }

  /**
   * The same spot, narrowed to one value of its annotation.
   *
   * @param annotationValue the value, or null to keep the whole annotation
   * @return the reference
   */
  public SourceRef withValue(AnnotationValue annotationValue) {
    return annotationValue == null ? this : new SourceRef(element, mirror, annotationValue);
  }

  /**
   * The element, for {@code addOriginatingElement} (incremental compilation needs exactly one).
   *
   * @return the element
   */
  public Element element() {
    return element;
  }

  /**
   * Prints an error here, for the few messages outside a {@link Report} (crashes, deferrals).
   *
   * @param messager javac's messager
   * @param message the formatted message
   */
  public void printError(Messager messager, String message) {
    print(messager, Diagnostic.Kind.ERROR, message);
  }

  void print(Messager messager, Diagnostic.Kind kind, String message) {
    if (mirror == null) {
      messager.printMessage(kind, message, element);
    } else if (value == null) {
      messager.printMessage(kind, message, element, mirror);
    } else {
      messager.printMessage(kind, message, element, mirror, value);
    }
  }

  @Override
  public String toString() {
    return element + (mirror == null ? "" : " " + mirror);
  }
}
