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
  /** DynamoDB's limit on nested documents, the depth of the deepest map or list it stores. */
  private static final int MAX_DEPTH = 32;

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
    for (int i = 0; records != null && i < records.size(); i++) {
      if (records.get(i) == null) {
        throw new StreamDecodingException("record [" + i + "] of the event is null (decoder for table '"
            + decoder.tableName() + "')");
      }
      changes.add(decode(records.get(i)));
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
   * @throws StreamDecodingException for a null record, a record of another table (by its
   *     {@code eventSourceARN}, when present), an unknown event name, a missing or mistyped key
   *     attribute, an attribute value of no type or of several, a null value, set element or name,
   *     a document nested more than 32 levels deep (DynamoDB's limit), or an image the schema cannot
   *     read; the message names the record and the attribute's path, never an attribute value
   *     other than the item's key
   */
  public Change<E> decode(DynamodbEvent.DynamodbStreamRecord record) {
    if (record == null) {
      throw new StreamDecodingException("the record is null (decoder for table '" + decoder.tableName() + "')");
    }
    com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord data = record.getDynamodb();
    String where = decoder.describe(record.getEventID(), record.getEventName(),
        data == null ? null : data.getSequenceNumber());
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
      throw new StreamDecodingException(decoder.describe(record.getEventID(), record.getEventName(), null)
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
    for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> e : lambda.entrySet()) {
      if (e.getKey() == null) {
        throw new StreamDecodingException(where + ": " + which + " has an attribute without a name");
      }
      try {
        item.put(e.getKey(), convert(e.getValue(), 1));
      } catch (Shape shape) {
        throw new StreamDecodingException(where + ": " + which + " attribute '" + e.getKey() + shape.path + "' "
            + shape.fault);
      }
    }
    return item;
  }

  /**
   * The SDK v2 value of a Lambda value, recursively and at most {@link #MAX_DEPTH} documents deep
   * (the first map or list is depth 1), so a hostile event cannot overflow the stack. A value of
   * no type or of several is refused rather than read as its first type.
   */
  private static AttributeValue convert(
      com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value, int depth) {
    if (value == null) {
      throw new Shape("is null");
    }
    if (types(value) != 1) {
      throw new Shape(types(value) == 0 ? "has no DynamoDB type"
          : "has several DynamoDB types (" + typeNames(value) + ")");
    }
    if (value.getS() != null) {
      return AttributeValue.fromS(value.getS());
    } else if (value.getN() != null) {
      return AttributeValue.fromN(value.getN());
    } else if (value.getB() != null) {
      return AttributeValue.fromB(bytes(value.getB()));
    } else if (value.getBOOL() != null) {
      return AttributeValue.fromBool(value.getBOOL());
    } else if (value.getNULL() != null) {
      if (!value.getNULL()) {
        throw new Shape("is NULL false; DynamoDB writes NULL only as true");
      }
      return AttributeValue.fromNul(true);
    } else if (value.getSS() != null) {
      return AttributeValue.fromSs(strings(value.getSS(), "SS"));
    } else if (value.getNS() != null) {
      return AttributeValue.fromNs(strings(value.getNS(), "NS"));
    } else if (value.getBS() != null) {
      return AttributeValue.fromBs(bytes(value.getBS()));
    }
    if (depth > MAX_DEPTH) {
      throw new Shape("is nested more than " + MAX_DEPTH + " levels deep; DynamoDB stores no deeper document");
    }
    return value.getM() != null ? AttributeValue.fromM(map(value.getM(), depth))
        : AttributeValue.fromL(list(value.getL(), depth));
  }

  private static Map<String, AttributeValue> map(
      Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> m, int depth) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> e : m.entrySet()) {
      if (e.getKey() == null) {
        throw new Shape("holds a value without a name");
      }
      try {
        out.put(e.getKey(), convert(e.getValue(), depth + 1));
      } catch (Shape shape) {
        throw shape.at("." + e.getKey());
      }
    }
    return out;
  }

  private static List<AttributeValue> list(
      List<com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> l, int depth) {
    List<AttributeValue> out = new ArrayList<>(l.size());
    for (int i = 0; i < l.size(); i++) {
      try {
        out.add(convert(l.get(i), depth + 1));
      } catch (Shape shape) {
        throw shape.at("[" + i + "]");
      }
    }
    return out;
  }

  private static List<String> strings(List<String> set, String type) {
    for (int i = 0; i < set.size(); i++) {
      if (set.get(i) == null) {
        throw new Shape("has a null element in its " + type);
      }
    }
    return List.copyOf(set);
  }

  private static List<SdkBytes> bytes(List<ByteBuffer> set) {
    List<SdkBytes> out = new ArrayList<>(set.size());
    for (ByteBuffer element : set) {
      if (element == null) {
        throw new Shape("has a null element in its BS");
      }
      out.add(bytes(element));
    }
    return out;
  }

  /** How many of the value's type fields are set: exactly one in a value DynamoDB wrote. */
  private static int types(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
    return (v.getS() != null ? 1 : 0) + (v.getN() != null ? 1 : 0) + (v.getB() != null ? 1 : 0)
        + (v.getBOOL() != null ? 1 : 0) + (v.getNULL() != null ? 1 : 0) + (v.getSS() != null ? 1 : 0)
        + (v.getNS() != null ? 1 : 0) + (v.getBS() != null ? 1 : 0) + (v.getM() != null ? 1 : 0)
        + (v.getL() != null ? 1 : 0);
  }

  private static String typeNames(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
    List<String> names = new ArrayList<>();
    Object[] fields = {v.getS(), v.getN(), v.getB(), v.getBOOL(), v.getNULL(), v.getSS(), v.getNS(), v.getBS(),
        v.getM(), v.getL()};
    String[] types = {"S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "M", "L"};
    for (int i = 0; i < types.length; i++) {
      if (fields[i] != null) {
        names.add(types[i]);
      }
    }
    return String.join(", ", names);
  }

  /**
   * A value of the wrong shape, met while converting: each map and list on the way out puts its
   * segment in front of the path, so the hot path builds no path strings. No stack trace: it never
   * leaves this class.
   */
  private static final class Shape extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String fault;
    private final StringBuilder path = new StringBuilder();

    Shape(String fault) {
      super(fault, null, false, false);
      this.fault = fault;
    }

    Shape at(String segment) {
      path.insert(0, segment);
      return this;
    }
  }

  // A copy of the remaining bytes; the event's buffer (and its position) stay as they were.
  private static SdkBytes bytes(ByteBuffer buffer) {
    return SdkBytes.fromByteBuffer(buffer.asReadOnlyBuffer());
  }
}
