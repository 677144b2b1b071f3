package dev.dynamorepo.streams;

import static dev.dynamorepo.streams.Fixtures.INSERTED;
import static dev.dynamorepo.streams.Fixtures.MODIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A recorded Lambda DynamodbEvent (src/test/resources/dynamodb-event.json), read as Lambda reads it, decoded. */
class LambdaEventTest {
  private final LambdaChangeDecoder<Shipment> decoder = ChangeDecoder.of(ShipmentSchema.SCHEMA).lambda();

  @Test
  void decodesInsertModifyAndRemoveWithEveryAttributeType() {
    List<Change<Shipment>> changes = decoder.decodeAll(Fixtures.event("dynamodb-event.json"));

    assertEquals(3, changes.size());
    var key = ShipmentSchema.SCHEMA.key("alice", "s-1");

    Change<Shipment> insert = changes.get(0);
    assertEquals(Change.Kind.INSERT, insert.kind());
    assertEquals(key, insert.key());
    assertEquals(Optional.empty(), insert.oldImage());
    assertEquals(Optional.of(INSERTED), insert.newImage());
    assertEquals("4421584500000000017450439091", insert.sequenceNumber());
    assertEquals(Instant.ofEpochSecond(1767323045), insert.approximateCreation());

    Change<Shipment> modify = changes.get(1);
    assertEquals(Change.Kind.MODIFY, modify.kind());
    assertEquals(key, modify.key());
    assertEquals(Optional.of(INSERTED), modify.oldImage());
    assertEquals(Optional.of(MODIFIED), modify.newImage());
    assertEquals("4421584600000000017450439092", modify.sequenceNumber());
    assertEquals(Instant.ofEpochSecond(1767323105), modify.approximateCreation());

    Change<Shipment> remove = changes.get(2);
    assertEquals(Change.Kind.REMOVE, remove.kind());
    assertEquals(key, remove.key());
    assertEquals(Optional.of(MODIFIED), remove.oldImage());
    assertEquals(Optional.empty(), remove.newImage());
    assertEquals(Optional.of(MODIFIED), remove.latest());
    assertEquals(Instant.ofEpochSecond(1767326645), remove.approximateCreation());
  }

  @Test
  void decodingLeavesTheEventsBinaryBuffersUnreadSoItCanBeDecodedAgain() {
    DynamodbEvent event = Fixtures.event("dynamodb-event.json");
    List<Change<Shipment>> first = decoder.decodeAll(event);
    List<Change<Shipment>> second = decoder.decodeAll(event);
    assertEquals(first, second);
    assertEquals(Fixtures.bytes("label-1"), second.get(0).newImage().orElseThrow().label());
  }

  @Test
  void decodesOneRecordAndRoutesByTable() {
    DynamodbEvent event = Fixtures.event("dynamodb-event.json");
    DynamodbEvent.DynamodbStreamRecord record = event.getRecords().get(1);
    assertTrue(decoder.isForTable(record));
    assertEquals(Optional.of(MODIFIED), decoder.decode(record).newImage());
    assertEquals(false, decoder.decoder().forTable("prod-shipments").lambda().isForTable(record));
  }

  @Test
  void anEventWithoutRecordsDecodesToNoChanges() {
    assertEquals(List.of(), decoder.decodeAll(new DynamodbEvent()));
  }
}
