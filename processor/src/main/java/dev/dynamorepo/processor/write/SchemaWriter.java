package dev.dynamorepo.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.NestedModel;
import dev.dynamorepo.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: {@code <Entity>Schema}: the table name, one typed constant per attribute, the runtime
 * {@code EntitySchema} (declared after the constants it reads), and the item mapping code.
 */
final class SchemaWriter {
  private final EntityModel entity;
  private final SchemaNames names;
  private final AttributeKinds kinds;
  private final Helpers helpers = new Helpers();
  private final ItemWriter items = new ItemWriter(helpers);

  SchemaWriter(EntityModel entity, SchemaNames names) {
    this.entity = entity;
    this.names = names;
    this.kinds = new AttributeKinds(new CodecWriter(names));
  }

  TypeSpec.Builder build() {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.schema())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classDoc())
        .addField(FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The DynamoDB table name.\n")
            .initializer("$S", entity.tableName())
            .build());
    stored(entity.attributes()).forEach(a -> type.addField(kinds.constant(entity.type(), a, true, entity.keyPart(a))));
    if (entity.single() != null) {
      type.addFields(new TemplateFields(entity).fields());
    }
    type.addField(new SchemaField(entity, names).build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethods(List.of(toItem(), fromItem(), tableSchema()));
    entity.nested().forEach(n -> type.addMethods(nestedMethods(n)));
    type.addMethods(helpers.methods());
    entity.nested().forEach(n -> type.addType(fieldsClass(n)));
    type.addType(mapping());
    return type;
  }

  private CodeBlock classDoc() {
    String example = stored(entity.attributes()).stream()
        .filter(a -> !entity.keyPart(a)).findFirst().orElse(entity.attributes().get(0)).constantName();
    return CodeBlock.builder()
        .add("The generated schema of {@link $T}, stored in the DynamoDB table {@code $L}: one typed\n",
            entity.type(), Docs.text(entity.tableName()))
        .add("constant per attribute for conditions and partial updates, the runtime\n")
        .add("{@link $T}, and the item mapping (direct code, no reflection).\n\n", Runtime.ENTITY_SCHEMA)
        .add("<pre>{@code\n$T.$L.exists()\n}</pre>\n", names.schema(), example)
        .build();
  }

  static List<AttributeModel> stored(List<AttributeModel> attributes) {
    return attributes.stream().filter(AttributeModel::stored).toList();
  }

  /** The mapping as a class, not method references: no lambda bootstrap before the first item. */
  private TypeSpec mapping() {
    com.palantir.javapoet.TypeName item = com.palantir.javapoet.ParameterizedTypeName.get(Runtime.MAP,
        com.palantir.javapoet.ClassName.get(String.class), Runtime.ATTRIBUTE_VALUE);
    return TypeSpec.classBuilder("Mapping")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(com.palantir.javapoet.ParameterizedTypeName.get(Runtime.ENTITY_SCHEMA.nestedClass("Mapper"), entity.type()))
        .addMethod(MethodSpec.methodBuilder("toItem").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(item).addParameter(entity.type(), "entity").addStatement("return $T.toItem(entity)", names.schema()).build())
        .addMethod(MethodSpec.methodBuilder("fromItem").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(entity.type()).addParameter(item, "item").addStatement("return $T.fromItem(item)", names.schema()).build())
        .build();
  }

  private TypeSpec fieldsClass(NestedModel nested) {
    TypeSpec.Builder fields = TypeSpec.classBuilder(names.fields(nested.type()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The fields of {@link $T} as stored inside {@link $T}, for conditions and updates on\n"
            + "document paths through a nested attribute: {@code $L}.\n", nested.type(), entity.type(), pathExample(nested))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    stored(nested.attributes()).forEach(a -> fields.addField(kinds.constant(nested.type(), a, false, false)));
    return fields.build();
  }

  /** {@code OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.STREET)}, or a placeholder. */
  private String pathExample(NestedModel nested) {
    String holder = stored(entity.attributes()).stream()
        .filter(a -> a.type() instanceof ValueType.NestedOf n && n.type().equals(nested.type()))
        .map(AttributeModel::constantName).findFirst().orElse("NESTED_ATTRIBUTE");
    String field = stored(nested.attributes()).stream()
        .map(AttributeModel::constantName).findFirst().orElse("FIELD");
    String schema = names.schema().simpleName();
    return schema + "." + holder + ".get(" + schema + "." + names.fields(nested.type()).simpleName() + "." + field + ")";
  }

  private MethodSpec toItem() {
    return items.encoder("toItem", entity.body(), "entity", a -> CodeBlock.of("$N.codec()", a.constantName()))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Encodes an entity as a DynamoDB item; null attributes, empty sets and empty\n"
            + "Optionals are left out.\n\n@param entity the entity\n@return a new mutable item\n")
        .build();
  }

  private MethodSpec fromItem() {
    return items.decoder("fromItem", entity.body(), "entity", a -> CodeBlock.of("$N.codec()", a.constantName()))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Decodes a DynamoDB item; a missing attribute becomes null (or a primitive's zero).\n\n"
            + "@param item a stored item\n@return the entity\n")
        .build();
  }

  private MethodSpec tableSchema() {
    return MethodSpec.methodBuilder("tableSchema")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Runtime.TABLE_SCHEMA, entity.type()))
        .addJavadoc("The Enhanced Client schema backed by this generated code, for\n"
            + "{@code enhanced.table($T.TABLE_NAME, $T.tableSchema())}.\n\n"
            + "@return the table schema\n", names.schema(), names.schema())
        .addStatement("return SCHEMA.tableSchema()")
        .build();
  }

  private List<MethodSpec> nestedMethods(NestedModel nested) {
    return List.of(
        items.encoder(names.encoder(nested.type()), nested, "value",
            a -> fieldCodec(nested, a)).addModifiers(Modifier.PRIVATE).build(),
        items.decoder(names.decoder(nested.type()), nested, "value",
            a -> fieldCodec(nested, a)).addModifiers(Modifier.PRIVATE).build());
  }

  private CodeBlock fieldCodec(NestedModel nested, AttributeModel a) {
    return CodeBlock.of("$T.$N.codec()", names.fields(nested.type()), a.constantName());
  }
}
