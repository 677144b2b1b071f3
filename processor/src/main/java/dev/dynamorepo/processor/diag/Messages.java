package dev.dynamorepo.processor.diag;

/**
 * Diagnostics: every message the processor prints, as {@link String#format} patterns. Each starts
 * with a stable {@code [DdbXxx]} tag that users can search for and tests match on, states the rule,
 * then says how to fix it. Attribute and type arguments are the Java names as the user wrote them.
 */
public final class Messages {
  private static final String NAME_RULE =
      "3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'";
  private static final String SUPPORTED = "Supported: String; boolean, byte, short, int, long,"
      + " float, double and their boxes; BigDecimal, BigInteger; byte[], SdkBytes, ByteBuffer;"
      + " enums; UUID; Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime,"
      + " ZonedDateTime, Duration; List<T>; Set<T> of string, number or binary T;"
      + " Map<String, T>; records and JavaBeans made of these; Optional<T> of any of these."
      + " For any other type add @Convert(YourAttributeConverter.class), or @Ignore it.";

  /** Args: entity. */
  public static final String NO_PARTITION_KEY = "[DdbNoPartitionKey] @Table class %s needs exactly"
      + " one @PartitionKey attribute; found none. Put @PartitionKey on the attribute that"
      + " identifies an item.";
  /** Args: attribute, entity, first partition key. */
  public static final String DUPLICATE_PARTITION_KEY = "[DdbDuplicatePartitionKey] %s is a second"
      + " @PartitionKey in %s (the first is %s); a table has exactly one partition key. Keep one,"
      + " and make the other the @SortKey if the key has two parts.";
  /** Args: attribute, entity, first sort key. */
  public static final String DUPLICATE_SORT_KEY = "[DdbDuplicateSortKey] %s is a second @SortKey"
      + " in %s (the first is %s); a table has at most one sort key. Remove one, or make it an"
      + " @IndexSortKey.";
  /** Args: attribute. */
  public static final String KEY_BOTH_ROLES = "[DdbKeyRoles] %s is both @PartitionKey and"
      + " @SortKey; the two key parts must be different attributes. Remove one annotation.";
  /** Args: annotation, attribute, type, stored type. */
  public static final String KEY_TYPE = "[DdbKeyType] @%s %s has type %s, stored as %s; DynamoDB"
      + " keys must be stored as S (string), N (number) or B (binary) and always have a value."
      + " Use String, a number, byte[], SdkBytes, UUID, an enum or a java.time type.";
  /** Args: attribute, type, detail (may be empty). */
  public static final String UNSUPPORTED_TYPE = "[DdbUnsupportedType] %s has type %s, which"
      + " dynamo-repo cannot store%s. " + SUPPORTED;
  /** Args: attribute. */
  public static final String AUTO_INCREMENT_NOT_PARTITION_KEY = "[DdbAutoIncrementPlacement]"
      + " @AutoIncrement is on %s, which is not the @PartitionKey; only the partition key takes its"
      + " value from the counter. Move @AutoIncrement to the partition key, or remove it.";
  /** Args: attribute, type. */
  public static final String AUTO_INCREMENT_TYPE = "[DdbAutoIncrementType] @AutoIncrement %s has"
      + " type %s; use Long, Integer, BigInteger or String. Primitives are refused because null"
      + " means \"not set yet\" (the counter assigns the id), which a primitive cannot say.";
  /** Args: block size, attribute. */
  public static final String AUTO_INCREMENT_BLOCK_SIZE = "[DdbAutoIncrementBlockSize]"
      + " @AutoIncrement(blockSize = %d) on %s: blockSize must be at least 1 (1 takes one id per"
      + " put).";
  /** Args: attribute, stored name, other attribute, type. */
  public static final String DUPLICATE_ATTRIBUTE_NAME = "[DdbDuplicateAttributeName] %s is stored"
      + " as \"%s\", like %s; every attribute of %s needs its own stored name. Rename one with"
      + " @Attribute(\"...\").";
  /** Args: table name, entity. */
  public static final String TABLE_NAME = "[DdbTableName] @Table(name = \"%s\") on %s is not a"
      + " valid DynamoDB table name: use " + NAME_RULE + ".";
  /** Args: name, attribute, byte length. */
  public static final String ATTRIBUTE_NAME = "[DdbAttributeName] @Attribute(\"%s\") on %s is %d"
      + " bytes long; a stored attribute name must be 1 to 255 bytes (UTF-8). Choose another"
      + " name, or remove @Attribute to store the Java name.";
  /** Args: type. */
  public static final String BEAN_CONSTRUCTOR = "[DdbBeanConstructor] %s is read as a JavaBean"
      + " but has no public no-arg constructor, so items cannot be turned back into objects. Add"
      + " one, or make it a record.";
  /** Args: property, type, capitalized property. */
  public static final String BEAN_NO_GETTER = "[DdbBeanProperty] property %s of %s has no public"
      + " getter get%s() (or is...() for a boolean); add one, or mark the field @Ignore.";
  /** Args: property, type, capitalized property, type of the property. */
  public static final String BEAN_NO_SETTER = "[DdbBeanProperty] property %s of %s has no public"
      + " setter set%s(%s), so it could be written but never read back; add one, or mark it"
      + " @Ignore.";
  /** Args: attribute, type. */
  public static final String VERSION_TYPE = "[DdbVersionType] @Version %s has type %s; use long,"
      + " Long, int or Integer.";
  /** Args: attribute. */
  public static final String VERSION_ON_KEY = "[DdbVersionOnKey] @Version is on the key %s; a key"
      + " never changes, so it cannot count versions. Put @Version on a separate long attribute.";
  /** Args: attribute, entity, first version. */
  public static final String DUPLICATE_VERSION = "[DdbDuplicateVersion] %s is a second @Version in"
      + " %s (the first is %s); an entity has at most one version attribute. Remove one.";
  /** Args: entity. */
  public static final String ENTITY_NOT_CLASS = "[DdbEntityKind] @Table cannot be used on %s: it"
      + " is an interface, enum or annotation type. Put @Table on a record, or on a class with a"
      + " public no-arg constructor.";
  /** Args: entity. */
  public static final String ENTITY_ABSTRACT = "[DdbEntityKind] @Table cannot be used on %s: it"
      + " is abstract, and generated code must create instances. Make it concrete.";
  /** Args: entity. */
  public static final String ENTITY_GENERIC = "[DdbEntityKind] @Table cannot be used on %s: it"
      + " has type parameters, and a table holds one concrete type. Remove them, or put @Table on a"
      + " subclass with concrete type arguments.";
  /** Args: entity. */
  public static final String ENTITY_INNER = "[DdbEntityKind] @Table cannot be used on %s: it is"
      + " an inner (non-static) class, which cannot be created without an outer instance. Make it"
      + " static.";
  /** Args: entity. */
  public static final String ENTITY_PRIVATE = "[DdbEntityKind] @Table cannot be used on %s: it"
      + " is private (or inside a private class), so the generated classes next to it cannot use"
      + " it. Make it package-private or public.";
  /** Args: converter, attribute, what the converter is, attribute type. */
  public static final String CONVERTER_TYPE = "[DdbConverterType] @Convert(%s.class) on %s: the"
      + " converter is %s, but the attribute's type is %s. Use a class that implements"
      + " software.amazon.awssdk.enhanced.dynamodb.AttributeConverter of the attribute's type.";
  /** Args: converter, attribute. */
  public static final String CONVERTER_CONSTRUCTOR = "[DdbConverterConstructor] @Convert(%s.class)"
      + " on %s: the converter must be a concrete class visible from the entity's package, with a"
      + " public no-arg constructor (one instance is created per schema and shared).";
  /** Args: attribute, other annotation. */
  public static final String IGNORED_KEY = "[DdbIgnoredKey] %s is marked both @Ignore and @%s; an"
      + " ignored attribute is never stored, so it cannot be a key, index key or version. Remove"
      + " one of the two.";
  /** Args: annotation, index, attribute, type, stored type. */
  public static final String INDEX_KEY_TYPE = "[DdbIndexKeyType] @%s(\"%s\") %s has type %s,"
      + " stored as %s; index keys must be stored as S (string), N (number) or B (binary). Use"
      + " String, a number, byte[], UUID, an enum or a java.time type.";
  /** Args: attribute, annotation, index, entity, first attribute. */
  public static final String DUPLICATE_INDEX_KEY = "[DdbDuplicateIndexKey] %s is a second"
      + " @%s(\"%s\") in %s (the first is %s); an index has one key of each role. Remove one, or"
      + " name another index.";
  /** Args: annotation, index, attribute. */
  public static final String INDEX_NAME = "[DdbIndexName] @%s(\"%s\") on %s is not a valid index"
      + " name: use " + NAME_RULE + ".";
  /** Args: index, attribute. */
  public static final String LOCAL_INDEX_WITHOUT_SORT_KEY = "[DdbLocalIndexWithoutSortKey] @IndexSortKey(value = \"%s\","
      + " local = true) on %s declares a local index, and a local index needs the table to have a @SortKey."
      + " Give the table a @SortKey, or make it a global index with an @IndexPartitionKey(\"%1$s\").";
  /** Args: index, attribute, suggestion (may be empty). */
  public static final String UNPAIRED_INDEX_SORT_KEY = "[DdbIndexSortKeyAlone] @IndexSortKey(\"%s\") on %s names an"
      + " index that no @IndexPartitionKey names%s. Add @IndexPartitionKey(\"%1$s\") for a global index, or"
      + " declare a local index with @IndexSortKey(value = \"%1$s\", local = true).";
  /** Args: index, attribute. */
  public static final String LOCAL_AND_GLOBAL_INDEX = "[DdbLocalIndexWithPartitionKey] @IndexSortKey(value = \"%s\","
      + " local = true) on %s declares a local index, but an @IndexPartitionKey(\"%1$s\") makes it global. Remove"
      + " local = true, or rename one of the indexes.";
  /** Args: index, other index, method. */
  public static final String INDEX_METHOD_CLASH = "[DdbIndexMethodClash] indexes \"%s\" and"
      + " \"%s\" would both get the repository method %s; rename one of them.";
  /** Args: attribute, other (attribute or generated member), constant. */
  public static final String CONSTANT_CLASH = "[DdbConstantClash] %s and %s would both be the"
      + " generated constant %s; rename the Java property.";
  /** Args: attribute, entity, type. */
  public static final String UNRESOLVED_TYPE = "[DdbUnresolvedType] %s of %s has type %s, which"
      + " could not be resolved, so no Schema or Repository is generated for it. Fix the type, or"
      + " the processor that should generate it.";
  /** Args: entity, stack trace. */
  public static final String PROCESSOR_CRASH = "[DdbProcessorCrash] dynamo-repo's processor"
      + " crashed on %s; this is a bug, please report it with this stack trace:%n%s";
  /** Args: file, reason. */
  public static final String WRITE_FAILED = "[DdbWriteFailed] could not write %s: %s";

  /** Args: attribute, type. */
  public static final String TTL_TYPE = "[DdbTtlType] @TimeToLive %s has type %s; DynamoDB's TTL reads epoch seconds:"
      + " use Instant (stored as N epoch seconds), long, Long, int or Integer.";
  /** Args: attribute, entity, first. */
  public static final String DUPLICATE_TTL = "[DdbDuplicateTtl] %s is a second @TimeToLive in %s (the first is %s); a table"
      + " has one TTL attribute. Remove one.";
  /** Args: attribute, its stored name, other entity, its stored name, table type, first stored name. */
  public static final String TABLE_TTL_CONFLICT = "[DdbTableTtlConflict] @TimeToLive %s is stored as \"%s\", but %s of the"
      + " same table %s stores its @TimeToLive as \"%s\"; a table has one TTL attribute, so DynamoDB would expire only"
      + " one type's items. Store both under one name, such as @Attribute(\"%s\") here.";
  /** Args: annotation, attribute. */
  public static final String LIFECYCLE_ON_KEY = "[DdbLifecycleOnKey] @%s is on the key %s; a key never changes. Put it on"
      + " a separate attribute.";
  /** Args: annotation, attribute, type. */
  public static final String TIMESTAMP_TYPE = "[DdbTimestampType] @%s %s has type %s; use Instant.";
  /** Args: attribute, entity, first. */
  public static final String DUPLICATE_CREATED_AT = "[DdbDuplicateTimestamp] %s is a second @CreatedAt in %s (the first is"
      + " %s). Remove one.";
  /** Args: attribute, entity, first. */
  public static final String DUPLICATE_UPDATED_AT = "[DdbDuplicateTimestamp] %s is a second @UpdatedAt in %s (the first is"
      + " %s). Remove one.";
  /** Args: attribute, where. */
  public static final String GENERATED_ID_PLACE = "[DdbGeneratedIdPlace] @GeneratedId on %s, %s; ids are generated for the"
      + " partition key only. Put it on the @PartitionKey.";
  /** Args: attribute, type, strategy. */
  public static final String GENERATED_ID_TYPE = "[DdbGeneratedIdType] @GeneratedId(%3$s) %s has type %s; a %3$s id needs"
      + " a String key%s. Use @AutoIncrement for numeric ids.";

  /** Args: property, type, capitalized property. */
  public static final String LOMBOK_GETTER = "[DdbLombok] property %s of %s has no getter get%3$s(), though %2$s uses"
      + " Lombok: Lombok did not add it before processing ended. Put org.projectlombok:lombok on the annotation processor"
      + " path (maven-compiler-plugin <annotationProcessorPaths>, any order beside dynamo-repo-processor), or write the getter.";
  /** Args: property, type, builder factory, capitalized property. */
  public static final String BUILDER_MISSING = "[DdbBuilderProperty] property %s of %s has no method on the builder that %2$s.%3$s()"
      + " returns (%1$s(..), set%4$s(..) or with%4$s(..)), so items could be written but never read back. Add it to the"
      + " builder, or mark the property @Ignore.";

  /** Args: projection. */
  public static final String PROJECTION_NOT_RECORD = "[DdbProjectionShape] @Projection %s is not a record; a projection"
      + " is a record whose components name attributes of the entity. Make it a record.";
  /** Args: projection, entity. */
  public static final String PROJECTION_NOT_ENTITY = "[DdbProjectionEntity] @Projection(%2$s.class) on %1$s names %2$s,"
      + " which is not a @Table entity. Name an entity class.";
  /** Args: component, projection, entity, suggestion. */
  public static final String PROJECTION_UNKNOWN = "[DdbProjectionUnknown] component %s of projection %s names no stored"
      + " attribute of %s%s. Rename the component to the entity's Java property name.";
  /** Args: component, projection, type, attribute, attribute type. */
  public static final String PROJECTION_TYPE = "[DdbProjectionType] component %s of projection %s has type %s, but %s is"
      + " %s. Declare the component with the attribute's type.";

  /** Args: table type, entity, table type, entity. */
  public static final String ENTITY_TABLE = "[DdbEntityTable] @Entity(table = %s.class) on %s names a type"
      + " that is not a @Table interface. Declare the table once, as @Table(name = \"...\") public sealed"
      + " interface %s permits %s {}, and name that interface here.";
  /** Args: entity, table type, table type. */
  public static final String ENTITY_NOT_IN_TABLE = "[DdbEntityNotInTable] @Entity %s does not implement its"
      + " table type %s, so reads of the whole table could not return it. Add \"implements %s\".";
  /** Args: entity. */
  public static final String ENTITY_TYPE = "[DdbEntityType] @Entity(type = \"\") on %s: the type is stored"
      + " on every item and decides how the item is read. Give a short, stable name, such as \"ORDER\".";
  /** Args: entity, partition key attribute. */
  public static final String NO_PARTITION_TEMPLATE = "[DdbNoPartitionKeyTemplate] @Entity %s needs a"
      + " @PartitionKeyTemplate that composes the table's partition key \"%s\" from its attributes, such"
      + " as @PartitionKeyTemplate(\"CUSTOMER#{customerId}\").";
  /** Args: table type, sort key attribute, entity. */
  public static final String NO_SORT_TEMPLATE = "[DdbSortKeyTemplate] table %s has the sort key \"%s\", so"
      + " @Entity %s needs a @SortKeyTemplate, such as @SortKeyTemplate(\"PROFILE\") or"
      + " @SortKeyTemplate(\"ORDER#{orderId}\").";
  /** Args: entity, table type. */
  public static final String UNEXPECTED_SORT_TEMPLATE = "[DdbSortKeyTemplate] @SortKeyTemplate on %s: table %s"
      + " has no sort key. Remove the template, or give the table one with @SingleTable(sortKey = \"sk\").";
  /** Args: template, entity, problem. */
  public static final String TEMPLATE_SYNTAX = "[DdbTemplateSyntax] key template \"%s\" on %s: %s. Write"
      + " literal text and attribute names in braces, such as \"ORDER#{placedAt}#{orderId}\".";
  /** Args: template, entity, name, entity, suggestion. */
  public static final String TEMPLATE_UNKNOWN = "[DdbTemplateAttribute] key template \"%s\" on %s names {%s},"
      + " which is not a stored attribute of %s. Use an attribute's Java name%s";
  /** Args: template, attribute, type, stored. */
  public static final String TEMPLATE_TYPE = "[DdbTemplateAttributeType] key template \"%s\" names %s, of"
      + " type %s (stored as %s); a key part is written as text, so it must be stored as a string or a"
      + " number and always have a value: String, a number, UUID, an enum or a java.time type.";
  /** Args: template, attribute, annotation. */
  public static final String TEMPLATE_ROLE = "[DdbTemplateAttributeRole] key template \"%s\" names %s, which"
      + " is @%s; the runtime sets or skips that attribute itself, so the key could not be composed from it."
      + " Use another attribute.";
  /** Args: template, entity, attribute, what follows. */
  public static final String TEMPLATE_SEPARATOR = "[DdbTemplateSeparator] key template \"%s\" on %s: {%s} is"
      + " followed by %s. An attribute must end the template or be followed by a separator (a character"
      + " other than a letter or digit, such as '#'), so that every key reads back into its attributes.";
  /** Args: annotation, attribute, entity. */
  public static final String KEY_MARK_ON_ENTITY = "[DdbSingleTableKey] @%s on %s: the keys of @Entity %s are"
      + " composed by its key templates. Remove the annotation and name the attribute in"
      + " @PartitionKeyTemplate, @SortKeyTemplate or @IndexKeyTemplate.";
  /** Args: attribute, stored name, table type, role. */
  public static final String PHYSICAL_NAME = "[DdbSingleTableAttributeName] %s is stored as \"%s\", which table"
      + " %s uses for its %s. Rename the attribute with @Attribute(\"...\").";
  /** Args: index, entity, table type, suggestion. */
  public static final String INDEX_TEMPLATE_UNKNOWN = "[DdbIndexKeyTemplate] @IndexKeyTemplate(index = \"%s\")"
      + " on %s: table %s declares no such @GlobalIndex%s.";
  /** Args: index, entity. */
  public static final String INDEX_TEMPLATE_DUPLICATE = "[DdbIndexKeyTemplate] @IndexKeyTemplate(index = \"%s\")"
      + " appears twice on %s; keep one per index.";
  /** Args: index, entity, what is wrong and how to fix it (names the index's sort key attribute, if any). */
  public static final String INDEX_TEMPLATE_SORT = "[DdbIndexKeyTemplate] @IndexKeyTemplate(index = \"%s\") on"
      + " %s: %s.";
  /** Args: table type, table type. */
  public static final String TABLE_NOT_SEALED = "[DdbSingleTableSealed] @Table interface %s is not sealed; reads of"
      + " the whole table must know every entity type at compile time. Declare it as \"sealed interface %s"
      + " permits A, B {}\" with its @Entity types.";
  /** Args: table type, permitted type, table type. */
  public static final String TABLE_PERMITS = "[DdbSingleTablePermits] %s permits %s, which is not an"
      + " @Entity(table = %s.class). Annotate it, or remove it from the permits clause.";
  /** Args: type, entity, other entity, table type. */
  public static final String DUPLICATE_TYPE = "[DdbDuplicateEntityType] @Entity(type = \"%s\") on %s is also"
      + " the type of %s; every entity of table %s needs its own type, or items would be read as the"
      + " wrong one.";
  /** Args: entity, its key templates, other entity, its key templates ({@code pk "A#{id}", sk "B"}). */
  public static final String KEY_OVERLAP = "[DdbKeyTemplateOverlap] the keys of %s (%s) and %s (%s) can be"
      + " equal, so one item could overwrite or be read as the other. Make their literal text differ where the"
      + " keys start, such as \"ORDER#{id}\" and \"LINE#{id}\".";
  /** Args: index, table type. */
  public static final String DUPLICATE_GLOBAL_INDEX = "[DdbDuplicateGlobalIndex] @GlobalIndex(name = \"%s\")"
      + " appears twice on %s; keep one per index.";
  /** Args: method, table type, first template, second template. */
  public static final String COLLECTION_CLASH = "[DdbCollectionClash] the generated %2$sTable would get the"
      + " query method %1$s twice, for the partition key templates \"%3$s\" and \"%4$s\", whose attributes have"
      + " the same types. Start the templates with different words (the method is named after the first"
      + " word, such as queryCustomer for \"CUSTOMER#{id}\").";

  /** Args: template, entity, attribute, type, character. */
  public static final String TEMPLATE_SEPARATOR_IN_VALUE = "[DdbTemplateSeparatorInValue] key template \"%s\" on %s"
      + " separates its parts with '%5$s', but {%s} (%s) always contains '%5$s' when written as text, so every"
      + " write would be refused. Use another separator, such as '#'.";
  /** Args: index, table type, partition count, sort count. */
  public static final String GLOBAL_INDEX_KEYS = "[DdbGlobalIndexKeys] @GlobalIndex(name = \"%s\") on %s has %d"
      + " partition and %d sort key attributes; DynamoDB allows 1 to 4 partition and 0 to 4 sort attributes.";
  /** Args: index, entity, partition count, sort count. */
  public static final String INDEX_TEMPLATE_MULTI = "[DdbIndexKeyTemplate] @IndexKeyTemplate(index = \"%s\") on %s:"
      + " the index has %d partition and %d sort key attributes, and a template composes one of each. Hold the"
      + " index's attributes in the entity instead (each stored under its key attribute's name), and remove the"
      + " template.";

  private Messages() {}
}
