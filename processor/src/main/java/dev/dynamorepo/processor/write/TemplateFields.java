package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: the single-table constants of a schema: one private string key attribute per physical
 * key attribute of the table ({@code KEY_PK}), and one public {@code KeyTemplate} per template of
 * an entity ({@code TEMPLATE_SK}), built from the entity's attribute constants.
 */
final class TemplateFields {
  static final ClassName KEY_TEMPLATE = ClassName.get(Runtime.SUPPORT, "KeyTemplate");

  private final EntityModel entity;

  TemplateFields(EntityModel entity) {
    this.entity = entity;
  }

  static String keyConstant(String attribute) {
    return "KEY_" + Naming.upperSnake(attribute);
  }

  static String templateConstant(String attribute) {
    return "TEMPLATE_" + Naming.upperSnake(attribute);
  }

  /** The composed key attributes of a table (its keys, and those of {@code composed} indexes), typed for {@code owner}. */
  static List<FieldSpec> physical(ClassName owner, TableLayout layout, Collection<String> composed) {
    List<String> names = new ArrayList<>();
    names.add(layout.partitionKey());
    if (layout.sortKey() != null) {
      names.add(layout.sortKey());
    }
    layout.indexes().stream().filter(i -> composed.contains(i.name())).forEach(i -> names.addAll(i.keys()));
    return names.stream().distinct().map(n -> FieldSpec.builder(ParameterizedTypeName.get(Runtime.STRING_KEY_ATTRIBUTE, owner),
            keyConstant(n), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.stringKey($S)", Runtime.ATTRIBUTES, n).build()).toList();
  }

  List<FieldSpec> fields() {
    List<FieldSpec> out = new ArrayList<>(physical(entity.type(), entity.single().layout(),
        entity.single().indexes().stream().map(i -> i.index()).toList()));
    for (Template t : entity.single().templates()) {
      out.add(FieldSpec.builder(ParameterizedTypeName.get(KEY_TEMPLATE, entity.type()), templateConstant(t.attribute()),
              Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The key template <code>$L</code> of the attribute {@code $L}.\n", Docs.text(t.text()), Docs.text(t.attribute()))
          .initializer(template(t)).build());
    }
    return out;
  }

  private CodeBlock template(Template t) {
    List<CodeBlock> parts = new ArrayList<>();
    parts.add(CodeBlock.of("$S", t.attribute()));
    for (Template.Part p : t.parts()) {
      parts.add(p.literal() != null ? CodeBlock.of("$S", p.literal()) : CodeBlock.of("$N", entity.attribute(p.component()).orElseThrow().constantName()));
    }
    return CodeBlock.of("$T.of($L)", KEY_TEMPLATE, CodeBlock.join(parts, ", "));
  }
}
