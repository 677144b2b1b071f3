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
 * Write: a repository's query methods: {@code query(pk)}, {@code query(pk, sort)} when the table
 * has a sort key, the same pair as {@code queryBy<Index>} per secondary index (a local index
 * takes the table's partition key), and {@code count(pk[, sort])}. The sort condition is a lambda
 * over that table's or index's own sort key ({@code sk -> sk.beginsWith("2026-")}), so a condition
 * on any other attribute does not compile there.
 */
final class QueryMethods {
  private final EntityModel entity;
  private final boolean async;
  private final TypeName query;

  QueryMethods(EntityModel entity, boolean async) {
    this.entity = entity;
    this.async = async;
    this.query = ParameterizedTypeName.get(Runtime.QUERY, entity.type(), entity.type());
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

  /** {@code Function<SortKey.Text<E>, SortCondition<E>>} for a string sort key, else {@code SortKey<E, V>}. */
  private TypeName sortLambda(AttributeModel sk) {
    TypeName key = isString(sk.type()) ? ParameterizedTypeName.get(Runtime.TEXT_SORT_KEY, entity.type())
        : ParameterizedTypeName.get(Runtime.SORT_KEY, entity.type(), sk.type().type());
    return ParameterizedTypeName.get(Runtime.FUNCTION, key, ParameterizedTypeName.get(Runtime.SORT_CONDITION, entity.type()));
  }

  private static String sortName(AttributeModel pk) {
    return pk.javaName().equals("sort") ? "sortArg" : "sort";
  }

  private MethodSpec method(String name, String index, String what, AttributeModel pk, AttributeModel sk) {
    String sort = sortName(pk);
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(query)
        .addJavadoc("Queries $L for the items whose {@code $L} is the given value", what, pk.javaName())
        .addJavadoc("$L.\n\n", sk == null ? "" : " and whose\n{@code " + sk.javaName() + "} meets a condition")
        .addParameter(keyType(pk), pk.javaName())
        .addJavadoc("@param $L the partition key value\n", pk.javaName());
    if (sk != null) {
      m.addParameter(sortLambda(sk), sort)
          .addJavadoc("@param $L the condition on {@code $L}, e.g. {@code sk -> sk.$L}\n", sort, sk.javaName(),
              isString(sk.type()) ? "beginsWith(\"2026-\")" : "between(low, high)");
    }
    m.addJavadoc("@return the query; run it with {@code $L}\n",
        async ? "publisher()}, {@code pageAsync(cursor)} or {@code countAsync()" : "stream()}, {@code page(cursor)} or {@code count()");
    return m.addStatement("return $T.of(this, $L, $N, $L)", Runtime.QUERIES, index == null ? "null" : "\"" + index + "\"",
        pk.javaName(), sk == null ? "null" : sort).build();
  }

  private MethodSpec count(AttributeModel pk, AttributeModel sk) {
    String sort = sortName(pk);
    MethodSpec.Builder m = MethodSpec.methodBuilder("count")
        .addModifiers(Modifier.PUBLIC)
        .returns(async ? ParameterizedTypeName.get(Runtime.COMPLETABLE_FUTURE, TypeName.LONG.box()) : TypeName.LONG)
        .addJavadoc("Counts the items whose {@code $L} is the given value$L, with {@code Select=COUNT}\n", pk.javaName(),
            sk == null ? "" : " and whose {@code " + sk.javaName() + "} meets a condition")
        .addJavadoc("over every page; no items are transferred.\n\n")
        .addParameter(keyType(pk), pk.javaName())
        .addJavadoc("@param $L the partition key value\n", pk.javaName());
    if (sk != null) {
      m.addParameter(sortLambda(sk), sort).addJavadoc("@param $L the condition on the sort key\n", sort);
    }
    m.addJavadoc("@return the number of matching items\n");
    if (!async) {
      return m.addStatement("return query($N$L).count()", pk.javaName(), sk == null ? "" : ", " + sort).build();
    }
    // A bad key value completes the future, as every async failure does.
    return m.beginControlFlow("try")
        .addStatement("return query($N$L).countAsync()", pk.javaName(), sk == null ? "" : ", " + sort)
        .nextControlFlow("catch ($T e)", Runtime.DYNAMO_EXCEPTION)
        .addStatement("return $T.failedFuture(e)", Runtime.COMPLETABLE_FUTURE).endControlFlow().build();
  }

  private static boolean isString(ValueType type) {
    return type instanceof ValueType.Scalar s && s.codec().equals("STRING");
  }

  /** A sparse index key may be {@code Optional<T>}; the query takes the {@code T}. */
  private static TypeName keyType(AttributeModel key) {
    return key.type() instanceof ValueType.OptionalOf o ? o.inner().type() : key.declaredType();
  }
}
