package dev.dynamorepo.streams;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Decodes stream records of one entity's table into typed {@link Change}s, with the entity's
 * generated schema: the key through the key attributes' codecs and {@code schema.key(..)}, the
 * images through the generated {@code fromItem}. Immutable and thread-safe; make one per entity
 * and keep it.
 *
 * <p>Two sources of records: SDK v2 stream records ({@link #decode(Record)}, as
 * {@code DynamoDbStreamsClient.getRecords} returns them) and AWS Lambda's {@code DynamodbEvent},
 * through {@link #lambda()}. No method of this class names a Lambda type, so code that decodes SDK
 * records (and frameworks that reflect on this class) need not have the optional
 * {@code aws-lambda-java-events} library.
 *
 * <p><b>Records of another table are an error, not a skip.</b> SDK records carry no table name;
 * {@link StreamReader} checks the stream's table. Lambda records carry their
 * {@code eventSourceARN}, which {@link LambdaChangeDecoder} checks.
 *
 * <pre>{@code
 * ChangeDecoder<Order> decoder = ChangeDecoder.of(OrderSchema.SCHEMA);
 * GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(iterator));
 * for (Record record : page.records()) {
 *   Change<Order> change = decoder.decode(record);
 *   System.out.println(change.kind() + " " + change.key() + " -> " + change.newImage());
 * }
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class ChangeDecoder<E> {
  private final EntitySchema<E> schema;
  private final String tableName;

  private ChangeDecoder(EntitySchema<E> schema, String tableName) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
  }

  /**
   * A decoder for the entity's table under its declared name ({@code @Table(name = ..)}).
   *
   * <pre>{@code
   * ChangeDecoder<Order> decoder = ChangeDecoder.of(OrderSchema.SCHEMA);
   * }</pre>
   *
   * @param schema the generated {@code <Entity>Schema.SCHEMA}
   * @param <E> the entity type
   * @return the decoder
   */
  public static <E> ChangeDecoder<E> of(EntitySchema<E> schema) {
    return new ChangeDecoder<>(schema, schema.tableName());
  }

  /**
   * A decoder for the entity's table under the name that {@code dynamo}'s {@code TableNames}
   * resolves (a prefix per environment, say).
   *
   * <pre>{@code
   * DynamoDb dynamo = DynamoDb.builder().tableNames(TableNames.prefix("prod-")).build();
   * ChangeDecoder<Order> decoder = ChangeDecoder.of(OrderSchema.SCHEMA, dynamo); // table "prod-orders"
   * }</pre>
   *
   * @param schema the generated {@code <Entity>Schema.SCHEMA}
   * @param dynamo the entry point whose table names apply
   * @param <E> the entity type
   * @return the decoder
   */
  public static <E> ChangeDecoder<E> of(EntitySchema<E> schema, DynamoDb dynamo) {
    return new ChangeDecoder<>(schema, dynamo.tableNames().resolve(schema.tableName()));
  }

  /**
   * This decoder for records of a table of another (physical) name.
   *
   * <pre>{@code
   * ChangeDecoder<Order> staging = ChangeDecoder.of(OrderSchema.SCHEMA).forTable("orders-staging");
   * }</pre>
   *
   * @param physicalTableName the table whose records it decodes
   * @return a new decoder
   */
  public ChangeDecoder<E> forTable(String physicalTableName) {
    return new ChangeDecoder<>(schema, physicalTableName);
  }

  /**
   * The entity's schema.
   *
   * <pre>{@code
   * Class<Order> type = decoder.schema().entityType();
   * }</pre>
   *
   * @return the schema
   */
  public EntitySchema<E> schema() {
    return schema;
  }

  /**
   * The table whose records this decoder accepts.
   *
   * <pre>{@code
   * String arn = reader.latestStreamArn(decoder.tableName());
   * }</pre>
   *
   * @return the physical table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Decodes an SDK v2 stream record, as {@code DynamoDbStreamsClient.getRecords} returns it.
   *
   * <pre>{@code
   * List<Change<Order>> changes = page.records().stream().map(decoder::decode).toList();
   * }</pre>
   *
   * @param record the record
   * @return the change; images the record lacks are empty
   * @throws StreamDecodingException for a null record, an unknown event name, a missing or
   *     mistyped key attribute, or an image the schema cannot read; the message names the record
   *     and never holds an attribute value other than the item's key
   */
  public Change<E> decode(Record record) {
    if (record == null) {
      throw new StreamDecodingException("the record is null (decoder for table '" + tableName + "')");
    }
    StreamRecord data = record.dynamodb();
    if (data == null) {
      throw new StreamDecodingException(describe(record.eventID(), record.eventNameAsString(), null)
          + ": the record has no 'dynamodb' data");
    }
    return decode(record.eventID(), record.eventNameAsString(), data.sequenceNumber(),
        data.hasKeys() ? data.keys() : null,
        data.hasOldImage() ? data.oldImage() : null,
        data.hasNewImage() ? data.newImage() : null,
        data.approximateCreationDateTime());
  }

  /**
   * The decoder of AWS Lambda {@code DynamodbEvent}s for the same entity and table. Its class is
   * the only one that uses {@code com.amazonaws:aws-lambda-java-events}, which must then be on the
   * class path.
   *
   * <pre>{@code
   * static final LambdaChangeDecoder<Order> ORDERS = ChangeDecoder.of(OrderSchema.SCHEMA).lambda();
   * }</pre>
   *
   * @return the Lambda decoder
   */
  public LambdaChangeDecoder<E> lambda() {
    return new LambdaChangeDecoder<>(this);
  }

  Change<E> decode(String eventId, String eventName, String sequenceNumber, Map<String, AttributeValue> keys,
                   Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage, Instant created) {
    String where = describe(eventId, eventName, sequenceNumber);
    Change.Kind kind;
    try {
      kind = Change.Kind.fromEventName(eventName);
    } catch (StreamDecodingException e) {
      throw new StreamDecodingException(where + ": " + e.getMessage());
    }
    Key<E> key = key(where, keys);
    return new Change<>(kind, key, image(where, "OldImage", oldImage), image(where, "NewImage", newImage),
        sequenceNumber, created);
  }

  private Key<E> key(String where, Map<String, AttributeValue> keys) {
    if (keys == null || keys.isEmpty()) {
      throw new StreamDecodingException(where + ": the record has no Keys");
    }
    Object partition = keyValue(where, schema.partitionKey(), keys);
    KeyAttribute<E, ?> sort = schema.sortKey();
    try {
      return sort == null ? schema.key(partition) : schema.key(partition, keyValue(where, sort, keys));
    } catch (RuntimeException e) {
      throw new StreamDecodingException(where + ": bad key: " + reason(e), e);
    }
  }

  private Object keyValue(String where, KeyAttribute<E, ?> attribute, Map<String, AttributeValue> keys) {
    AttributeValue value = keys.get(attribute.name());
    if (value == null) {
      throw new StreamDecodingException(where + ": Keys " + keys.keySet() + " lack the key attribute '"
          + attribute.name() + "' of table '" + tableName + "'");
    }
    String expected = attribute.codec().storedType().name();
    if (!value.type().name().equals(expected)) {
      throw new StreamDecodingException(where + ": key attribute '" + attribute.name() + "' is stored as "
          + value.type() + ", expected " + expected);
    }
    try {
      return attribute.codec().decode(value);
    } catch (RuntimeException e) {
      throw new StreamDecodingException(where + ": cannot decode key attribute '" + attribute.name() + "': "
          + reason(e), e);
    }
  }

  private Optional<E> image(String where, String which, Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    E decoded;
    try {
      decoded = schema.fromItem(item);
    } catch (RuntimeException e) {
      throw new StreamDecodingException(where + ": cannot read " + which + " as " + schema.entityType().getSimpleName()
          + ": " + reason(e), e);
    }
    if (decoded == null) {
      // A single-table design's decoder (<Table>Schema.SCHEMA) met a type that none of its entities declares.
      AttributeValue type = schema.discriminator() == null ? null : item.get(schema.discriminator());
      throw new StreamDecodingException(where + ": " + which + " has the type " + (type == null ? "(none)" : "'" + type.s() + "'")
          + ", which no entity of " + schema.entityType().getSimpleName() + " declares");
    }
    return Optional.of(decoded);
  }

  /**
   * Why decoding failed, for a message: the runtime's own exceptions name the attribute and never
   * its value; any other's message (a record constructor's, a converter's) may quote the value, so
   * only its class is given.
   */
  static String reason(RuntimeException e) {
    return e instanceof DynamoException ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** The record for a message: {@code stream record 'e-1' (INSERT, sequence number 100) for table 'orders'}. */
  String describe(String eventId, String eventName, String sequenceNumber) {
    String details = (eventName == null ? "" : eventName)
        + (eventName != null && sequenceNumber != null ? ", " : "")
        + (sequenceNumber == null ? "" : "sequence number " + sequenceNumber);
    return "stream record " + (eventId == null ? "(no eventID)" : "'" + eventId + "'")
        + (details.isEmpty() ? "" : " (" + details + ")") + " for table '" + tableName + "'";
  }

  /**
   * Describes the decoder.
   *
   * <pre>{@code
   * System.out.println(decoder); // ChangeDecoder[Order, table 'orders']
   * }</pre>
   *
   * @return the entity and table
   */
  @Override
  public String toString() {
    return "ChangeDecoder[" + schema.entityType().getSimpleName() + ", table '" + tableName + "']";
  }
}
