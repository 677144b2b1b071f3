package dev.dynamorepo.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every use of the Lambda events library, kept out of {@link ChangeDecoder} so that the JVM only
 * loads those classes when a Lambda method is called. The decoder's Lambda methods pass their
 * arguments here with the exact declared types, so verifying the decoder needs none of them.
 */
final class LambdaRecords {
  private static final String TABLE = ":table/";
  private static final String STREAM = "/stream/";

  private LambdaRecords() {}

  static <E> List<Change<E>> decodeAll(ChangeDecoder<E> decoder, DynamodbEvent event) {
    if (event == null) {
      throw new NullPointerException("event");
    }
    List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords();
    List<Change<E>> changes = new ArrayList<>(records == null ? 0 : records.size());
    if (records != null) {
      for (DynamodbEvent.DynamodbStreamRecord record : records) {
        changes.add(decode(decoder, record));
      }
    }
    return changes;
  }

  static <E> boolean isForTable(ChangeDecoder<E> decoder, DynamodbEvent.DynamodbStreamRecord record) {
    String arn = record.getEventSourceARN();
    return arn == null || tableOf(decoder, record, arn).equals(decoder.tableName());
  }

  static <E> Change<E> decode(ChangeDecoder<E> decoder, DynamodbEvent.DynamodbStreamRecord record) {
    if (record == null) {
      throw new NullPointerException("record");
    }
    com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord data = record.getDynamodb();
    String where = decoder.describe(record.getEventID(), data == null ? null : data.getSequenceNumber());
    String arn = record.getEventSourceARN();
    if (arn != null) {
      String table = tableOf(decoder, record, arn);
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

  private static String tableOf(ChangeDecoder<?> decoder, DynamodbEvent.DynamodbStreamRecord record, String arn) {
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

  /**
   * The SDK v2 value of a Lambda value, recursively; the path names the value in messages.
   */
  static AttributeValue convert(String where, String path,
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
