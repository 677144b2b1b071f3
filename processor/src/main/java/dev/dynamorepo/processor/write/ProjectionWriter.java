package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.ProjectionModel;
import dev.dynamorepo.processor.model.ProjectionModel.Component;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: {@code <Projection>Schema} for a checked {@code @Projection} record: the
 * {@code PROJECTION} constant (the stored names it reads, for the ProjectionExpression) and
 * {@code fromItem}, which decodes each component with the entity schema's own attribute codec.
 */
final class ProjectionWriter {
  private static final ClassName PROJECTION_SCHEMA = ClassName.get(Runtime.SUPPORT, "ProjectionSchema");
  private final ProjectionModel projection;
  private final ClassName type;
  private final ClassName entity;
  private final ClassName entitySchema;
  private final ClassName name;
  /** The stored names the projection reads, one per component, in order. */
  private final List<String> stored;

  ProjectionWriter(ProjectionModel projection) {
    this.projection = projection;
    this.type = projection.type();
    this.entity = projection.entity().type();
    this.entitySchema = new SchemaNames(projection.entity()).schema();
    this.name = ClassName.get(type.packageName(), Naming.flatName(type) + "Schema");
    this.stored = projection.components().stream().map(c -> attribute(c).storedName()).toList();
  }

  TypeSpec.Builder build() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The generated schema of the projection {@link $T} of {@link $T}: the attributes it reads and its\n"
            + "decoder.\n\n<pre>{@code\nOptional<$T> p = repository.get(key, $T.PROJECTION);\n}</pre>\n", type, entity,
            type, name)
        .addField(projectionField())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(fromItem());
    if (projection.components().stream().anyMatch(c -> c.type().isPrimitive())) {
      spec.addMethod(orDefault());
    }
    return spec;
  }

  private FieldSpec projectionField() {
    CodeBlock names = CodeBlock.join(stored.stream().map(s -> CodeBlock.of("$S", s)).toList(), ", ");
    return FieldSpec.builder(ParameterizedTypeName.get(PROJECTION_SCHEMA, entity, type), "PROJECTION",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Reads $L of {@link $T}.\n", String.join(", ", stored), entity)
        .initializer("$T.of($T.class, $T.class, $T.of($L), $T::fromItem)", PROJECTION_SCHEMA, entity, type, Runtime.LIST,
            names, name)
        .build();
  }

  private MethodSpec fromItem() {
    List<CodeBlock> args = projection.components().stream().map(this::decoded).toList();
    return MethodSpec.methodBuilder("fromItem")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(ParameterizedTypeName.get(Runtime.MAP, ClassName.get(String.class), Runtime.ATTRIBUTE_VALUE), "item")
        .addJavadoc("Decodes a projected item; a missing attribute becomes null (or a primitive's zero).\n\n"
            + "@param item the attributes read\n@return the projection\n")
        .addStatement("return new $T(\n$L)", type, CodeBlock.join(args, ",\n"))
        .build();
  }

  /** One constructor argument: the component decoded with the entity schema's codec, a primitive's zero when absent. */
  private CodeBlock decoded(Component c) {
    AttributeModel a = attribute(c);
    CodeBlock decoded = CodeBlock.of("$T.$N.codec().decodeNullable(item.get($S))", entitySchema, a.constantName(),
        a.storedName());
    return c.type().isPrimitive() ? CodeBlock.of("orDefault($L, $L)", decoded, ItemWriter.zero(c.type())) : decoded;
  }

  private static MethodSpec orDefault() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("orDefault").addModifiers(Modifier.PRIVATE, Modifier.STATIC).addTypeVariable(t)
        .returns(t).addParameter(t, "value").addParameter(t, "absent").addStatement("return value == null ? absent : value").build();
  }

  private AttributeModel attribute(Component c) {
    return projection.attribute(c).orElseThrow();
  }
}
