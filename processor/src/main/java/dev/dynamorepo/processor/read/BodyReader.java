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
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/** Read: the properties of one record or bean (the entity itself or a nested type) as a model. */
final class BodyReader {
  private final Properties properties;
  private final MarkReader marks;
  private final TypeReader typeReader;
  private final ConverterReader converters;

  BodyReader(Properties properties, MarkReader marks, TypeReader typeReader, ConverterReader converters) {
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
    return new NestedModel(ClassName.get(type), record, publicNoArgCtor(type), attributes, SourceRef.of(type));
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
