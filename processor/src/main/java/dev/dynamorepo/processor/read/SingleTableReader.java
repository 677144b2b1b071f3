package dev.dynamorepo.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.SingleTableModel;
import dev.dynamorepo.processor.model.SingleTableModel.IndexTemplate;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.TableLayout.IndexLayout;
import dev.dynamorepo.processor.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Read: the single-table parts of the model. A {@code @Table} sealed interface in, its
 * {@link TableLayout} out; an {@code @Entity} type in, its {@link SingleTableModel} out.
 */
public final class SingleTableReader {
  private final Types types;
  private final Mirrors mirrors;

  SingleTableReader(Types types, Mirrors mirrors) {
    this.types = types;
    this.mirrors = mirrors;
  }

  /**
   * Reads a table type's layout.
   *
   * @param type the type an {@code @Entity} names, normally a {@code @Table} sealed interface
   * @return its layout; {@link TableLayout#tableInterface()} is false when it is not one
   */
  public TableLayout layout(TypeElement type) {
    Optional<AnnotationMirror> table = Mirrors.find(type, Names.TABLE);
    boolean isInterface = type.getKind() == ElementKind.INTERFACE && table.isPresent();
    String tableName = table.map(m -> (String) mirrors.value(m, "name").getValue()).orElse(null);
    String pk = "pk";
    String sk = "sk";
    String discriminator = "_type";
    Optional<AnnotationMirror> single = Mirrors.find(type, Names.SINGLE_TABLE);
    if (single.isPresent()) {
      pk = string(single.get(), "partitionKey");
      sk = string(single.get(), "sortKey");
      discriminator = string(single.get(), "discriminator");
    }
    List<IndexLayout> indexes = new ArrayList<>();
    repeated(type, Names.GLOBAL_INDEX, (src, m) -> indexes.add(new IndexLayout(string(m, "name"),
        strings(m, "partitionKey"), strings(m, "sortKey"), src)));
    return new TableLayout(ClassName.get(type), tableName, isInterface, pk, emptyAsNull(sk), discriminator,
        List.copyOf(indexes), SourceRef.of(type, table.orElse(single.orElse(null)), null));
  }

  /**
   * Reads an entity's membership of its table.
   *
   * @param entity a type annotated {@code @Entity}
   * @return the model
   */
  public SingleTableModel read(TypeElement entity) {
    AnnotationMirror mark = Mirrors.find(entity, Names.ENTITY).orElseThrow();
    TypeMirror tableMirror = (TypeMirror) mirrors.value(mark, "table").getValue();
    TypeElement tableType = (TypeElement) ((DeclaredType) tableMirror).asElement();
    TableLayout layout = layout(tableType);
    boolean implementsTable = types.isAssignable(types.erasure(entity.asType()), types.erasure(tableType.asType()));
    SourceRef markRef = SourceRef.of(entity, mark, null);
    Template partition = template(entity, Names.PARTITION_KEY_TEMPLATE, layout.partitionKey());
    Template sort = template(entity, Names.SORT_KEY_TEMPLATE, layout.sortKey() == null ? "sortKey" : layout.sortKey());
    List<IndexTemplate> indexes = new ArrayList<>();
    repeated(entity, Names.INDEX_KEY_TEMPLATE, (src, m) -> {
      String index = string(m, "index");
      IndexLayout declared = layout.index(index);
      String pkName = declared == null ? index + ".partitionKey" : declared.partitionKey();
      String skName = declared == null || declared.sortKey() == null ? index + ".sortKey" : declared.sortKey();
      String sortText = string(m, "sort");
      indexes.add(new IndexTemplate(index, Template.parse(pkName, string(m, "partition"), narrowed(src, m, "partition")),
          sortText.isEmpty() ? null : Template.parse(skName, sortText, narrowed(src, m, "sort")), src));
    });
    return new SingleTableModel(layout, implementsTable, string(mark, "type"),
        markRef.withValue(Mirrors.explicitValue(mark, "type")), partition, markRef, sort, List.copyOf(indexes), null);
  }

  private Template template(TypeElement entity, String annotation, String attribute) {
    return Mirrors.find(entity, annotation)
        .map(m -> Template.parse(attribute, string(m, "value"), SourceRef.of(entity, m, Mirrors.explicitValue(m, "value"))))
        .orElse(null);
  }

  /** A repeated annotation's own spot, narrowed to one member when it was written alone. */
  private static SourceRef narrowed(SourceRef src, AnnotationMirror m, String member) {
    AnnotationValue value = Mirrors.explicitValue(m, member);
    return value == null ? src : src.withValue(value);
  }

  /** Both forms of a repeatable annotation: written once, and the container javac makes when repeated. */
  private void repeated(TypeElement type, String name, BiConsumer<SourceRef, AnnotationMirror> each) {
    Mirrors.find(type, name).ifPresent(m -> each.accept(SourceRef.of(type, m, null), m));
    Mirrors.find(type, name + ".List").ifPresent(c -> mirrors.repeated(c)
        .forEach(v -> each.accept(SourceRef.of(type, c, v), (AnnotationMirror) v.getValue())));
  }

  private String string(AnnotationMirror m, String member) {
    return (String) mirrors.value(m, member).getValue();
  }

  private List<String> strings(AnnotationMirror m, String member) {
    List<String> out = new ArrayList<>();
    Object value = mirrors.value(m, member).getValue();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add((String) ((AnnotationValue) v).getValue()));
    }
    return List.copyOf(out);
  }

  private static String emptyAsNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
