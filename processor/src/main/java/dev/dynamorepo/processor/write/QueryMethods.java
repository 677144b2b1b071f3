package dev.dynamorepo.processor.write;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Write: a repository's query methods: {@code query(pk)}, {@code query(pk, sortCondition)} when
 * the table has a sort key, the same pair as {@code queryBy<Index>} per secondary index (a
 * local index takes the table's partition key), and {@code count(pk[, sortCondition])}.
 */
final class QueryMethods {
  private final EntityModel entity;
  private final TypeName query;
  private final TypeName keyCondition;

  QueryMethods(EntityModel entity) {
    this.entity = entity;
    this.query = ParameterizedTypeName.get(Runtime.QUERY, entity.type());
    this.keyCondition = ParameterizedTypeName.get(Runtime.KEY_CONDITION, entity.type());
  }

  List<MethodSpec> build() {
    List<MethodSpec> out = new ArrayList<>();
    AttributeModel pk = entity.partitionKey().orElseThrow();
    AttributeModel sk = entity.sortKey().orElse(null);
    out.add(method("query", null, "the table", pk, null));
    if (sk != null) {
      out.add(method("query", null, "the table", pk, sk));
    }
    out.add(count(pk, null));
    if (sk != null) {
      out.add(count(pk, sk));
    }
    SchemaField.indexes(entity).forEach((index, keys) -> {
      AttributeModel indexPk = keys[0] != null ? keys[0] : pk;
      String what = "the index {@code " + Docs.text(index) + "}";
      out.add(method(Naming.indexQuery(index), index, what, indexPk, null));
      if (keys[1] != null) {
        out.add(method(Naming.indexQuery(index), index, what, indexPk, keys[1]));
      }
    });
    return out;
  }

  private MethodSpec method(String name, String index, String what, AttributeModel pk, AttributeModel sk) {
    String condition = pk.javaName().equals("sortCondition") ? "sortConditionArg" : "sortCondition";
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(query)
        .addJavadoc("Queries $L for the items whose {@code $L} is the given value", what, pk.javaName())
        .addJavadoc("$L.\n\n", sk == null ? "" : " and whose\n{@code " + sk.javaName() + "} meets a condition")
        .addParameter(keyType(pk), pk.javaName())
        .addJavadoc("@param $L the partition key value\n", pk.javaName());
    if (sk != null) {
      m.addParameter(keyCondition, condition)
          .addJavadoc("@param $L e.g. {@code $L.$L.beginsWith(...)} or {@code .between(a, b)}\n", condition,
              Naming.flatName(entity.type()) + "Schema", sk.constantName());
    }
    m.addJavadoc("@return the query; run it with {@code stream()}, {@code page(cursor)} or {@code count()}\n");
    String call = index == null ? "newQuery($N, $L)" : "newIndexQuery($S, $N, $L)";
    Object[] args = index == null
        ? new Object[] {pk.javaName(), sk == null ? "null" : condition}
        : new Object[] {index, pk.javaName(), sk == null ? "null" : condition};
    return m.addStatement("return " + call, args).build();
  }

  private MethodSpec count(AttributeModel pk, AttributeModel sk) {
    String condition = pk.javaName().equals("sortCondition") ? "sortConditionArg" : "sortCondition";
    MethodSpec.Builder m = MethodSpec.methodBuilder("count")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.LONG)
        .addJavadoc("Counts the items whose {@code $L} is the given value$L, with {@code Select=COUNT}\n", pk.javaName(),
            sk == null ? "" : " and whose {@code " + sk.javaName() + "} meets a condition")
        .addJavadoc("over every page; no items are transferred.\n\n")
        .addParameter(keyType(pk), pk.javaName())
        .addJavadoc("@param $L the partition key value\n", pk.javaName());
    if (sk != null) {
      m.addParameter(keyCondition, condition).addJavadoc("@param $L a condition on the sort key\n", condition);
    }
    return m.addJavadoc("@return the number of matching items\n")
        .addStatement("return newQuery($N, $L).count()", pk.javaName(), sk == null ? "null" : condition).build();
  }

  /** A sparse index key may be {@code Optional<T>}; the query takes the {@code T}. */
  private static TypeName keyType(AttributeModel key) {
    return key.type() instanceof ValueType.OptionalOf o ? o.inner().type() : key.declaredType();
  }
}
