package dev.dynamorepo.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Hostile Lambda events and SDK records: too deep, null, of the wrong shape or holding values the
 * schema cannot read. Each fails with a {@link StreamDecodingException} naming the record (event
 * id, event name, sequence number, table) and the attribute's path, and no message in the cause
 * chain holds the sentinel value placed in the record. Before: a {@code StackOverflowError}, a
 * {@code NullPointerException}, a value of two types read as its first, and messages printing
 * values through {@code toString}.
 */
class HostileRecordsTest {
  private static final String SECRET = "SECRET-VALUE-123";
  private static final String RECORD = "stream record 'e-9' (INSERT, sequence number 300) for table 'shipments'";
  private final LambdaChangeDecoder<Shipment> lambda = ChangeDecoder.of(ShipmentSchema.SCHEMA).lambda();

  private static DynamodbEvent.DynamodbStreamRecord record(Map<String, AttributeValue> newImage) {
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventID("e-9");
    record.setEventName("INSERT");
    record.setEventSourceARN("arn:aws:dynamodb:eu-west-1:123456789012:table/shipments/stream/2026-01-01T00:00:00.000");
    StreamRecord data = new StreamRecord();
    data.setSequenceNumber("300");
    data.setKeys(Map.of("customerId", new AttributeValue("alice"), "shipmentId", new AttributeValue("s-1")));
    Map<String, AttributeValue> image = new HashMap<>(data.getKeys());
    image.putAll(newImage);
    data.setNewImage(image);
    record.setDynamodb(data);
    return record;
  }

  /** A map nested {@code levels} deep (the outermost is level 1), the sentinel at the bottom. */
  private static AttributeValue nested(int levels) {
    AttributeValue value = new AttributeValue(SECRET);
    for (int i = 0; i < levels; i++) {
      value = new AttributeValue().withM(Map.of("a", value));
    }
    return value;
  }

  @Test
  void documentsDeeperThan32LevelsAreRefusedAndTheirDepthDoesNotOverflowTheStack() {
    // "extra" is no attribute of Shipment: only the conversion sees it, as for any attribute a function ignores
    assertEquals(ShipmentSchema.SCHEMA.key("alice", "s-1"), lambda.decode(record(Map.of("extra", nested(32)))).key());
    refused(() -> lambda.decode(record(Map.of("extra", nested(33)))),
        RECORD + ": NewImage attribute 'extra" + ".a".repeat(32) + "' is nested more than 32 levels deep");
    refused(() -> lambda.decode(record(Map.of("extra", nested(100_000)))), "is nested more than 32 levels deep");
  }

  @Test
  void aNullRecordIsRefusedNamingItsPlaceInTheEvent() {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(Arrays.asList(record(Map.of()), null));
    refused(() -> lambda.decodeAll(event), "record [1] of the event is null (decoder for table 'shipments')");
    refused(() -> lambda.decode(null), "the record is null (decoder for table 'shipments')");
    refused(() -> lambda.decoder().decode((Record) null), "the record is null (decoder for table 'shipments')");
  }

  @Test
  void aRecordWithoutDynamodbDataIsRefusedNamingIt() {
    DynamodbEvent.DynamodbStreamRecord record = record(Map.of());
    record.setDynamodb(null);
    refused(() -> lambda.decode(record), "stream record 'e-9' (INSERT) for table 'shipments': the record has no 'dynamodb' data");
  }

  @Test
  void valuesOfTheWrongShapeAreRefusedByTheirPath() {
    AttributeValue two = new AttributeValue(SECRET).withN("7");
    refused(() -> lambda.decode(record(Map.of("note", two))), RECORD + ": NewImage attribute 'note' has several DynamoDB types (S, N)");
    AttributeValue none = new AttributeValue();
    refused(() -> lambda.decode(record(Map.of("destination", new AttributeValue().withM(Map.of("lines", none))))),
        RECORD + ": NewImage attribute 'destination.lines' has no DynamoDB type");
    refused(() -> lambda.decode(record(Map.of("note", new AttributeValue().withNULL(false)))),
        RECORD + ": NewImage attribute 'note' is NULL false");
    refused(() -> lambda.decode(record(Map.of("tags", new AttributeValue().withSS(Arrays.asList(SECRET, null))))),
        RECORD + ": NewImage attribute 'tags' has a null element in its SS");
    refused(() -> lambda.decode(record(Map.of("seals", new AttributeValue().withBS(Arrays.asList((ByteBuffer) null))))),
        RECORD + ": NewImage attribute 'seals' has a null element in its BS");
    List<AttributeValue> parcels = new ArrayList<>(List.of(new AttributeValue().withM(Map.of("sku", new AttributeValue(SECRET)))));
    parcels.add(null);
    refused(() -> lambda.decode(record(Map.of("parcels", new AttributeValue().withL(parcels)))),
        RECORD + ": NewImage attribute 'parcels[1]' is null");
    Map<String, AttributeValue> unnamed = new HashMap<>();
    unnamed.put(null, new AttributeValue(SECRET));
    refused(() -> lambda.decode(record(Map.of("counts", new AttributeValue().withM(unnamed)))),
        RECORD + ": NewImage attribute 'counts' holds a value without a name");
  }

  @Test
  void valuesTheSchemaCannotReadAreNamedButNeverPrinted() {
    refused(() -> lambda.decode(record(Map.of("shippedAt", new AttributeValue(SECRET)))),
        RECORD + ": cannot read NewImage as Shipment: table 'shipments': the item {customerId=alice, shipmentId=s-1} "
            + "cannot be read: attribute 'shippedAt' is not a valid Instant (DateTimeParseException)");
    refused(() -> lambda.decode(record(Map.of("destination", new AttributeValue(SECRET)))),
        "attribute 'destination' is stored as S, expected M");
    DynamodbEvent.DynamodbStreamRecord mistypedKey = record(Map.of());
    mistypedKey.getDynamodb().setKeys(Map.of("customerId", new AttributeValue().withM(Map.of("x", new AttributeValue(SECRET))),
        "shipmentId", new AttributeValue("s-1")));
    refused(() -> lambda.decode(mistypedKey), RECORD + ": key attribute 'customerId' is stored as M, expected S");
  }

  private static void refused(Executable decode, String expected) {
    StreamDecodingException e = assertThrows(StreamDecodingException.class, decode);
    assertTrue(e.getMessage().contains(expected), () -> "'" + expected + "' not in: " + e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(SECRET), "a value in: " + t);
    }
  }
}
