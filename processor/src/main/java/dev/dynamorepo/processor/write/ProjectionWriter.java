package dev.dynamorepo.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Write: {@code <Projection>Schema} for a checked {@code @Projection} record: the
 * {@code PROJECTION} constant (the stored names it reads, for the ProjectionExpression) and
 * {@code fromItem}, which decodes each component with the entity schema's own attribute codec.
 */
public final class ProjectionWriter {
  /**
   * One component: the entity attribute it reads.
   *
   * @param attribute the entity attribute
   * @param primitive the component's primitive type, or null when it is a reference type
   */
  public record Part(AttributeModel attribute, TypeName primitive) {}

  private static final ClassName PROJECTION_SCHEMA = ClassName.get(Runtime.SUPPORT, "ProjectionSchema");
  private final Filer filer;
  private final boolean generatedAvailable;

  /**
   * A writer.
   *
   * @param filer where files go
   * @param generatedAvailable whether {@code javax.annotation.processing.Generated} exists
   */
  public ProjectionWriter(Filer filer, boolean generatedAvailable) {
    this.filer = filer;
    this.generatedAvailable = generatedAvailable;
  }

  /**
   * Writes the schema of a projection.
   *
   * @param projection the {@code @Projection} record
   * @param entity the entity it projects
   * @param parts one per component, in order
   * @throws IOException when the filer refuses the file
   */
  public void write(TypeElement projection, EntityModel entity, List<Part> parts) throws IOException {
    ClassName type = ClassName.get(projection);
    ClassName name = ClassName.get(type.packageName(), Naming.flatName(type) + "Schema");
    ClassName entitySchema = new SchemaNames(entity).schema();
    List<String> stored = new ArrayList<>();
    List<CodeBlock> args = new ArrayList<>();
    boolean defaults = false;
    for (Part p : parts) {
      AttributeModel a = p.attribute();
      stored.add(a.storedName());
      CodeBlock decoded = CodeBlock.of("$T.$N.codec().decodeNullable(item.get($S))", entitySchema, a.constantName(), a.storedName());
      defaults |= p.primitive() != null;
      args.add(p.primitive() == null ? decoded : CodeBlock.of("orDefault($L, $L)", decoded, ItemWriter.zero(p.primitive())));
    }
    CodeBlock names = CodeBlock.join(stored.stream().map(s -> CodeBlock.of("$S", s)).toList(), ", ");
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The generated schema of the projection {@link $T} of {@link $T}: the attributes it reads and its\n"
            + "decoder.\n\n<pre>{@code\nOptional<$T> p = repository.get(key, $T.PROJECTION);\n}</pre>\n", type, entity.type(),
            type, name)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(PROJECTION_SCHEMA, entity.type(), type), "PROJECTION",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Reads $L of {@link $T}.\n", String.join(", ", stored), entity.type())
            .initializer("$T.of($T.class, $T.class, $T.of($L), $T::fromItem)", PROJECTION_SCHEMA, entity.type(), type, Runtime.LIST,
                names, name)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("fromItem")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addParameter(ParameterizedTypeName.get(Runtime.MAP, ClassName.get(String.class), Runtime.ATTRIBUTE_VALUE), "item")
            .addJavadoc("Decodes a projected item; a missing attribute becomes null (or a primitive's zero).\n\n"
                + "@param item the attributes read\n@return the projection\n")
            .addStatement("return new $T(\n$L)", type, CodeBlock.join(args, ",\n"))
            .build());
    if (defaults) {
      TypeVariableName t = TypeVariableName.get("T");
      spec.addMethod(MethodSpec.methodBuilder("orDefault").addModifiers(Modifier.PRIVATE, Modifier.STATIC).addTypeVariable(t)
          .returns(t).addParameter(t, "value").addParameter(t, "absent").addStatement("return value == null ? absent : value").build());
    }
    if (generatedAvailable) {
      spec.addAnnotation(AnnotationSpec.builder(Runtime.GENERATED)
          .addMember("value", "$S", "dev.dynamorepo.processor.ProjectionProcessor").build());
    }
    spec.addOriginatingElement(projection);
    JavaFile.builder(type.packageName(), spec.build()).skipJavaLangImports(true).indent("  ").build().writeTo(filer);
  }
}
