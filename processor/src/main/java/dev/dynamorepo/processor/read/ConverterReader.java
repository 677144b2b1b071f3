package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.ConverterModel;
import dev.dynamorepo.processor.model.ValueType;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Read: the class named by {@code @Convert} and whether it is an {@code AttributeConverter} of
 * the attribute's type, found by walking its supertypes by name (the SDK is the user's
 * dependency, not the processor's).
 */
final class ConverterReader {
  private final Types types;
  private final Mirrors mirrors;
  private final String pkg;

  ConverterReader(Types types, Mirrors mirrors, String pkg) {
    this.types = types;
    this.mirrors = mirrors;
    this.pkg = pkg;
  }

  ValueType read(TypeMirror attributeType, AnnotationMirror convert, RawProperty where) {
    Object value = mirrors.value(convert, "value").getValue();
    if (attributeType.getKind() == TypeKind.ERROR || !(value instanceof DeclaredType converter)
        || converter.getKind() == TypeKind.ERROR) {
      String missing = attributeType.getKind() == TypeKind.ERROR ? attributeType.toString() : String.valueOf(value);
      throw new UnresolvedType(SourceRef.of(where.primary()), where.name(), missing);
    }
    TypeMirror boxed = box(attributeType);
    TypeMirror converted = convertedType(converter);
    TypeElement element = (TypeElement) converter.asElement();
    ConverterModel model = new ConverterModel(
        ClassName.get(element),
        converted == null ? null : TypeReader.typeName(converted),
        converted != null && types.isSameType(converted, boxed),
        instantiable(element));
    return new ValueType.Converted(TypeReader.typeName(boxed), model);
  }

  private TypeMirror box(TypeMirror type) {
    return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
  }

  /** The {@code T} of the first {@code AttributeConverter<T>} among the supertypes, or null. */
  private TypeMirror convertedType(TypeMirror converter) {
    Deque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(converter);
    while (!todo.isEmpty()) {
      TypeMirror t = todo.poll();
      if (t instanceof DeclaredType d && isAttributeConverter(d)) {
        return d.getTypeArguments().size() == 1 ? d.getTypeArguments().get(0) : null;
      }
      todo.addAll(types.directSupertypes(t));
    }
    return null;
  }

  private static boolean isAttributeConverter(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().contentEquals(Names.ATTRIBUTE_CONVERTER);
  }

  private boolean instantiable(TypeElement element) {
    return element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.ABSTRACT)
        && !Visibility.inner(element)
        && Visibility.visibleFrom(element, pkg)
        && ElementFilter.constructorsIn(element.getEnclosedElements()).stream()
            .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }
}
