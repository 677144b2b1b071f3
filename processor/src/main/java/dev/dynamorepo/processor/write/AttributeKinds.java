package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.Stored;
import dev.dynamorepo.processor.model.ValueType;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Write: one attribute constant, declared with the most specific runtime attribute kind so that
 * its extra operations type-check: {@code StringKeyAttribute} for string keys, {@code StringAttribute},
 * {@code NumberAttribute}, {@code BinaryAttribute}, {@code SetAttribute}, {@code ListAttribute},
 * {@code MapAttribute}, {@code NestedAttribute}; {@code KeyAttribute} or {@code ValueAttribute}
 * for the rest.
 */
final class AttributeKinds {
  private static final Set<String> NUMBERS =
      Set.of("BYTE", "SHORT", "INTEGER", "LONG", "FLOAT", "DOUBLE", "BIG_DECIMAL", "BIG_INTEGER");

  private final CodecWriter codecs;

  AttributeKinds(CodecWriter codecs) {
    this.codecs = codecs;
  }

  /**
   * The public constant of attribute {@code a} of {@code owner}, with its javadoc.
   *
   * @param entity true for the entity's own attributes; false for a nested type's fields, which
   *     are never keys
   * @param keyPart true for a key attribute or a part of a key template: a key kind, which
   *     partial updates refuse at compile time
   */
  FieldSpec constant(ClassName owner, AttributeModel a, boolean entity, boolean keyPart) {
    String role = !entity ? "The field" : a.marks().partitionKey() != null ? "The partition key"
        : a.marks().sortKey() != null ? "The sort key" : keyPart ? "The key part" : "The attribute";
    CodeBlock.Builder init = CodeBlock.builder();
    TypeName type = entity && keyPart ? key(owner, a, init) : value(owner, a, init);
    return FieldSpec.builder(type, a.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L {@code $L}, stored as {@code $L}.\n", role, a.javaName(), Docs.text(a.storedName()))
        .initializer(init.build())
        .build();
  }

  private TypeName key(ClassName owner, AttributeModel a, CodeBlock.Builder init) {
    if (isString(a.type())) {
      init.add("$T.stringKey($S)", Runtime.ATTRIBUTES, a.storedName());
      return ParameterizedTypeName.get(Runtime.STRING_KEY_ATTRIBUTE, owner);
    }
    init.add("$T.key($S, $L)", Runtime.ATTRIBUTES, a.storedName(), codecs.codec(a.type()));
    return ParameterizedTypeName.get(Runtime.KEY_ATTRIBUTE, owner, a.type().type());
  }

  private TypeName value(ClassName owner, AttributeModel a, CodeBlock.Builder init) {
    ValueType t = a.type();
    String name = a.storedName();
    if (a.marks().version() != null) {
      // Its own kind: conditions only, so set/add/remove on it do not compile.
      return simple(Runtime.VERSION_ATTRIBUTE, "version", owner, a, init);
    } else if (isString(t)) {
      init.add("$T.string($S)", Runtime.ATTRIBUTES, name);
      return ParameterizedTypeName.get(Runtime.STRING_ATTRIBUTE, owner);
    } else if (t instanceof ValueType.Scalar s && NUMBERS.contains(s.codec())) {
      return simple(Runtime.NUMBER_ATTRIBUTE, "number", owner, a, init);
    } else if (t instanceof ValueType.Scalar s && s.stored() == Stored.B) {
      return simple(Runtime.BINARY_ATTRIBUTE, "binary", owner, a, init);
    } else if (t instanceof ValueType.SetOf s) {
      return collection(Runtime.SET_ATTRIBUTE, owner, a, s.element(), init);
    } else if (t instanceof ValueType.ListOf l) {
      return collection(Runtime.LIST_ATTRIBUTE, owner, a, l.element(), init);
    } else if (t instanceof ValueType.MapOf m) {
      return map(owner, a, m.value(), init);
    } else if (t instanceof ValueType.NestedOf) {
      return simple(Runtime.NESTED_ATTRIBUTE, "nested", owner, a, init);
    }
    return simple(Runtime.VALUE_ATTRIBUTE, "value", owner, a, init);
  }

  private TypeName simple(ClassName kind, String factory, ClassName owner, AttributeModel a, CodeBlock.Builder init) {
    init.add("$T.$L($S, $L)", Runtime.ATTRIBUTES, factory, a.storedName(), codecs.codec(a.type()));
    return ParameterizedTypeName.get(kind, owner, a.type().type());
  }

  /** Lists and sets also get their element's codec, for element-wise operations. */
  private TypeName collection(ClassName kind, ClassName owner, AttributeModel a, ValueType element, CodeBlock.Builder init) {
    String factory = kind.equals(Runtime.SET_ATTRIBUTE) ? "set" : "list";
    init.add("$T.$L($S, $L, $L)", Runtime.ATTRIBUTES, factory, a.storedName(), codecs.codec(a.type()), codecs.codec(element));
    return ParameterizedTypeName.get(kind, owner, element.type());
  }

  /** A map's entries keep the kind of its values: string and number entries get their operations. */
  private TypeName map(ClassName owner, AttributeModel a, ValueType value, CodeBlock.Builder init) {
    if (isString(value)) {
      init.add("$T.stringMap($S, $L)", Runtime.ATTRIBUTES, a.storedName(), codecs.codec(a.type()));
      return ParameterizedTypeName.get(Runtime.MAP_ATTRIBUTE, owner, value.type(),
          ParameterizedTypeName.get(Runtime.STRING_ATTRIBUTE, owner));
    }
    boolean number = value instanceof ValueType.Scalar s && NUMBERS.contains(s.codec());
    init.add("$T.$L($S, $L, $L)", Runtime.ATTRIBUTES, number ? "numberMap" : "map", a.storedName(), codecs.codec(a.type()),
        codecs.codec(value));
    TypeName entry = ParameterizedTypeName.get(number ? Runtime.NUMBER_ATTRIBUTE : Runtime.VALUE_ATTRIBUTE, owner, value.type());
    return ParameterizedTypeName.get(Runtime.MAP_ATTRIBUTE, owner, value.type(), entry);
  }

  private static boolean isString(ValueType type) {
    return type instanceof ValueType.Scalar s && s.codec().equals("STRING");
  }
}
