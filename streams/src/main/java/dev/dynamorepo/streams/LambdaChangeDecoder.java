package dev.dynamorepo.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decodes AWS Lambda {@code DynamodbEvent} records into typed {@link Change}s, for functions
 * triggered by a table's stream. Made by {@link ChangeDecoder#lambda()}; immutable and
 * thread-safe, so keep one in a static field. This is the only class of the module that uses
 * {@code com.amazonaws:aws-lambda-java-events} (an optional dependency: Lambda functions have
 * it).
 *
 * <p>The event's attribute values (the Lambda library's own {@code AttributeValue}) are converted
 * to SDK v2 ones, every type and nested maps and lists included, and then decoded by the
 * entity's generated schema, exactly as {@link ChangeDecoder#decode} does for SDK records.
 *
 * <p><b>Records of another table are an error, not a skip:</b> when a record's
 * {@code eventSourceARN} names another table than the decoder's, {@link #decode} and
 * {@link #decodeAll} throw {@link StreamDecodingException} naming both tables, because a function
 * wired to the wrong table would otherwise drop every change without a trace. A function fed by
 * several tables routes records first with {@link #isForTable}. A record without an ARN (a
 * hand-made event) is decoded.
 *
 * <pre>{@code
 * public class OrderIndexer implements RequestHandler<DynamodbEvent, Void> {
 *   private static final LambdaChangeDecoder<Order> ORDERS = ChangeDecoder.of(OrderSchema.SCHEMA).lambda();
 *
 *   public Void handleRequest(DynamodbEvent event, Context context) {
 *     for (Change<Order> change : ORDERS.decodeAll(event)) {
 *       change.newImage().ifPresentOrElse(search::index, () -> search.remove(change.key()));
 *     }
 *     return null;
 *   }
 * }
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class LambdaChangeDecoder<E> {
  private static final String TABLE = ":table/";
  private static final String STREAM = "/stream/";

  private final ChangeDecoder<E> decoder;

  LambdaChangeDecoder(ChangeDecoder<E> decoder) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
  }

  /**
   * The SDK-record decoder this one shares its entity and table with.
   *
   * <pre>{@code
   * String table = ORDERS.decoder().tableName();
   * }</pre>
   *
   * @return the decoder
   */
  public ChangeDecoder<E> decoder() {
    return decoder;
  }

  /**
   * Decodes every record of an event, in order.
   *
   * <pre>{@code
   * List<Change<Order>> changes = ORDERS.decodeAll(event);
   * }</pre>
   *
   * @param event the event
   * @return the changes, one per record (an event without records gives an empty list)
   * @throws StreamDecodingException as {@link #decode} does, for the first bad record
   */
  public List<Change<E>> decodeAll(DynamodbEvent event) {
    Objects.requireNonNull(event, "event");
    List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords();
    List<Change<E>> changes = new ArrayList<>(records == null ? 0 : records.size());
    if (records != null) {
      for (DynamodbEvent.DynamodbStreamRecord record : records) {
        changes.add(decode(record));
      }
    }
    return changes;
  }

  /**
   * Whether a record comes from this decoder's table, by its {@code eventSourceARN}; a record
   * without an ARN counts as this table's.
   *
   * <pre>{@code
   * event.getRecords().stream().filter(ORDERS::isForTable).map(ORDERS::decode).forEach(this::apply);
   * }</pre>
   *
   * @param record the record
   * @return true when the ARN is absent or names this decoder's table
   * @throws StreamDecodingException when the ARN is not a DynamoDB stream ARN
   */
  public boolean isForTable(DynamodbEvent.DynamodbStreamRecord record) {
    String arn = record.getEventSourceARN();
    return arn == null || tableOf(record, arn).equals(decoder.tableName());
  }

  /**
   * Decodes one record.
   *
   * <pre>{@code
   * for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
   *   Change<Order> change = ORDERS.decode(record);
   * }
   * }</pre>
   *
   * @param record the record
   * @return the change; images the record lacks are empty
   * @throws StreamDecodingException for a record of another table (by its
   *     {@code eventSourceARN}, when present), an unknown event name, a missing or mistyped key
   *     attribute, an attribute value of no type, or an image the schema cannot read
   */
  public Change<E> decode(DynamodbEvent.DynamodbStreamRecord record) {
    Objects.requireNonNull(record, "record");
    com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord data = record.getDynamodb();
    String where = decoder.describe(record.getEventID(), data == null ? null : data.getSequenceNumber());
    String arn = record.getEventSourceARN();
    if (arn != null) {
      String table = tableOf(record, arn);
      if (!table.equals(decoder.tableName())) {
        throw new StreamDecodingException(where + ": the record is from table '" + table + "' (eventSourceARN "
            + arn + "); route records with isForTable or make the decoder forTable(\"" + table + "\")");
      }
    }
    if (data == null) {
      throw new StreamDecodingException(where + ": the record has no 'dynamodb' data");
    }
    Instant created = data.getApproximateCreationDateTime() == null ? null
        : data.getApproximateCreationDateTime().toInstant();
    return decoder.decode(record.getEventID(), record.getEventName(), data.getSequenceNumber(),
        item(where, "Keys", data.getKeys()), item(where, "OldImage", data.getOldImage()),
        item(where, "NewImage", data.getNewImage()), created);
  }

  /**
   * Describes the decoder.
   *
   * <pre>{@code
   * System.out.println(ORDERS); // LambdaChangeDecoder[Order, table 'orders']
   * }</pre>
   *
   * @return the entity and table
   */
  @Override
  public String toString() {
    return "Lambda" + decoder;
  }

  private String tableOf(DynamodbEvent.DynamodbStreamRecord record, String arn) {
    // arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2015-06-27T00:48:05.899
    int start = arn.indexOf(TABLE);
    int end = start < 0 ? -1 : arn.indexOf(STREAM, start + TABLE.length());
    if (!arn.startsWith("arn:") || end < 0 || end == start + TABLE.length()) {
      throw new StreamDecodingException(decoder.describe(record.getEventID(), null)
          + ": eventSourceARN '" + arn + "' is not a DynamoDB stream ARN (arn:...:table/NAME/stream/LABEL)");
    }
    return arn.substring(start + TABLE.length(), end);
  }

  private static Map<String, AttributeValue> item(String where, String which,
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> lambda) {
    if (lambda == null) {
      return null;
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    lambda.forEach((name, value) -> item.put(name, convert(where, which + "." + name, value)));
    return item;
  }

  // The SDK v2 value of a Lambda value, recursively; the path names the value in messages.
  private static AttributeValue convert(String where, String path,
      com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value) {
    if (value == null) {
      throw new StreamDecodingException(where + ": " + path + " is null");
    }
    if (value.getS() != null) {
      return AttributeValue.fromS(value.getS());
    }
    if (value.getN() != null) {
      return AttributeValue.fromN(value.getN());
    }
    if (value.getB() != null) {
      return AttributeValue.fromB(bytes(value.getB()));
    }
    if (value.getBOOL() != null) {
      return AttributeValue.fromBool(value.getBOOL());
    }
    if (Boolean.TRUE.equals(value.getNULL())) {
      return AttributeValue.fromNul(true);
    }
    if (value.getSS() != null) {
      return AttributeValue.fromSs(List.copyOf(value.getSS()));
    }
    if (value.getNS() != null) {
      return AttributeValue.fromNs(List.copyOf(value.getNS()));
    }
    if (value.getBS() != null) {
      List<SdkBytes> set = new ArrayList<>(value.getBS().size());
      for (ByteBuffer element : value.getBS()) {
        set.add(bytes(element));
      }
      return AttributeValue.fromBs(set);
    }
    if (value.getM() != null) {
      Map<String, AttributeValue> map = new LinkedHashMap<>();
      value.getM().forEach((name, nested) -> map.put(name, convert(where, path + "." + name, nested)));
      return AttributeValue.fromM(map);
    }
    if (value.getL() != null) {
      List<AttributeValue> list = new ArrayList<>(value.getL().size());
      for (int i = 0; i < value.getL().size(); i++) {
        list.add(convert(where, path + "[" + i + "]", value.getL().get(i)));
      }
      return AttributeValue.fromL(list);
    }
    throw new StreamDecodingException(where + ": " + path + " has no value of any DynamoDB type: " + value);
  }

  // A copy of the remaining bytes; the event's buffer (and its position) stay as they were.
  private static SdkBytes bytes(ByteBuffer buffer) {
    return SdkBytes.fromByteBuffer(buffer.asReadOnlyBuffer());
  }
}
