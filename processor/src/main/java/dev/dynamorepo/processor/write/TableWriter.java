package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Write: the two files of a single-table design: {@code <Table>Schema}, whose {@code SCHEMA}
 * decodes each item by its discriminator into the entity's generated schema, and
 * {@code <Table>Table}, the table view with one typed query per collection.
 */
final class TableWriter {
  static final ClassName VIEW = ClassName.get(Runtime.RUNTIME, "SingleTableView");
  static final ClassName UNKNOWN_TYPES = VIEW.nestedClass("UnknownTypes");

  private final TableModel table;
  private final ClassName type;
  private final ClassName schema;
  private final ClassName view;
  /** Indexes whose keys the entities hold, with the entities that do; and those a template composes. */
  private final java.util.Map<TableLayout.IndexLayout, List<EntityModel>> heldIndexes;
  private final List<String> composedIndexes;

  TableWriter(TableModel table) {
    this.table = table;
    this.heldIndexes = table.attributeIndexes();
    this.composedIndexes = table.entities().stream().flatMap(e -> e.single().indexes().stream()).map(i -> i.index())
        .distinct().toList();
    this.type = table.layout().type();
    this.schema = ClassName.get(type.packageName(), Naming.flatName(type) + "Schema");
    this.view = ClassName.get(type.packageName(), Naming.flatName(type) + "Table");
  }

  private TypeName item() {
    return ParameterizedTypeName.get(Runtime.MAP, ClassName.get(String.class), Runtime.ATTRIBUTE_VALUE);
  }

  private static ClassName schemaOf(EntityModel e) {
    return ClassName.get(e.type().packageName(), Naming.flatName(e.type()) + "Schema");
  }

  TypeSpec.Builder schema() {
    TableLayout layout = table.layout();
    TypeSpec.Builder out = TypeSpec.classBuilder(schema)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The generated schema of the single-table design {@link $T}, stored in the DynamoDB table\n"
            + "{@code $L}: its keys and indexes, and the mapping that reads each item as the entity its\n"
            + "{@code $L} attribute names ($L).\n", type, Docs.text(layout.tableName()), Docs.text(layout.discriminator()),
            table.entities().stream().map(e -> "{@link " + Naming.simpleName(e.type()) + "}").collect(Collectors.joining(", ")))
        .addField(FieldSpec.builder(String.class, "TABLE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The DynamoDB table name.\n").initializer("$S", layout.tableName()).build())
        .addFields(TemplateFields.physical(type, layout, composedIndexes))
        .addFields(heldKeys())
        .addField(schemaField())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(toItem())
        .addMethod(fromItem());
    return out.addType(mapping());
  }

  /** The key attributes entities hold themselves, typed by the codec of the first entity that holds each. */
  private List<FieldSpec> heldKeys() {
    java.util.Map<String, FieldSpec> out = new java.util.LinkedHashMap<>();
    heldIndexes.forEach((index, holders) -> index.keys().forEach(name -> out.computeIfAbsent(name, n -> {
      AttributeModel a = holders.get(0).storedAs(n).orElseThrow();
      return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Runtime.RUNTIME, "AttributePath"), type,
              com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)), TemplateFields.keyConstant(n),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.key($S, $T.$N.codec())", Runtime.ATTRIBUTES, n, schemaOf(holders.get(0)), a.constantName()).build();
    })));
    return List.copyOf(out.values());
  }

  private FieldSpec schemaField() {
    TableLayout layout = table.layout();
    CodeBlock.Builder init = CodeBlock.builder().add("$T.builder($T.class, TABLE_NAME)$>$>", Runtime.ENTITY_SCHEMA, type)
        .add("\n.partitionKey($N)", TemplateFields.keyConstant(layout.partitionKey()));
    String keys = TemplateFields.keyConstant(layout.partitionKey());
    if (layout.sortKey() != null) {
      init.add("\n.sortKey($N)", TemplateFields.keyConstant(layout.sortKey()));
      keys += ", " + TemplateFields.keyConstant(layout.sortKey());
    }
    init.add("\n.attributes($L)", keys);
    for (TableLayout.IndexLayout i : layout.indexes()) {
      if (heldIndexes.containsKey(i)) {
        init.add("\n.multiIndex($S, $T.of($L), $T.of($L))", i.name(), Runtime.LIST, keyList(i.partitionKeys()), Runtime.LIST,
            keyList(i.sortKeys()));
      } else if (composedIndexes.contains(i.name())) {
        init.add("\n.index($S, $N, $L)", i.name(), TemplateFields.keyConstant(i.partitionKey()),
            i.sortKey() == null ? "null" : TemplateFields.keyConstant(i.sortKey()));
      }
    }
    if (table.timeToLive() != null) {
      init.add("\n.tableTimeToLive($S)", table.timeToLive());
    }
    init.add("\n.discriminator($S, null)", layout.discriminator())
        .add("\n.knownTypes($L)", table.entities().stream().map(e -> CodeBlock.of("$S", e.single().typeValue()))
            .collect(CodeBlock.joining(", ")))
        .add("\n.mapper(new Mapping())\n.build()$<$<");
    return FieldSpec.builder(ParameterizedTypeName.get(Runtime.ENTITY_SCHEMA, type), "SCHEMA", Modifier.PUBLIC, Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("What the runtime knows about the table: keys, indexes, and the mapping by type.\n")
        .initializer(init.build()).build();
  }

  private static String keyList(List<String> names) {
    return names.stream().map(TemplateFields::keyConstant).collect(Collectors.joining(", "));
  }

  private MethodSpec toItem() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toItem").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(item()).addParameter(type, "entity")
        .addJavadoc("Encodes an entity of any type of the table, with its composed keys and type.\n\n"
            + "@param entity the entity\n@return a new mutable item\n");
    for (EntityModel e : table.entities()) {
      m.beginControlFlow("if (entity instanceof $T)", e.type())
          .addStatement("return $T.SCHEMA.toItem(($T) entity)", schemaOf(e), e.type()).endControlFlow();
    }
    return m.addStatement("throw new $T($S + entity)", IllegalArgumentException.class, "not an entity of this table: ").build();
  }

  private MethodSpec fromItem() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("fromItem").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type).addParameter(item(), "item")
        .addJavadoc("Decodes an item as the entity its {@code $L} attribute names.\n\n@param item a stored item\n"
            + "@return the entity, or null when the type is missing or names no entity of the table\n",
            Docs.text(table.layout().discriminator()))
        .addStatement("$T type = item.get($S)", Runtime.ATTRIBUTE_VALUE, table.layout().discriminator())
        .beginControlFlow("if (type == null || type.s() == null)").addStatement("return null").endControlFlow()
        .beginControlFlow("switch (type.s())");
    for (EntityModel e : table.entities()) {
      m.addCode("case $S:\n$>", e.single().typeValue()).addStatement("return $T.SCHEMA.fromItem(item)", schemaOf(e)).addCode("$<");
    }
    return m.addCode("default:\n$>").addStatement("return null").addCode("$<").endControlFlow().build();
  }

  private TypeSpec mapping() {
    return TypeSpec.classBuilder("Mapping")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(Runtime.ENTITY_SCHEMA.nestedClass("Mapper"), type))
        .addMethod(MethodSpec.methodBuilder("toItem").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(item()).addParameter(type, "entity").addStatement("return $T.toItem(entity)", schema).build())
        .addMethod(MethodSpec.methodBuilder("fromItem").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(type).addParameter(item(), "item").addStatement("return $T.fromItem(item)", schema).build())
        .build();
  }

  TypeSpec.Builder view() {
    String var = Character.toLowerCase(type.simpleName().charAt(0)) + type.simpleName().substring(1) + "s";
    TableModel.Collection first = table.collections().isEmpty() ? null : table.collections().get(0);
    TypeSpec.Builder out = TypeSpec.classBuilder(view)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(VIEW, type))
        .addJavadoc("The generated view of the whole single-table design {@link $T} (table {@code $L}): one Query\n"
            + "per collection returns every entity type in it, each item decoded by its type. Writes go\n"
            + "through each entity's repository. Thread-safe.\n\n<pre>{@code\n$T $L = new $T(dynamo);\n"
            + "$L.$L(...).stream().forEach(item -> ...);\n}</pre>\n", type, Docs.text(table.layout().tableName()), view, var, view,
            var, first == null ? "scan" : first.method())
        .addMethod(constructor("the connection's {@code TableNames} give it, skipping items of unknown types", false, false))
        .addMethod(constructor("the connection's {@code TableNames} give it", false, true))
        .addMethod(constructor("the given name", true, true));
    table.collections().forEach(c -> out.addMethod(collection(c)));
    return out;
  }

  private MethodSpec constructor(String doc, boolean named, boolean policy) {
    MethodSpec.Builder m = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the view of the table as $L.\n\n@param dynamo the connection\n", doc)
        .addParameter(Runtime.DYNAMO_DB, "dynamo");
    if (named) {
      m.addParameter(String.class, "tableName").addJavadoc("@param tableName the physical table\n");
    }
    if (policy) {
      m.addParameter(UNKNOWN_TYPES, "unknownTypes").addJavadoc("@param unknownTypes what reads do with an item of a type this code does not know\n");
    }
    return m.addStatement("super(dynamo, $T.SCHEMA, $L, $L)", schema, named ? "tableName" : "null",
        policy ? "unknownTypes" : CodeBlock.of("$T.SKIP", UNKNOWN_TYPES)).build();
  }

  private MethodSpec collection(TableModel.Collection c) {
    TableModel.Member first = c.members().get(0);
    String types = c.members().stream().map(m -> "{@link " + Naming.simpleName(m.entity().type()) + "}")
        .distinct().collect(Collectors.joining(", "));
    MethodSpec.Builder m = MethodSpec.methodBuilder(c.method()).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Runtime.QUERY, type, type))
        .addJavadoc("Queries $L for the collection <code>$L</code>, in one Query per page: the items of\n$L in it.\n\n",
            c.index() == null ? "the table" : "the index {@code " + Docs.text(c.index()) + "}",
            Docs.text(first.partition() == null ? String.join(", ", c.attributeKeys()) : first.partition().text()), types);
    if (c.attributeKeys() != null) {
      List<AttributeModel> keys = c.attributeKeys().stream().map(n -> first.entity().storedAs(n).orElseThrow()).toList();
      keys.forEach(a -> m.addParameter(a.declaredType(), a.javaName()).addJavadoc("@param $L the value of {@code $L}\n",
          a.javaName(), a.storedName()));
      return m.addJavadoc("@return the query; run it with {@code stream()}, {@code page(cursor)} or {@code publisher()}\n")
          .addStatement("return $T.attributeCollection(this, $S$L)", Runtime.QUERIES, c.index(),
              keys.stream().map(a -> ", " + a.javaName()).collect(Collectors.joining()))
          .build();
    }
    for (String name : new java.util.LinkedHashSet<>(first.partition().components())) {
      AttributeModel a = first.entity().attribute(name).orElseThrow();
      m.addParameter(a.declaredType(), name).addJavadoc("@param $L the value of {@code $L}\n", name, name);
    }
    String template = TemplateFields.templateConstant(first.partition().attribute());
    return m.addJavadoc("@return the query; run it with {@code stream()}, {@code page(cursor)} or {@code publisher()}\n")
        .addStatement("return $T.collection(this, $L, $T.$N$L)", Runtime.QUERIES,
            c.index() == null ? "null" : CodeBlock.of("$S", c.index()), schemaOf(first.entity()), template,
            first.partition().components().stream().map(n -> ", " + n).collect(Collectors.joining()))
        .build();
  }

  /** @return the two classes, schema first */
  List<TypeSpec.Builder> build() {
    return List.of(schema(), view());
  }
}
