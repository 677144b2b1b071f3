package dev.dynamorepo.processor.write;

import com.palantir.javapoet.ClassName;

/** Write: the names of the runtime and SDK types generated code refers to. */
final class Runtime {
  static final String RUNTIME = "dev.dynamorepo.runtime";
  static final String SUPPORT = "dev.dynamorepo.runtime.support";

  static final ClassName KEY_ATTRIBUTE = ClassName.get(RUNTIME, "KeyAttribute");
  static final ClassName VALUE_ATTRIBUTE = ClassName.get(RUNTIME, "ValueAttribute");
  static final ClassName STRING_KEY_ATTRIBUTE = ClassName.get(RUNTIME, "StringKeyAttribute");
  static final ClassName STRING_ATTRIBUTE = ClassName.get(RUNTIME, "StringAttribute");
  static final ClassName NUMBER_ATTRIBUTE = ClassName.get(RUNTIME, "NumberAttribute");
  static final ClassName BINARY_ATTRIBUTE = ClassName.get(RUNTIME, "BinaryAttribute");
  static final ClassName SET_ATTRIBUTE = ClassName.get(RUNTIME, "SetAttribute");
  static final ClassName LIST_ATTRIBUTE = ClassName.get(RUNTIME, "ListAttribute");
  static final ClassName MAP_ATTRIBUTE = ClassName.get(RUNTIME, "MapAttribute");
  static final ClassName NESTED_ATTRIBUTE = ClassName.get(RUNTIME, "NestedAttribute");
  static final ClassName QUERY = ClassName.get(RUNTIME, "Query");
  static final ClassName VERSION_ATTRIBUTE = ClassName.get(RUNTIME, "VersionAttribute");
  static final ClassName SORT_CONDITION = ClassName.get(RUNTIME, "SortCondition");
  static final ClassName SORT_KEY = ClassName.get(RUNTIME, "SortKeyRange");
  static final ClassName TEXT_SORT_KEY = SORT_KEY.nestedClass("Text");
  static final ClassName REPOSITORY = ClassName.get(RUNTIME, "Repository");
  static final ClassName ASYNC_REPOSITORY = ClassName.get(RUNTIME, "AsyncRepository");
  static final ClassName DYNAMO_DB = ClassName.get(RUNTIME, "DynamoDb");
  static final ClassName KEY = ClassName.get(RUNTIME, "Key");
  static final ClassName PARTIAL_UPDATE = ClassName.get(RUNTIME, "PartialUpdate");
  static final ClassName DYNAMO_EXCEPTION = ClassName.get(RUNTIME, "DynamoException");
  static final ClassName CONFLICT_EXCEPTION = ClassName.get(RUNTIME, "ConflictException");
  static final ClassName CODEC = ClassName.get(SUPPORT, "Codec");
  static final ClassName CODECS = ClassName.get(SUPPORT, "Codecs");
  static final ClassName ENTITY_SCHEMA = ClassName.get(SUPPORT, "EntitySchema");
  static final ClassName ATTRIBUTES = ClassName.get(SUPPORT, "Attributes");
  static final ClassName QUERIES = ClassName.get(SUPPORT, "Queries");
  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName TABLE_SCHEMA =
      ClassName.get("software.amazon.awssdk.enhanced.dynamodb", "TableSchema");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
  static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  /** The processor's name in {@code @Generated}. */
  static final String PROCESSOR = "dev.dynamorepo.processor.EntityProcessor";

  /** The name in {@code @Generated} of a single-table design's files. */
  static final String TABLE_PROCESSOR = "dev.dynamorepo.processor.TableProcessor";

  /** The name in {@code @Generated} of a projection's schema. */
  static final String PROJECTION_PROCESSOR = "dev.dynamorepo.processor.ProjectionProcessor";

  private Runtime() {}
}
