package dev.dynamorepo.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Write: {@code <Entity>Repository} (a {@code Repository<Entity>}) and
 * {@code <Entity>AsyncRepository} (an {@code AsyncRepository<Entity>}), with typed key methods
 * that take the key's Java types: {@code key}, {@code get}, {@code update}, {@code delete},
 * {@code deleteAttributes}, {@code query} and {@code count}. The async one returns futures.
 */
final class RepositoryWriter {
  private final EntityModel entity;
  private final SchemaNames names;
  private final boolean async;
  private final ClassName self;
  private final List<ParameterSpec> keys = new ArrayList<>();
  private final List<String> keyDocs = new ArrayList<>();
  private final String keyArgs;
  /** The arguments of {@code SCHEMA.templateKey(..)}: each template's components, partition first. */
  private final String templateArgs;

  RepositoryWriter(EntityModel entity, SchemaNames names, boolean async) {
    this.entity = entity;
    this.names = names;
    this.async = async;
    this.self = async ? names.asyncRepository() : names.repository();
    entity.partitionKey().ifPresent(this::addKey);
    entity.sortKey().ifPresent(this::addKey);
    if (entity.single() != null) {
      entity.single().keyComponents().forEach(c -> addKeyPart(entity.attribute(c).orElseThrow()));
      List<String> args = new ArrayList<>(entity.single().partition().components());
      if (entity.single().sort() != null) {
        args.addAll(entity.single().sort().components());
      }
      this.templateArgs = String.join(", ", args);
    } else {
      this.templateArgs = null;
    }
    this.keyArgs = keys.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
  }

  private void addKeyPart(AttributeModel a) {
    keys.add(ParameterSpec.builder(a.declaredType(), a.javaName()).build());
    keyDocs.add("key part {@code " + a.javaName() + "}");
  }

  private void addKey(AttributeModel a) {
    String role = a.marks().partitionKey() != null ? "partition" : "sort";
    keys.add(ParameterSpec.builder(a.declaredType(), a.javaName()).build());
    keyDocs.add(role + " key {@code " + a.javaName() + "}");
  }

  TypeSpec.Builder build() {
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(base(), entity.type()))
        .addJavadoc(classDoc())
        .addMethod(constructor())
        .addMethod(namedConstructor());
    if (!async) {
      type.addMethod(asyncView());
    }
    return type.addMethods(List.of(key(), get(), update(), delete(), deleteAttributes()))
        .addMethods(entity.single() == null ? new QueryMethods(entity, async).build() : new TemplateQueryMethods(entity, async).build());
  }

  private ClassName base() {
    return async ? Runtime.ASYNC_REPOSITORY : Runtime.REPOSITORY;
  }

  /** The result type of an operation: as is for the sync repository, a future for the async one. */
  private TypeName result(TypeName type) {
    return async ? ParameterizedTypeName.get(Runtime.COMPLETABLE_FUTURE, type.box()) : type;
  }

  private CodeBlock classDoc() {
    String simple = entity.type().simpleName();
    String var = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "s";
    return CodeBlock.builder()
        .add("The generated $Lrepository of {@link $T}, stored in the DynamoDB table {@code $L}: the\n",
            async ? "asynchronous " : "", entity.type(), Docs.text(entity.tableName()))
        .add("operations of {@link $T} plus typed key methods. Thread-safe.\n\n", base())
        .add("<pre>{@code\n$T $L = new $T(dynamo);\n", self, var, self)
        .add("$L found = $L.get($L);\n}</pre>\n", async ? "CompletableFuture<Optional<" + simple + ">>" : "Optional<" + simple + ">",
            var, keyArgs)
        .build();
  }

  private MethodSpec asyncView() {
    return MethodSpec.methodBuilder("async")
        .addModifiers(Modifier.PUBLIC)
        .returns(names.asyncRepository())
        .addJavadoc("The same repository with every operation asynchronous, on the connection's async client.\n\n"
            + "@return the async repository; cheap to make\n")
        .addStatement("return new $T(dynamo(), tableName())", names.asyncRepository())
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the repository; cheap, and it can be shared by the whole application.\n\n"
            + "@param dynamo the connection\n")
        .addParameter(Runtime.DYNAMO_DB, "dynamo")
        .addStatement("super(dynamo, $T.SCHEMA)", names.schema())
        .build();
  }

  private MethodSpec namedConstructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Creates the repository on an explicit table (for example {@code \"$L-dev\"}), whatever the\n"
            + "connection's {@code TableNames} say.\n\n@param dynamo the connection\n@param tableName the physical table\n",
            Docs.text(entity.tableName()))
        .addParameter(Runtime.DYNAMO_DB, "dynamo")
        .addParameter(String.class, "tableName")
        .addStatement("super(dynamo, $T.SCHEMA, tableName)", names.schema())
        .build();
  }

  /**
   * {@code return call;} or, in the async repository, the same inside a try whose refusal (a bad
   * key value) completes the future instead of being thrown, as every async failure does.
   */
  private CodeBlock returning(CodeBlock call) {
    if (!async) {
      return CodeBlock.of("return $L;\n", call);
    }
    return CodeBlock.builder().beginControlFlow("try").addStatement("return $L", call)
        .nextControlFlow("catch ($T e)", Runtime.DYNAMO_EXCEPTION)
        .addStatement("return $T.failedFuture(e)", Runtime.COMPLETABLE_FUTURE).endControlFlow().build();
  }

  /** A parameter after the key parameters. */
  private record Extra(TypeName type, String name, String doc) {}

  /** A public method taking the key values, then {@code extras}; javadoc in the usual order. */
  private MethodSpec.Builder method(String name, TypeName returns, String doc, String returnsDoc, Extra... extras) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addJavadoc("$L\n\n", doc)
        .addParameters(keys);
    keys.forEach(k -> m.addJavadoc("@param $L the $L\n", k.name(), keyDocs.get(keys.indexOf(k))));
    for (Extra e : extras) {
      m.addParameter(e.type(), e.name()).addJavadoc("@param $L $L\n", e.name(), e.doc());
    }
    return m.addJavadoc("@return $L\n", returnsDoc);
  }

  private TypeName of(ClassName raw) {
    return ParameterizedTypeName.get(raw, entity.type());
  }

  private MethodSpec key() {
    return method("key", of(Runtime.KEY), "Makes the key of one item, for bulk and transaction calls.",
        "the checked key")
        .addJavadoc("@throws $T when a key value is null, empty or too long\n", Runtime.DYNAMO_EXCEPTION)
        .addStatement(templateArgs == null ? "return $T.SCHEMA.key($L)" : "return $T.SCHEMA.templateKeyIn(tableName(), $L)", names.schema(),
            templateArgs == null ? keyArgs : templateArgs)
        .build();
  }

  private MethodSpec get() {
    return method("get", result(of(Runtime.OPTIONAL)), "Reads one item, eventually consistent.", "the item, or empty")
        .addCode(returning(CodeBlock.of("get(key($L))", keyArgs)))
        .build();
  }

  private MethodSpec update() {
    return method("update", of(Runtime.PARTIAL_UPDATE),
        "Starts a partial update of one existing item: only the attributes set change.",
        async ? "the update to fill in and {@code executeAsync()}" : "the update to fill in and {@code execute()}")
        .addStatement("return update(key($L))", keyArgs)
        .build();
  }

  private MethodSpec delete() {
    return method("delete", result(of(Runtime.OPTIONAL)), "Deletes one item.", "the old item, if there was one")
        .addCode(returning(CodeBlock.of("delete(key($L))", keyArgs)))
        .build();
  }

  private MethodSpec deleteAttributes() {
    String attributes = freeName("attributes");
    TypeName attribute = ParameterizedTypeName.get(Runtime.VALUE_ATTRIBUTE, entity.type(), WildcardTypeName.subtypeOf(Object.class));
    String doc = "non-key attributes, e.g. {@code " + names.schema().simpleName() + "." + exampleValueAttribute() + "}";
    return method("deleteAttributes", result(entity.type()), "Removes attributes from one existing item.",
        "the item after the removal", new Extra(ArrayTypeName.of(attribute), attributes, doc))
        .addAnnotation(AnnotationSpec.builder(SafeVarargs.class).build())
        // List.of copies the array and never writes to it, so passing it on is safe.
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "varargs").build())
        .addModifiers(Modifier.FINAL)
        .varargs()
        .addJavadoc("@throws $T when the item does not exist\n", Runtime.CONFLICT_EXCEPTION)
        .addCode(returning(CodeBlock.of("deleteAttributes(key($L), $T.of($N))", keyArgs, Runtime.LIST, attributes)))
        .build();
  }

  private String exampleValueAttribute() {
    return SchemaWriter.stored(entity.attributes()).stream().filter(a -> !entity.keyPart(a))
        .map(AttributeModel::constantName).findFirst().orElse("SOME_ATTRIBUTE");
  }

  /** An extra parameter's name, unless a key attribute has it already. */
  private String freeName(String name) {
    boolean taken = keys.stream().anyMatch(k -> k.name().equals(name));
    return taken ? name + "Arg" : name;
  }
}
