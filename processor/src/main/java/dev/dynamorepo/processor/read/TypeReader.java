package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.Stored;
import dev.dynamorepo.processor.model.ValueType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Read: a property's type into a {@link ValueType} tree. Records and beans it meets are queued so
 * that each nested type is read once, however often and however deep it is used (recursive types
 * included).
 */
final class TypeReader {
  private record Codec(String name, Stored stored) {}

  private static final Map<String, Codec> SCALARS = Map.ofEntries(
      Map.entry("java.lang.String", new Codec("STRING", Stored.S)),
      Map.entry("java.lang.Boolean", new Codec("BOOLEAN", Stored.BOOL)),
      Map.entry("java.lang.Byte", new Codec("BYTE", Stored.N)),
      Map.entry("java.lang.Short", new Codec("SHORT", Stored.N)),
      Map.entry("java.lang.Integer", new Codec("INTEGER", Stored.N)),
      Map.entry("java.lang.Long", new Codec("LONG", Stored.N)),
      Map.entry("java.lang.Float", new Codec("FLOAT", Stored.N)),
      Map.entry("java.lang.Double", new Codec("DOUBLE", Stored.N)),
      Map.entry("java.math.BigDecimal", new Codec("BIG_DECIMAL", Stored.N)),
      Map.entry("java.math.BigInteger", new Codec("BIG_INTEGER", Stored.N)),
      Map.entry("software.amazon.awssdk.core.SdkBytes", new Codec("SDK_BYTES", Stored.B)),
      Map.entry("java.nio.ByteBuffer", new Codec("BYTE_BUFFER", Stored.B)),
      Map.entry("java.util.UUID", new Codec("UUID_CODEC", Stored.S)),
      Map.entry("java.time.Instant", new Codec("INSTANT", Stored.S)),
      Map.entry("java.time.LocalDate", new Codec("LOCAL_DATE", Stored.S)),
      Map.entry("java.time.LocalDateTime", new Codec("LOCAL_DATE_TIME", Stored.S)),
      Map.entry("java.time.LocalTime", new Codec("LOCAL_TIME", Stored.S)),
      Map.entry("java.time.OffsetDateTime", new Codec("OFFSET_DATE_TIME", Stored.S)),
      Map.entry("java.time.ZonedDateTime", new Codec("ZONED_DATE_TIME", Stored.S)),
      Map.entry("java.time.Duration", new Codec("DURATION", Stored.N)));

  private final Types types;
  private final String pkg;
  private final Deque<TypeElement> pending = new ArrayDeque<>();
  private final Set<String> seen = new HashSet<>();

  TypeReader(Types types, String pkg) {
    this.types = types;
    this.pkg = pkg;
  }

  /** The next nested type still to be read, or null. */
  TypeElement nextNested() {
    return pending.poll();
  }

  ValueType read(TypeMirror type, RawProperty where) {
    switch (type.getKind()) {
      case ERROR:
        throw new UnresolvedType(SourceRef.of(where.primary()), where.name(), type.toString());
      case DECLARED:
        return declared((DeclaredType) type, where);
      case ARRAY:
        return bytes(type);
      default:
        return type.getKind().isPrimitive() ? primitive(type, where) : unsupported(type, "");
    }
  }

  private ValueType primitive(TypeMirror type, RawProperty where) {
    if (type.getKind() == TypeKind.CHAR) {
      return unsupported(type, ": use String for text");
    }
    return read(types.boxedClass((PrimitiveType) type).asType(), where);
  }

  private ValueType bytes(TypeMirror type) {
    TypeMirror component = ((ArrayType) type).getComponentType();
    return component.getKind() == TypeKind.BYTE
        ? new ValueType.Scalar(ArrayTypeName.of(TypeName.BYTE), "BYTE_ARRAY", Stored.B)
        : unsupported(type, ": byte[] is the only array type; use a List for the others");
  }

  private ValueType declared(DeclaredType type, RawProperty where) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Codec codec = SCALARS.get(name);
    if (codec != null) {
      return new ValueType.Scalar(typeName(type), codec.name(), codec.stored());
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.util.List":
        return args.size() != 1 ? raw(type) : new ValueType.ListOf(typeName(type), read(args.get(0), where));
      case "java.util.Set":
        return args.size() != 1 ? raw(type) : new ValueType.SetOf(typeName(type), read(args.get(0), where));
      case "java.util.Optional":
        return args.size() != 1 ? raw(type) : new ValueType.OptionalOf(typeName(type), read(args.get(0), where));
      case "java.util.Map":
        return map(type, where);
      default:
        return userType(type, element);
    }
  }

  private ValueType map(DeclaredType type, RawProperty where) {
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (args.size() != 2) {
      return raw(type);
    }
    if (!args.get(0).toString().equals("java.lang.String")) {
      return unsupported(type, ": map keys must be String, as DynamoDB map keys are strings");
    }
    return new ValueType.MapOf(typeName(type), read(args.get(1), where));
  }

  private ValueType userType(DeclaredType type, TypeElement element) {
    if (!Visibility.visibleFrom(element, pkg)) {
      return unsupported(type, ": it is not visible from package " + pkg);
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new ValueType.EnumOf(typeName(type));
    }
    String problem = nestedProblem(element);
    if (problem != null) {
      return unsupported(type, problem);
    }
    if (seen.add(element.getQualifiedName().toString())) {
      pending.add(element);
    }
    return new ValueType.NestedOf(typeName(type));
  }

  /** Why a class cannot be stored as a nested record or bean, or null when it can. */
  private static String nestedProblem(TypeElement element) {
    String name = element.getQualifiedName().toString();
    if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS) {
      return ": interfaces cannot be created when an item is read";
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return "";
    }
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      return ": abstract classes cannot be created when an item is read";
    }
    if (!element.getTypeParameters().isEmpty()) {
      return ": generic records and beans are not supported as nested types";
    }
    return Visibility.inner(element) ? ": inner classes need an outer instance; make it static" : null;
  }

  private ValueType raw(DeclaredType type) {
    return unsupported(type, ": raw types are not supported; give its type arguments");
  }

  private static ValueType unsupported(TypeMirror type, String detail) {
    return new ValueType.Unsupported(typeName(type), detail);
  }

  static TypeName typeName(TypeMirror type) {
    return TypeName.get(type).withoutAnnotations();
  }
}
