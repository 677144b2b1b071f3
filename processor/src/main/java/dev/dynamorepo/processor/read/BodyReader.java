package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.Marks;
import dev.dynamorepo.processor.model.NestedModel;
import dev.dynamorepo.processor.model.Stored;
import dev.dynamorepo.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Read: the properties of one record or bean (the entity itself or a nested type) as a model. */
final class BodyReader {
  private final Properties properties;
  private final MarkReader marks;
  private final TypeReader typeReader;
  private final ConverterReader converters;
  private final Elements elements;
  private final Types types;

  BodyReader(Properties properties, MarkReader marks, TypeReader typeReader, ConverterReader converters,
      Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.properties = properties;
    this.marks = marks;
    this.typeReader = typeReader;
    this.converters = converters;
  }

  NestedModel read(TypeElement type) {
    List<AttributeModel> attributes = new ArrayList<>();
    for (RawProperty p : properties.of(type)) {
      attributes.add(attribute(p));
    }
    boolean record = type.getKind() == ElementKind.RECORD;
    NestedModel.BuilderModel builder = record ? null : builder(type, attributes);
    boolean lombok = type.getAnnotationMirrors().stream()
        .anyMatch(m -> Mirrors.nameOf(m).startsWith("lombok."));
    return new NestedModel(ClassName.get(type), record, publicNoArgCtor(type), attributes, SourceRef.of(type), builder, lombok);
  }

  /**
   * The builder of an immutable class: a static no-arg method (not private) returning a type with a
   * {@code build()} that returns the class, and per property a one-argument method named
   * {@code name}, {@code setName} or {@code withName} (Lombok's {@code @Builder}, AutoValue-style
   * and hand-written builders). Found from the elements, without reflection.
   */
  private NestedModel.BuilderModel builder(TypeElement type, List<AttributeModel> attributes) {
    for (ExecutableElement factory : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> mods = factory.getModifiers();
      if (mods.contains(Modifier.STATIC) && factory.getParameters().isEmpty() && factory.getReturnType().getKind() == TypeKind.ERROR) {
        // A builder another processor generates (Immutables' ImmutableX.Builder): wait for it.
        throw new UnresolvedType(SourceRef.of(factory), factory.getSimpleName() + "()", factory.getReturnType().toString());
      }
      // Package-private is enough: the generated schema lives in the entity's package (AutoValue style).
      if (!mods.contains(Modifier.STATIC) || mods.contains(Modifier.PRIVATE) || !factory.getParameters().isEmpty()
          || !(factory.getReturnType() instanceof DeclaredType builderType)) {
        continue;
      }
      TypeElement builder = (TypeElement) builderType.asElement();
      List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(builder));
      ExecutableElement build = methods.stream().filter(m -> m.getSimpleName().contentEquals("build") && m.getParameters().isEmpty()
          && types.isAssignable(m.getReturnType(), type.asType())).findFirst().orElse(null);
      if (build == null) {
        continue;
      }
      Map<String, String> byProperty = new LinkedHashMap<>();
      for (AttributeModel a : attributes) {
        String cap = Character.toUpperCase(a.javaName().charAt(0)) + a.javaName().substring(1);
        for (ExecutableElement m : methods) {
          String n = m.getSimpleName().toString();
          boolean named = n.equals(a.javaName()) || n.equals("set" + cap) || n.equals("with" + cap);
          if (named && m.getParameters().size() == 1 && !m.getModifiers().contains(Modifier.PRIVATE)) {
            byProperty.put(a.javaName(), n);
            break;
          }
        }
      }
      return new NestedModel.BuilderModel(factory.getSimpleName().toString(), "build", byProperty);
    }
    return null;
  }

  private AttributeModel attribute(RawProperty p) {
    Marks m = marks.read(p.annotated());
    String storedName = marks.attributeName(p.annotated());
    return new AttributeModel(p.name(), storedName == null ? p.name() : storedName, declaredType(p),
        valueType(p, m), p.getter(), p.setter(), m, SourceRef.of(p.primary()));
  }

  private ValueType valueType(RawProperty p, Marks m) {
    if (m.ignore() != null) {
      return null;
    }
    AnnotationMirror convert = marks.convert(p.annotated());
    ValueType type = convert != null ? converters.read(p.type(), convert, p) : typeReader.read(p.type(), p);
    if (m.ttl() != null && type instanceof ValueType.Scalar s && s.codec().equals("INSTANT")) {
      // DynamoDB's TTL reads N epoch seconds; an Instant is stored as S everywhere else.
      return new ValueType.Scalar(s.type(), "EPOCH_SECONDS", Stored.N);
    }
    return type;
  }

  /** An ignored property may have a type javac could not resolve; its name does not matter then. */
  private static TypeName declaredType(RawProperty p) {
    return p.type().getKind() == TypeKind.ERROR ? ClassName.OBJECT : TypeReader.typeName(p.type());
  }

  private static boolean publicNoArgCtor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }
}
