package dev.dynamorepo.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: the private static helpers a schema's decoding code calls, emitted only when used. They
 * keep each attribute to one readable statement.
 */
final class Helpers {
  private static final TypeVariableName T = TypeVariableName.get("T");
  private static final TypeName CODEC_T = ParameterizedTypeName.get(Runtime.CODEC, T);

  private boolean set;
  private boolean orDefault;

  void useSet() {
    set = true;
  }

  void useOrDefault() {
    orDefault = true;
  }

  List<MethodSpec> methods() {
    List<MethodSpec> out = new ArrayList<>();
    if (set) {
      out.add(set());
    }
    if (orDefault) {
      out.add(orDefault());
    }
    return out;
  }

  private static MethodSpec.Builder helper(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(T);
  }

  /** Calls a bean setter only for a value that is there, so field initializers survive. */
  private static MethodSpec set() {
    return helper("set")
        .addParameter(ItemWriter.ITEM, "item")
        .addParameter(String.class, "name")
        .addParameter(CODEC_T, "codec")
        .addParameter(ParameterizedTypeName.get(Runtime.CONSUMER, T), "setter")
        .addStatement("$T value = codec.decodeNullable(item.get(name))", T)
        .beginControlFlow("if (value != null)")
        .addStatement("setter.accept(value)")
        .endControlFlow()
        .build();
  }

  /** A primitive record component whose attribute is absent gets its zero. */
  private static MethodSpec orDefault() {
    return helper("orDefault")
        .returns(T)
        .addParameter(T, "value")
        .addParameter(T, "absent")
        .addStatement("return value == null ? absent : value")
        .build();
  }
}
