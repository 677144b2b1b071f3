package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dynamorepo.it.EverythingBean.AddressBean;
import dev.dynamorepo.it.EverythingBean.GeoBean;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.WithDynamoDb;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every supported type round-trips through the generated schema on the server, and the Enhanced
 * Client reads what the generated schema wrote and the other way round.
 */
@WithDynamoDb
@CleanTables
class InteropTest {
  private DynamoDbClient client;
  private EverythingRepository repository;
  private DynamoDbTable<EverythingBean> enhancedBeans;

  @BeforeEach
  void setUp(DynamoDbClient client) {
    this.client = client;
    repository = new EverythingRepository(DynamoDb.of(client));
    repository.createTable();
    enhancedBeans = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
        .table("everything", TableSchema.fromBean(EverythingBean.class));
  }

  static Everything sample(String id, ByteBuffer buffer, Optional<String> nickname) {
    Address address = new Address("1 Main St", "Springfield", new Address.Geo(1.5, -2.25), List.of("floor 2", "left"));
    return new Everything(id, true, (byte) 7, (short) -300, 42, 9_000_000_000L, 1.25f, 3.141592653589793,
        17, -5L, Boolean.FALSE, new BigDecimal("1234.5678"), new BigInteger("123456789012345678901234567890"),
        SdkBytes.fromUtf8String("blob"), buffer, Status.PAID, UUID.fromString("0ef3cd3d-3d8b-455f-841e-7bfe0c338009"),
        Instant.parse("2020-01-02T03:04:05.123Z"), LocalDate.of(2020, 1, 2), LocalDateTime.of(2020, 1, 2, 3, 4, 5),
        LocalTime.of(3, 4, 5), OffsetDateTime.parse("2020-01-02T03:04:05.123+02:00"),
        ZonedDateTime.parse("2020-01-02T03:04:05+01:00[Europe/Paris]"), Duration.ofSeconds(12, 5),
        List.of("x", "y", "x"), Set.of("a", "b"), Set.of(1L, 2L, 3L), Set.of(SdkBytes.fromUtf8String("z")),
        Map.of("math", 90, "art", 75), List.of(Map.of("k", List.of(1L, 2L))),
        address, List.of(address, new Address("2 Side St", null, null, null)),
        nickname, new Money(1250, "EUR"), null);
  }

  @Test
  void everyTypeRoundTripsThroughTheServer() {
    Everything original = sample("e1", ByteBuffer.wrap(new byte[] {1, 2, 3}), Optional.of("Ed"));
    repository.put(original);
    assertEquals(original, repository.get("e1").orElseThrow());
  }

  @Test
  void ignoredAttributesAreNeitherWrittenNorRead() {
    Everything withNote = sample("e2", null, Optional.empty());
    withNote = new Everything(withNote.id(), withNote.flag(), withNote.tiny(), withNote.small(), withNote.count(), withNote.big(),
        withNote.ratio(), withNote.precise(), withNote.boxedInt(), withNote.boxedLong(), withNote.boxedFlag(), withNote.amount(),
        withNote.huge(), withNote.blob(), withNote.buffer(), withNote.status(), withNote.uuid(), withNote.instant(), withNote.date(),
        withNote.dateTime(), withNote.time(), withNote.offset(), withNote.zoned(), withNote.duration(), withNote.names(),
        withNote.tags(), withNote.numbers(), withNote.blobs(), withNote.scores(), withNote.deep(), withNote.address(),
        withNote.history(), withNote.nickname(), withNote.price(), "not stored");
    Map<String, AttributeValue> item = EverythingSchema.toItem(withNote);
    assertFalse(item.containsKey("transientNote"));
    assertFalse(item.containsKey("nickname"), "an empty Optional is not stored");
    assertFalse(item.containsKey("buffer"), "null is not stored");
    assertNull(EverythingSchema.fromItem(item).transientNote());
    assertEquals(Optional.empty(), EverythingSchema.fromItem(item).nickname());
  }

  @Test
  void theWireFormIsTheEnhancedClientsDefault() {
    repository.put(sample("e3", null, Optional.empty()));
    Map<String, AttributeValue> raw = client.getItem(b -> b.tableName("everything")
        .key(Map.of("id", AttributeValue.fromS("e3")))).item();
    assertEquals("2020-01-02T03:04:05.123Z", raw.get("instant").s());
    assertEquals("12.000000005", raw.get("duration").n());
    assertEquals("PAID", raw.get("status").s());
    assertEquals(Set.of("a", "b"), Set.copyOf(raw.get("tags").ss()));
    assertEquals(Set.of("1", "2", "3"), Set.copyOf(raw.get("numbers").ns()));
    assertEquals(1, raw.get("blobs").bs().size());
    assertEquals(Boolean.TRUE, raw.get("flag").bool());
    assertEquals("Springfield", raw.get("address").m().get("city").s());
    assertEquals("-2.25", raw.get("address").m().get("geo").m().get("lon").n());
    assertEquals("1250 EUR", raw.get("price").s());
    assertEquals("2020-01-02T03:04:05+01:00[Europe/Paris]", raw.get("zoned").s());
  }

  @Test
  void theEnhancedClientReadsWhatTheGeneratedSchemaWrote() {
    Everything original = sample("e4", null, Optional.empty());
    repository.put(original);
    EverythingBean bean = enhancedBeans.getItem(Key.builder().partitionValue("e4").build());
    assertEquals(original, fromBean(bean));
  }

  @Test
  void theGeneratedSchemaReadsWhatTheEnhancedClientWrote() {
    Everything original = sample("e5", null, Optional.empty());
    enhancedBeans.putItem(toBean(original));
    assertEquals(original, repository.get("e5").orElseThrow());
  }

  @Test
  void theGeneratedTableSchemaWorksInsideTheEnhancedClient() {
    DynamoDbTable<Everything> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
        .table("everything", EverythingSchema.tableSchema());
    Everything original = sample("e6", ByteBuffer.wrap(new byte[] {9}), Optional.of("Six"));
    table.putItem(original);
    assertEquals(original, table.getItem(Key.builder().partitionValue("e6").build()));
    assertEquals(original, repository.get("e6").orElseThrow());
    assertEquals("id", table.tableSchema().tableMetadata().primaryPartitionKey());
  }

  private static Everything fromBean(EverythingBean b) {
    return new Everything(b.getId(), b.isFlag(), b.getTiny(), b.getSmall(), b.getCount(), b.getBig(), b.getRatio(),
        b.getPrecise(), b.getBoxedInt(), b.getBoxedLong(), b.getBoxedFlag(), b.getAmount(), b.getHuge(), b.getBlob(), null,
        b.getStatus(), b.getUuid(), b.getInstant(), b.getDate(), b.getDateTime(), b.getTime(), b.getOffset(), b.getZoned(),
        b.getDuration(), b.getNames(), b.getTags(), b.getNumbers(), b.getBlobs(), b.getScores(), b.getDeep(),
        address(b.getAddress()), b.getHistory().stream().map(InteropTest::address).toList(), Optional.empty(), b.getPrice(), null);
  }

  private static Address address(AddressBean a) {
    GeoBean g = a.getGeo();
    return new Address(a.getStreet(), a.getCity(), g == null ? null : new Address.Geo(g.getLat(), g.getLon()), a.getLines());
  }

  private static EverythingBean toBean(Everything e) {
    EverythingBean b = new EverythingBean();
    b.setId(e.id()); b.setFlag(e.flag()); b.setTiny(e.tiny()); b.setSmall(e.small()); b.setCount(e.count());
    b.setBig(e.big()); b.setRatio(e.ratio()); b.setPrecise(e.precise()); b.setBoxedInt(e.boxedInt());
    b.setBoxedLong(e.boxedLong()); b.setBoxedFlag(e.boxedFlag()); b.setAmount(e.amount()); b.setHuge(e.huge());
    b.setBlob(e.blob()); b.setStatus(e.status()); b.setUuid(e.uuid()); b.setInstant(e.instant()); b.setDate(e.date());
    b.setDateTime(e.dateTime()); b.setTime(e.time()); b.setOffset(e.offset()); b.setZoned(e.zoned());
    b.setDuration(e.duration()); b.setNames(e.names()); b.setTags(e.tags()); b.setNumbers(e.numbers());
    b.setBlobs(e.blobs()); b.setScores(e.scores()); b.setDeep(e.deep()); b.setAddress(bean(e.address()));
    b.setHistory(e.history().stream().map(InteropTest::bean).toList()); b.setPrice(e.price());
    return b;
  }

  private static AddressBean bean(Address a) {
    AddressBean b = new AddressBean();
    b.setStreet(a.street());
    b.setCity(a.city());
    b.setLines(a.lines());
    if (a.geo() != null) {
      GeoBean g = new GeoBean();
      g.setLat(a.geo().lat());
      g.setLon(a.geo().lon());
      b.setGeo(g);
    }
    return b;
  }
}
