package dev.dynamorepo.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** Records that cannot be decoded fail with a message naming the record and the fault. */
class DecodingErrorsTest {
  private static final Map<String, AttributeValue> KEYS =
      Map.of("customerId", AttributeValue.fromS("alice"), "shipmentId", AttributeValue.fromS("s-1"));
  private final ChangeDecoder<Shipment> decoder = ChangeDecoder.of(ShipmentSchema.SCHEMA);

  private static Record sdk(String eventName, Map<String, AttributeValue> keys, Map<String, AttributeValue> newImage) {
    return Record.builder().eventID("e-1").eventName(eventName)
        .dynamodb(d -> d.keys(keys).newImage(newImage).sequenceNumber("100")
            .approximateCreationDateTime(Instant.EPOCH))
        .build();
  }

  private static StreamDecodingException fails(Runnable decode, String... fragments) {
    StreamDecodingException e = assertThrows(StreamDecodingException.class, decode::run);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
    }
    return e;
  }

  @Test
  void anUnknownEventNameIsNamed() {
    fails(() -> decoder.decode(sdk("UPSERT", KEYS, null)), "'UPSERT'", "'e-1'", "INSERT, MODIFY or REMOVE");
    fails(() -> decoder.decode(sdk(null, KEYS, null)), "unknown eventName (none)");
    assertEquals(Change.Kind.REMOVE, Change.Kind.fromEventName("REMOVE"));
    fails(() -> Change.Kind.fromEventName("remove"), "'remove'");
  }

  @Test
  void aMissingOrMistypedKeyAttributeIsNamed() {
    fails(() -> decoder.decode(sdk("INSERT", Map.of("customerId", AttributeValue.fromS("alice")), null)),
        "lack the key attribute 'shipmentId'", "sequence number 100");
    fails(() -> decoder.decode(sdk("INSERT",
            Map.of("customerId", AttributeValue.fromN("1"), "shipmentId", AttributeValue.fromS("s-1")), null)),
        "'customerId' is stored as N, expected S");
    fails(() -> decoder.decode(sdk("INSERT", Map.of(), null)), "no Keys");
    fails(() -> decoder.decode(sdk("INSERT",
            Map.of("customerId", AttributeValue.fromS(""), "shipmentId", AttributeValue.fromS("s-1")), null)),
        "bad key");
  }

  @Test
  void anImageTheSchemaCannotReadIsNamed() {
    var bad = new java.util.HashMap<>(KEYS);
    bad.put("weightGrams", AttributeValue.fromS("heavy"));
    StreamDecodingException e = fails(() -> decoder.decode(sdk("INSERT", KEYS, bad)), "cannot read NewImage as Shipment");
    assertTrue(e.getCause() != null);
  }

  @Test
  void anSdkRecordWithoutImagesHasEmptyImagesAndItsTimeAndSequence() {
    Change<Shipment> change = decoder.decode(sdk("REMOVE", KEYS, null));
    assertEquals(new Change<>(Change.Kind.REMOVE, ShipmentSchema.SCHEMA.key("alice", "s-1"), Optional.empty(),
        Optional.empty(), "100", Instant.EPOCH), change);
  }

  private static DynamodbEvent.DynamodbStreamRecord lambda(String arn) {
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventID("e-2");
    record.setEventName("INSERT");
    record.setEventSourceARN(arn);
    StreamRecord data = new StreamRecord();
    data.setSequenceNumber("200");
    data.setKeys(Map.of("customerId", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue("alice"),
        "shipmentId", new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue("s-1")));
    record.setDynamodb(data);
    return record;
  }

  @Test
  void aLambdaRecordOfAnotherTableIsRefusedUnlessTheDecoderIsForThatTable() {
    DynamodbEvent.DynamodbStreamRecord record = lambda("arn:aws:dynamodb:eu-west-1:123456789012:table/invoices/stream/2026-01-01T00:00:00.000");
    fails(() -> decoder.lambda().decode(record), "from table 'invoices'", "for table 'shipments'", "'e-2'");
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(List.of(record));
    fails(() -> decoder.lambda().decodeAll(event), "from table 'invoices'");
    assertEquals(false, decoder.lambda().isForTable(record));

    Change<Shipment> change = decoder.forTable("invoices").lambda().decode(record);
    assertEquals(ShipmentSchema.SCHEMA.key("alice", "s-1"), change.key());
    assertEquals(null, change.approximateCreation());
    // Without an ARN (a hand-made event), the table cannot be told and the record is decoded.
    assertEquals(Change.Kind.INSERT, decoder.lambda().decode(lambda(null)).kind());
    assertTrue(decoder.lambda().isForTable(lambda(null)));
  }

  @Test
  void aMalformedEventSourceArnIsRefused() {
    fails(() -> decoder.lambda().decode(lambda("arn:aws:kinesis:eu-west-1:123456789012:stream/shipments")),
        "is not a DynamoDB stream ARN");
    fails(() -> decoder.lambda().isForTable(lambda("arn:aws:dynamodb:eu-west-1:1:table//stream/x")), "not a DynamoDB stream ARN");
  }

  @Test
  void aLambdaValueOfNoTypeIsNamedByItsPath() {
    DynamodbEvent.DynamodbStreamRecord record = lambda(null);
    var empty = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    var list = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue().withL(List.of(empty));
    var map = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue().withM(Map.of("lines", list));
    record.getDynamodb().setNewImage(Map.of("destination", map));
    fails(() -> decoder.lambda().decode(record), "NewImage attribute 'destination.lines[0]' has no DynamoDB type");
  }
}
