package dev.dynamorepo.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.SingleTableModel.IndexTemplate;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.Template;
import dev.dynamorepo.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: the query methods of a single-table entity's repository. Per table or index key: the
 * partition template's attributes, then each leading part of the sort template
 * ({@code query(customerId)}, {@code query(customerId, placedAt)}), each also with a condition on
 * the next sort attribute ({@code query(customerId, placedAt -> placedAt.ge(since))}). A query
 * cannot skip a leading attribute: only prefixes in template order are generated.
 */
final class TemplateQueryMethods {
  private final EntityModel entity;
  private final boolean async;
  private final TypeName query;

  TemplateQueryMethods(EntityModel entity, boolean async) {
    this.entity = entity;
    this.async = async;
    this.query = ParameterizedTypeName.get(Runtime.QUERY, entity.type(), entity.type());
  }

  List<MethodSpec> build() {
    List<MethodSpec> out = new ArrayList<>();
    key("query", null, "the table", entity.single().partition(), entity.single().sort(), out);
    for (IndexTemplate i : entity.single().indexes()) {
      key(Naming.indexQuery(i.index()), i.index(), "the index {@code " + Docs.text(i.index()) + "}", i.partition(), i.sort(), out);
    }
    for (TableLayout.IndexLayout i : entity.attributeIndexes()) {
      for (int given = 0; given <= Math.max(0, i.sortKeys().size() - 1); given++) {
        out.add(attributeMethod(i, given, false));
        if (given < i.sortKeys().size()) {
          out.add(attributeMethod(i, given, true));
        }
      }
    }
    return out;
  }

  /** A query of an index whose key attributes the entity holds: every partition attribute, {@code given} sort attributes. */
  private MethodSpec attributeMethod(TableLayout.IndexLayout index, int given, boolean withNext) {
    List<AttributeModel> args = new ArrayList<>();
    index.partitionKeys().forEach(n -> args.add(entity.storedAs(n).orElseThrow()));
    index.sortKeys().subList(0, given).forEach(n -> args.add(entity.storedAs(n).orElseThrow()));
    AttributeModel next = withNext ? entity.storedAs(index.sortKeys().get(given)).orElseThrow() : null;
    MethodSpec.Builder m = MethodSpec.methodBuilder(Naming.indexQuery(index.name()))
        .addModifiers(Modifier.PUBLIC)
        .returns(query)
        .addJavadoc("Queries the index {@code $L} (key attributes {@code $L}) for the {@link $T} items with these values$L.\n\n",
            Docs.text(index.name()), Docs.text(String.join(", ", index.keys())), entity.type(),
            next == null ? "" : " whose {@code " + next.javaName() + "} meets a condition");
    for (AttributeModel a : args) {
      m.addParameter(type(a), a.javaName()).addJavadoc("@param $L the value of {@code $L}\n", a.javaName(), a.javaName());
    }
    if (next != null) {
      m.addParameter(lambda(next), next.javaName())
          .addJavadoc("@param $L the condition on {@code $L}, e.g. {@code $L -> $L.ge(low)}\n", next.javaName(), next.javaName(),
              next.javaName(), next.javaName());
    }
    m.addJavadoc("@return the query; run it with {@code $L}\n",
        async ? "publisher()}, {@code pageAsync(cursor)} or {@code countAsync()" : "stream()}, {@code page(cursor)} or {@code count()");
    return m.addStatement("return $T.attributes(this, $S, new Object[] {$L}, $L)", Runtime.QUERIES, index.name(),
        String.join(", ", args.stream().map(AttributeModel::javaName).toList()), next == null ? "null" : next.javaName()).build();
  }

  private void key(String name, String index, String what, Template partition, Template sort, List<MethodSpec> out) {
    int sortParts = sort == null ? 0 : sort.components().size();
    for (int given = 0; given <= Math.max(0, sortParts - 1); given++) {
      List<String> sortGiven = sort == null ? List.of() : sort.components().subList(0, given);
      out.add(method(name, index, what, partition, sort, sortGiven, null));
      if (given < sortParts) {
        out.add(method(name, index, what, partition, sort, sortGiven, sort.components().get(given)));
      }
    }
  }

  private MethodSpec method(String name, String index, String what, Template partition, Template sort, List<String> sortGiven,
      String next) {
    List<String> args = new ArrayList<>(partition.components());
    args.addAll(sortGiven);
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(query)
        .addJavadoc("Queries $L for the {@link $T} items whose {@code $L} is <code>$L</code>", what, entity.type(),
            Docs.text(partition.attribute()), Docs.text(partition.text()))
        .addJavadoc("$L.\n\n", sort == null ? "" : sortDoc(sort, sortGiven, next));
    // An attribute in both templates (USER#{userId} / USER#{userId}) is one parameter, passed for each place.
    for (String a : new LinkedHashSet<>(args)) {
      AttributeModel attribute = entity.attribute(a).orElseThrow();
      m.addParameter(type(attribute), a).addJavadoc("@param $L the value of {@code $L}\n", a, a);
    }
    String condition = args.contains(next) ? next + "Condition" : next;
    if (next != null) {
      m.addParameter(lambda(entity.attribute(next).orElseThrow()), condition)
          .addJavadoc("@param $L the condition on {@code $L}, e.g. {@code $L -> $L.ge(low)}\n", condition, next, next, next);
    }
    m.addJavadoc("@return the query; run it with {@code $L}\n",
        async ? "publisher()}, {@code pageAsync(cursor)} or {@code countAsync()" : "stream()}, {@code page(cursor)} or {@code count()");
    return m.addStatement("return $T.template(this, $L, new Object[] {$L}, $L)", Runtime.QUERIES,
        index == null ? "null" : CodeBlock.of("$S", index), String.join(", ", args), next == null ? "null" : condition).build();
  }

  private static String sortDoc(Template sort, List<String> given, String next) {
    StringBuilder out = new StringBuilder(" and whose {@code " + Docs.text(sort.attribute()) + "} (<code>"
        + Docs.text(sort.text()) + "</code>) ");
    if (given.isEmpty() && next == null) {
      return out.append("starts with this entity's literal text").toString();
    }
    if (!given.isEmpty()) {
      out.append("starts with the given {@code ").append(String.join("}, {@code ", given)).append("}");
    }
    if (next != null) {
      out.append(given.isEmpty() ? "" : " and ").append("has a value of {@code ").append(next).append("} that meets a condition");
    }
    return out.toString();
  }

  /** {@code Function<SortKey.Text<E>, SortCondition<E>>} for a string, else {@code SortKey<E, V>}. */
  private TypeName lambda(AttributeModel a) {
    TypeName key = isString(a.type()) ? ParameterizedTypeName.get(Runtime.TEXT_SORT_KEY, entity.type())
        : ParameterizedTypeName.get(Runtime.SORT_KEY, entity.type(), type(a).box());
    return ParameterizedTypeName.get(Runtime.FUNCTION, key, ParameterizedTypeName.get(Runtime.SORT_CONDITION, entity.type()));
  }

  private static boolean isString(ValueType type) {
    return type instanceof ValueType.Scalar s && s.codec().equals("STRING");
  }

  /** A sparse index part may be {@code Optional<T>}; the query takes the {@code T}. */
  private static TypeName type(AttributeModel a) {
    return a.type() instanceof ValueType.OptionalOf o ? o.inner().type() : a.declaredType();
  }
}
