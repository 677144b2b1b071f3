package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Marks.AutoIncrementMark;
import dev.dynamorepo.processor.model.Marks.IndexMark;
import dev.dynamorepo.processor.model.TableLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Write: the schema's {@code SCHEMA} constant, an {@code EntitySchema.builder(...)...build()}
 * chain. Attributes are listed keys first, then in declaration order, as
 * {@code EntitySchema.attributes()} documents.
 */
final class SchemaField {
  private final EntityModel entity;
  private final SchemaNames names;

  SchemaField(EntityModel entity, SchemaNames names) {
    this.entity = entity;
    this.names = names;
  }

  FieldSpec build() {
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder($T.class, TABLE_NAME)$>$>", Runtime.ENTITY_SCHEMA, entity.type());
    entity.partitionKey().ifPresent(pk -> init.add("\n.partitionKey($N)", pk.constantName()));
    entity.sortKey().ifPresent(sk -> init.add("\n.sortKey($N)", sk.constantName()));
    if (entity.single() != null) {
      TableLayout layout = entity.single().layout();
      init.add("\n.partitionKey($N)", TemplateFields.keyConstant(layout.partitionKey()));
      if (layout.sortKey() != null) {
        init.add("\n.sortKey($N)", TemplateFields.keyConstant(layout.sortKey()));
      }
    }
    init.add("\n.attributes($L)", attributeList());
    autoIncrement(init);
    entity.version().ifPresent(v -> init.add("\n.version($N)", v.constantName()));
    entity.attributes().stream().filter(a -> a.marks().ttl() != null).findFirst()
        .ifPresent(a -> init.add("\n.timeToLive($N, $LL)", a.constantName(), a.marks().ttl().lifetimeSeconds()));
    entity.attributes().stream().filter(a -> a.marks().createdAt() != null).findFirst()
        .ifPresent(a -> init.add("\n.createdAt($N)", a.constantName()));
    entity.attributes().stream().filter(a -> a.marks().updatedAt() != null).findFirst()
        .ifPresent(a -> init.add("\n.updatedAt($N)", a.constantName()));
    entity.partitionKey().filter(a -> a.marks().generatedId() != null)
        .ifPresent(a -> init.add("\n.generatedId($T.$L)", ClassName.get("dev.dynamorepo.runtime.support", "EntitySchema", "IdStrategy"),
            a.marks().generatedId().strategy()));
    indexes(entity).forEach((name, keys) -> init.add("\n.index($S, $L, $L)", name, ref(keys[0]), ref(keys[1])));
    if (entity.single() != null) {
      singleTable(init);
    }
    init.add("\n.mapper(new Mapping())\n.build()$<$<");
    return FieldSpec.builder(ParameterizedTypeName.get(Runtime.ENTITY_SCHEMA, entity.type()), "SCHEMA",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("What the runtime knows about {@link $T}: table, keys, attributes and mapping.\n",
            entity.type())
        .initializer(init.build())
        .build();
  }

  /** Every index of the table (so any entity's createTable makes the same table), the type, the templates. */
  private void singleTable(CodeBlock.Builder init) {
    TableLayout layout = entity.single().layout();
    for (TableLayout.IndexLayout i : layout.indexes()) {
      if (entity.single().indexes().stream().anyMatch(t -> t.index().equals(i.name()))) {
        init.add("\n.index($S, $N, $L)", i.name(), TemplateFields.keyConstant(i.partitionKey()),
            i.sortKey() == null ? "null" : TemplateFields.keyConstant(i.sortKey()));
      } else if (entity.attributeIndexes().stream().anyMatch(x -> x.name().equals(i.name()))) {
        init.add("\n.multiIndex($S, $T.of($L), $T.of($L))", i.name(), Runtime.LIST, held(i.partitionKeys()), Runtime.LIST,
            held(i.sortKeys()));
      }
    }
    init.add("\n.discriminator($S, $S)", layout.discriminator(), entity.single().typeValue());
    String ttl = entity.single().designTimeToLive();
    if (ttl != null && entity.timeToLive().isEmpty()) {
      init.add("\n.tableTimeToLive($S)", ttl); // another entity's: this one's createTable() enables it too
    }
    List<CodeBlock> templates = entity.single().templates().stream()
        .map(t -> CodeBlock.of("$N", TemplateFields.templateConstant(t.attribute()))).toList();
    init.add("\n.templates($L)", CodeBlock.join(templates, ",$W"));
  }

  /** The entity's own attribute constants for stored names. */
  private CodeBlock held(List<String> storedNames) {
    return CodeBlock.join(storedNames.stream().map(n -> CodeBlock.of("$N", entity.storedAs(n).orElseThrow().constantName())).toList(), ", ");
  }

  private CodeBlock attributeList() {
    List<CodeBlock> names = new ArrayList<>();
    List<AttributeModel> stored = SchemaWriter.stored(entity.attributes());
    stored.stream().filter(a -> a.marks().partitionKey() != null).forEach(a -> names.add(ref(a)));
    stored.stream().filter(a -> a.marks().sortKey() != null).forEach(a -> names.add(ref(a)));
    stored.stream().filter(a -> !a.key()).forEach(a -> names.add(ref(a)));
    return CodeBlock.join(names, ",$W");
  }

  private void autoIncrement(CodeBlock.Builder init) {
    for (AttributeModel a : entity.attributes()) {
      AutoIncrementMark mark = a.marks().autoIncrement();
      if (mark != null) {
        init.add("\n.autoIncrement($L, $L)", mark.gapless(), mark.blockSize());
      }
    }
  }

  /** Index name to its partition and sort key attributes, in order of first mention. */
  static Map<String, AttributeModel[]> indexes(EntityModel entity) {
    Map<String, AttributeModel[]> out = new LinkedHashMap<>();
    for (AttributeModel a : entity.attributes()) {
      for (IndexMark mark : a.marks().indexKeys()) {
        out.computeIfAbsent(mark.index(), n -> new AttributeModel[2])[mark.sort() ? 1 : 0] = a;
      }
    }
    return out;
  }

  private static CodeBlock ref(AttributeModel a) {
    return a == null ? CodeBlock.of("null") : CodeBlock.of("$N", a.constantName());
  }
}
