package dev.dynamorepo.processor.read;

/**
 * Read: the qualified names of the annotations and SDK types the reader looks for. Names, not
 * classes: the processor must not depend on the annotations or the SDK at run time.
 */
public final class Names {
  /** {@code @Table}, the annotation the processor is registered for. */
  public static final String TABLE = "dev.dynamorepo.annotations.Table";

  /** {@code @Entity}, an entity type of a single-table design. */
  public static final String ENTITY = "dev.dynamorepo.annotations.Entity";

  /** {@code @Projection}. */
  public static final String PROJECTION = "dev.dynamorepo.annotations.Projection";

  static final String PREFIX = "dev.dynamorepo.annotations.";
  static final String PARTITION_KEY = PREFIX + "PartitionKey";
  static final String SORT_KEY = PREFIX + "SortKey";
  static final String AUTO_INCREMENT = PREFIX + "AutoIncrement";
  static final String VERSION = PREFIX + "Version";
  static final String IGNORE = PREFIX + "Ignore";
  static final String ATTRIBUTE = PREFIX + "Attribute";
  static final String CONVERT = PREFIX + "Convert";
  static final String INDEX_PARTITION_KEY = PREFIX + "IndexPartitionKey";
  static final String INDEX_SORT_KEY = PREFIX + "IndexSortKey";
  static final String TIME_TO_LIVE = PREFIX + "TimeToLive";
  static final String CREATED_AT = PREFIX + "CreatedAt";
  static final String UPDATED_AT = PREFIX + "UpdatedAt";
  static final String GENERATED_ID = PREFIX + "GeneratedId";
  static final String SINGLE_TABLE = PREFIX + "SingleTable";
  static final String GLOBAL_INDEX = PREFIX + "GlobalIndex";
  static final String PARTITION_KEY_TEMPLATE = PREFIX + "PartitionKeyTemplate";
  static final String SORT_KEY_TEMPLATE = PREFIX + "SortKeyTemplate";
  static final String INDEX_KEY_TEMPLATE = PREFIX + "IndexKeyTemplate";
  static final String ATTRIBUTE_CONVERTER =
      "software.amazon.awssdk.enhanced.dynamodb.AttributeConverter";

  private Names() {}
}
