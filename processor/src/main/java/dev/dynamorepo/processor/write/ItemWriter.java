package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.NestedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Write: the item mapping methods of a schema: {@code toItem}/{@code fromItem} for the entity and
 * a private {@code encodeX}/{@code decodeX} pair per nested type. Each attribute is encoded at a
 * call site of its own (not through one shared helper) so the JIT sees one codec class per site
 * and inlines it; records are created with their canonical constructor, beans with their no-arg
 * constructor and setters.
 */
final class ItemWriter {
  static final TypeName ITEM =
      ParameterizedTypeName.get(Runtime.MAP, ClassName.get(String.class), Runtime.ATTRIBUTE_VALUE);

  private final Helpers helpers;

  ItemWriter(Helpers helpers) {
    this.helpers = helpers;
  }

  /** A method that turns an instance of {@code body} into an item. */
  MethodSpec.Builder encoder(String name, NestedModel body, String param, Function<AttributeModel, CodeBlock> codec) {
    List<AttributeModel> stored = body.attributes().stream().filter(AttributeModel::stored).toList();
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(ITEM)
        .addParameter(body.type(), param)
        .addStatement("$T item = new $T<>($L)", ITEM, Runtime.HASH_MAP, capacity(stored.size()));
    if (stored.stream().anyMatch(a -> !a.declaredType().isPrimitive() && DirectEncoding.of(a.type(), CodeBlock.of("")) == null)) {
      m.addStatement("$T encoded", Runtime.ATTRIBUTE_VALUE);
    }
    for (AttributeModel a : stored) {
      CodeBlock read = CodeBlock.of("$N.$N()", param, a.getter());
      CodeBlock direct = DirectEncoding.of(a.type(), read);
      if (direct != null && a.declaredType().isPrimitive()) {
        m.addStatement("item.put($S, $L)", a.storedName(), direct);
        continue;
      }
      if (direct != null) {
        m.beginControlFlow("if ($L != null)", read).addStatement("item.put($S, $L)", a.storedName(), direct).endControlFlow();
        continue;
      }
      if (a.declaredType().isPrimitive()) {
        m.addStatement("item.put($S, $L.encode($L))", a.storedName(), codec.apply(a), read);
        continue;
      }
      m.addStatement("encoded = $L.encodeNullable($N.$N())", codec.apply(a), param, a.getter())
          .beginControlFlow("if (encoded != null)")
          .addStatement("item.put($S, encoded)", a.storedName())
          .endControlFlow();
    }
    return m.addStatement("return item");
  }

  /** A method that turns an item back into an instance of {@code body}. */
  MethodSpec.Builder decoder(String name, NestedModel body, String local, Function<AttributeModel, CodeBlock> codec) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(body.type())
        .addParameter(ITEM, "item");
    return body.record() ? record(m, body, codec) : bean(m, body, local, codec);
  }

  private MethodSpec.Builder record(MethodSpec.Builder m, NestedModel body, Function<AttributeModel, CodeBlock> codec) {
    List<CodeBlock> args = new ArrayList<>();
    for (AttributeModel a : body.attributes()) {
      args.add(a.stored() ? component(a, codec.apply(a)) : CodeBlock.of("$L", zero(a.declaredType())));
    }
    return m.addStatement("return new $T(\n$L)", body.type(), CodeBlock.join(args, ",\n"));
  }

  /** A class without a usable no-arg constructor and setters, read back through its builder. */
  static boolean usesBuilder(NestedModel body) {
    return body.builder() != null && (!body.publicNoArgCtor()
        || body.attributes().stream().anyMatch(a -> a.stored() && a.setter() == null));
  }

  private MethodSpec.Builder built(MethodSpec.Builder m, NestedModel body, Function<AttributeModel, CodeBlock> codec) {
    CodeBlock.Builder chain = CodeBlock.builder().add("return $T.$N()", body.type(), body.builder().factory()).indent();
    for (AttributeModel a : body.attributes()) {
      if (a.stored()) {
        chain.add("\n.$N($L)", body.builder().methods().get(a.javaName()), component(a, codec.apply(a)));
      }
    }
    return m.addStatement(chain.add("\n.$N()", body.builder().build()).unindent().build());
  }

  private CodeBlock component(AttributeModel a, CodeBlock codec) {
    CodeBlock decoded = CodeBlock.of("$L.decodeNullable(item.get($S))", codec, a.storedName());
    if (!a.declaredType().isPrimitive()) {
      return decoded;
    }
    helpers.useOrDefault();
    return CodeBlock.of("orDefault($L, $L)", decoded, zero(a.declaredType()));
  }

  private MethodSpec.Builder bean(MethodSpec.Builder m, NestedModel body, String local, Function<AttributeModel, CodeBlock> codec) {
    if (usesBuilder(body)) {
      return built(m, body, codec);
    }
    m.addStatement("$T $N = new $T()", body.type(), local, body.type());
    for (AttributeModel a : body.attributes()) {
      if (a.stored()) {
        m.addStatement("set(item, $S, $L, $N::$N)", a.storedName(), codec.apply(a), local, a.setter());
        helpers.useSet();
      }
    }
    return m.addStatement("return $N", local);
  }

  /** The smallest HashMap table that holds {@code n} entries without resizing (load factor 0.75). */
  static int capacity(int n) {
    int table = 1;
    while (table * 3 / 4 < n) {
      table <<= 1;
    }
    return table;
  }

  /** What an absent value becomes: null, or a primitive's zero. */
  static String zero(TypeName type) {
    if (type.equals(TypeName.BOOLEAN)) {
      return "false";
    } else if (type.equals(TypeName.LONG)) {
      return "0L";
    } else if (type.equals(TypeName.FLOAT)) {
      return "0F";
    } else if (type.equals(TypeName.DOUBLE)) {
      return "0D";
    } else if (type.equals(TypeName.INT)) {
      return "0";
    }
    return type.isPrimitive() ? "(" + type + ") 0" : "null";
  }
}
