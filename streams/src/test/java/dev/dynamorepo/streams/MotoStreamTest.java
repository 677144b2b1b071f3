package dev.dynamorepo.streams;

import static dev.dynamorepo.streams.Fixtures.INSERTED;
import static dev.dynamorepo.streams.Fixtures.MODIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Writes through generated repositories, reads the table's real stream from moto, decodes it. */
@WithDynamoDb
@CleanTables
class MotoStreamTest {
  private DynamoDbClient client;
  private DynamoDbStreamsClient streams;
  private ShipmentRepository shipments;
  private final ChangeDecoder<Shipment> decoder = ChangeDecoder.of(ShipmentSchema.SCHEMA);

  @BeforeEach
  void setUp(LocalDynamoDb local, DynamoDbClient client) {
    this.client = client;
    // moto serves the streams API on the DynamoDB port.
    streams = DynamoDbStreamsClient.builder()
        .endpointOverride(local.endpoint())
        .region(Region.of(local.region()))
        .credentialsProvider(local.credentials())
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(2)))
        .build();
    shipments = new ShipmentRepository(DynamoDb.of(client));
  }

  @AfterEach
  void tearDown() {
    streams.close();
  }

  /** The repository creates the table; UpdateTable enables the stream (moto supports both). */
  private void createShipmentsWithStream() {
    shipments.createTable();
    client.updateTable(r -> r.tableName("shipments")
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
  }

  @Test
  void putUpdateDeleteThroughARepositoryComeBackAsTypedChanges() {
    createShipmentsWithStream();
    Instant before = Instant.now().minusSeconds(60);
    Shipment other = new Shipment("bob", "s-9", 10, null, false, null, null, null, null, null, null, null,
        "other", Fixtures.SHIPPED);

    shipments.put(INSERTED);
    shipments.update(MODIFIED);
    shipments.put(other);
    assertEquals(Optional.of(MODIFIED), shipments.delete("alice", "s-1"));

    List<Change<Shipment>> changes = StreamReader.of(streams, decoder).readAll();

    assertEquals(4, changes.size(), changes::toString);
    var alice = shipments.key("alice", "s-1");
    assertChange(changes.get(0), Change.Kind.INSERT, alice, null, INSERTED);
    assertChange(changes.get(1), Change.Kind.MODIFY, alice, INSERTED, MODIFIED);
    assertChange(changes.get(2), Change.Kind.INSERT, shipments.key("bob", "s-9"), null, other);
    assertChange(changes.get(3), Change.Kind.REMOVE, alice, MODIFIED, null);
    for (int i = 0; i < changes.size(); i++) {
      Change<Shipment> change = changes.get(i);
      assertNotNull(change.sequenceNumber());
      assertTrue(change.approximateCreation().isAfter(before), change::toString);
      if (i > 0) {
        String previous = changes.get(i - 1).sequenceNumber();
        assertTrue(new java.math.BigInteger(change.sequenceNumber()).compareTo(new java.math.BigInteger(previous)) > 0,
            "sequence numbers increase in stream order");
      }
    }
  }

  @Test
  void anItemWrittenWithAnotherTypeFailsNamingTheRecordAndPathButNeverAValue() {
    createShipmentsWithStream();
    AttributeValue lines = AttributeValue.fromL(List.of(AttributeValue.fromS("x"),
        AttributeValue.fromM(Map.of("floor", AttributeValue.fromS("SECRET-VALUE-123")))));
    client.putItem(r -> r.tableName("shipments").item(Map.of("customerId", AttributeValue.fromS("alice"),
        "shipmentId", AttributeValue.fromS("s-1"), "destination",
        AttributeValue.fromM(Map.of("street", AttributeValue.fromS("SECRET-VALUE-123"), "lines", lines)))));

    StreamDecodingException e = assertThrows(StreamDecodingException.class, () -> StreamReader.of(streams, decoder).readAll());
    assertTrue(e.getMessage().matches("stream record '.+' \\(INSERT, sequence number \\d+\\) for table 'shipments': "
        + "cannot read NewImage as Shipment: table 'shipments': the item \\{customerId=alice, shipmentId=s-1\\} "
        + "cannot be read: attribute 'destination.lines\\[1\\]' is stored as M, expected S"), e::getMessage);
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("SECRET-VALUE-123"), t::toString);
    }
  }

  @Test
  void rawGetRecordsPagesDecodeOneByOne() {
    createShipmentsWithStream();
    shipments.put(INSERTED);
    String arn = client.describeTable(r -> r.tableName("shipments")).table().latestStreamArn();
    String shard = streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String iterator = streams.getShardIterator(r -> r.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    List<Record> records = streams.getRecords(r -> r.shardIterator(iterator)).records();

    assertEquals(1, records.size());
    Change<Shipment> change = decoder.decode(records.get(0));
    assertChange(change, Change.Kind.INSERT, shipments.key("alice", "s-1"), null, INSERTED);
    assertEquals(records.get(0).dynamodb().sequenceNumber(), change.sequenceNumber());
  }

  @Test
  void aKeysOnlyStreamGivesKeysWithoutImagesAndNumericKeysDecode() {
    // Created with the raw client, the stream specified at creation (moto supports this too).
    client.createTable(r -> r.tableName("counters").billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("id").attributeType("N"))
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
    CounterRepository counters = new CounterRepository(DynamoDb.of(client));
    counters.put(new Counter(42, "a"));
    counters.update(new Counter(42, "b"));
    counters.delete(42L);

    List<Change<Counter>> changes = StreamReader.of(streams, ChangeDecoder.of(CounterSchema.SCHEMA)).readAll();

    assertEquals(List.of(Change.Kind.INSERT, Change.Kind.MODIFY, Change.Kind.REMOVE),
        changes.stream().map(Change::kind).toList());
    for (Change<Counter> change : changes) {
      assertEquals(CounterSchema.SCHEMA.key(42L), change.key());
      assertEquals(Optional.empty(), change.oldImage());
      assertEquals(Optional.empty(), change.newImage());
    }
  }

  @Test
  void aNewImageStreamGivesOnlyNewImages() {
    client.createTable(r -> r.tableName("counters").billingMode("PAY_PER_REQUEST")
        .keySchema(k -> k.attributeName("id").keyType("HASH"))
        .attributeDefinitions(a -> a.attributeName("id").attributeType("N"))
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
    CounterRepository counters = new CounterRepository(DynamoDb.of(client));
    counters.put(new Counter(7, "a"));
    counters.update(new Counter(7, "b"));
    counters.delete(7L);

    List<Change<Counter>> changes = StreamReader.of(streams, ChangeDecoder.of(CounterSchema.SCHEMA)).readAll();

    assertEquals(3, changes.size());
    assertEquals(Optional.of(new Counter(7, "a")), changes.get(0).newImage());
    assertEquals(Optional.of(new Counter(7, "b")), changes.get(1).newImage());
    assertEquals(Optional.empty(), changes.get(2).newImage());
    changes.forEach(c -> assertEquals(Optional.empty(), c.oldImage()));
  }

  @Test
  void theReaderStopsAtItsBounds() {
    createShipmentsWithStream();
    for (int i = 0; i < 5; i++) {
      shipments.put(new Shipment("c", "s-" + i, i, null, false, null, null, null, null, null, null, null, null, null));
    }
    StreamReader<Shipment> reader = StreamReader.of(streams, decoder);
    assertEquals(5, reader.readAll().size());
    List<Change<Shipment>> two = reader.maxRecords(2).readAll();
    assertEquals(List.of(shipments.key("c", "s-0"), shipments.key("c", "s-1")), two.stream().map(Change::key).toList());
    // One request is the DescribeStream: no shard is read.
    assertEquals(List.of(), reader.maxPolls(1).readAll());
    // The default stops an open shard at its first empty page; more empty polls read no more.
    long started = System.nanoTime();
    assertEquals(5, reader.emptyPolls(3).readAll().size());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(30)) < 0);
    assertThrows(IllegalArgumentException.class, () -> reader.maxRecords(0));
  }

  @Test
  void aStreamOfAnotherTableOrATableWithoutAStreamIsRefused() {
    createShipmentsWithStream();
    shipments.put(INSERTED);
    String arn = client.describeTable(r -> r.tableName("shipments")).table().latestStreamArn();
    StreamReader<Shipment> wrong = StreamReader.of(streams, decoder.forTable("shipments-staging"));

    StreamDecodingException e = assertThrows(StreamDecodingException.class, () -> wrong.readAll(arn));
    assertTrue(e.getMessage().contains("'shipments'") && e.getMessage().contains("'shipments-staging'"), e.getMessage());

    new ShipmentRepository(DynamoDb.of(client), "plain").createTable();
    StreamDecodingException none = assertThrows(StreamDecodingException.class,
        () -> StreamReader.of(streams, decoder.forTable("plain")).readAll());
    assertTrue(none.getMessage().contains("'plain' has no stream"), none.getMessage());
  }

  private static <E> void assertChange(Change<E> change, Change.Kind kind, Object key, E oldImage, E newImage) {
    assertEquals(kind, change.kind(), change::toString);
    assertEquals(key, change.key(), change::toString);
    assertEquals(Optional.ofNullable(oldImage), change.oldImage(), change::toString);
    assertEquals(Optional.ofNullable(newImage), change.newImage(), change::toString);
  }
}
