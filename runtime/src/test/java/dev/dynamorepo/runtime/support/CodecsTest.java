package dev.dynamorepo.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamorepo.runtime.DynamoException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The built-in codecs write what the Enhanced Client's default converters write, and read it back. */
class CodecsTest {
  private static final DefaultAttributeConverterProvider ENHANCED = DefaultAttributeConverterProvider.create();

  @Test
  void everyScalarEncodesAsTheEnhancedClientAndRoundTrips() {
    same(Codecs.STRING, String.class, "héllo");
    same(Codecs.BOOLEAN, Boolean.class, true);
    same(Codecs.INTEGER, Integer.class, -42);
    same(Codecs.LONG, Long.class, Long.MAX_VALUE);
    same(Codecs.SHORT, Short.class, (short) 7);
    same(Codecs.BYTE, Byte.class, (byte) -3);
    same(Codecs.FLOAT, Float.class, 1.5f);
    same(Codecs.DOUBLE, Double.class, 2.25e-7);
    same(Codecs.BIG_DECIMAL, BigDecimal.class, new BigDecimal("12345.6789"));
    same(Codecs.BIG_INTEGER, BigInteger.class, new BigInteger("123456789012345678901234567890"));
    same(Codecs.SDK_BYTES, SdkBytes.class, SdkBytes.fromUtf8String("bytes"));
    same(Codecs.UUID_CODEC, UUID.class, UUID.fromString("9b2c1c4e-4d3a-4f5e-9a0b-1c2d3e4f5a6b"));
    same(Codecs.INSTANT, Instant.class, Instant.parse("2020-01-02T03:04:05.123Z"));
    same(Codecs.LOCAL_DATE, LocalDate.class, LocalDate.of(2024, 2, 29));
    same(Codecs.LOCAL_DATE_TIME, LocalDateTime.class, LocalDateTime.of(2024, 2, 29, 23, 59, 1));
    same(Codecs.LOCAL_TIME, LocalTime.class, LocalTime.of(7, 8, 9));
    same(Codecs.OFFSET_DATE_TIME, OffsetDateTime.class, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
    same(Codecs.ZONED_DATE_TIME, ZonedDateTime.class, ZonedDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris")));
    same(Codecs.DURATION, Duration.class, Duration.ofSeconds(90, 5));
  }

  @Test
  void bytesAreCopiedInAndOut() {
    byte[] raw = {1, 2, 3};
    AttributeValue stored = Codecs.BYTE_ARRAY.encode(raw);
    raw[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, Codecs.BYTE_ARRAY.decode(stored));
    assertEquals(ByteBuffer.wrap(new byte[] {4, 5}),
        Codecs.BYTE_BUFFER.decode(Codecs.BYTE_BUFFER.encode(ByteBuffer.wrap(new byte[] {4, 5}))));
    assertEquals(StoredType.B, Codecs.BYTE_ARRAY.storedType());
  }

  @Test
  void epochSecondsIsANumberForTimeToLive() {
    AttributeValue stored = Codecs.EPOCH_SECONDS.encode(Instant.ofEpochSecond(1_700_000_000L, 999));
    assertEquals("1700000000", stored.n());
    assertEquals(Instant.ofEpochSecond(1_700_000_000L), Codecs.EPOCH_SECONDS.decode(AttributeValue.createN("1700000000.5")));
    assertEquals(StoredType.N, Codecs.EPOCH_SECONDS.storedType());
  }

  @Test
  void setsUseTheirElementsStoredTypeAndEmptyOnesAreNotStored() {
    Codec<Set<String>> strings = Codecs.set(Codecs.STRING);
    assertEquals(StoredType.SS, strings.storedType());
    assertEquals(List.of("a", "b"), strings.encode(new LinkedHashSet<>(List.of("a", "b"))).ss());
    assertNull(strings.encode(Set.of()));

    Codec<Set<Long>> numbers = Codecs.set(Codecs.LONG);
    AttributeValue ns = numbers.encode(new LinkedHashSet<>(List.of(3L, 1L)));
    assertEquals(List.of("3", "1"), ns.ns());
    assertEquals(Set.of(3L, 1L), numbers.decode(ns));

    Codec<Set<SdkBytes>> bytes = Codecs.set(Codecs.SDK_BYTES);
    AttributeValue bs = bytes.encode(Set.of(SdkBytes.fromUtf8String("x")));
    assertEquals(StoredType.BS, bytes.storedType());
    assertEquals(Set.of(SdkBytes.fromUtf8String("x")), bytes.decode(bs));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Codecs.set(Codecs.BOOLEAN));
    assertEquals("a set's elements must be stored as S, N or B, not BOOL", e.getMessage());
  }

  @Test
  void listsKeepOrderAndNullElements() {
    Codec<List<Integer>> list = Codecs.list(Codecs.INTEGER);
    AttributeValue stored = list.encode(Arrays.asList(2, null, 1));
    assertEquals(List.of(AttributeValue.createN("2"), AttributeValue.createNul(true), AttributeValue.createN("1")), stored.l());
    assertEquals(Arrays.asList(2, null, 1), list.decode(stored));
    assertEquals(List.of("z", "a"), Codecs.list(Codecs.STRING).decode(Codecs.list(Codecs.STRING).encode(new java.util.LinkedList<>(List.of("z", "a")))));
  }

  @Test
  void enumsAreStoredByNameAndAnUnknownNameIsRefusedWithoutTheName() {
    Codec<StoredType> codec = Codecs.forEnum(StoredType.values());
    assertEquals("SS", codec.encode(StoredType.SS).s());
    assertEquals(StoredType.SS, codec.decode(AttributeValue.createS("SS")));
    DynamoException e = assertThrows(DynamoException.class, () -> codec.decode(AttributeValue.createS("XX")));
    assertEquals("the value is not a constant of StoredType", e.getMessage());
  }

  @Test
  void mapsAndMissingValues() {
    Codec<Map<String, Long>> map = Codecs.map(Codecs.LONG);
    AttributeValue stored = map.encode(Map.of("a", 1L));
    assertEquals(Map.of("a", AttributeValue.createN("1")), stored.m());
    assertEquals(Map.of("a", 1L), map.decode(stored));
    assertNull(Codecs.LONG.decodeNullable(null));
    assertNull(Codecs.STRING.decodeNullable(AttributeValue.createNul(true)));
  }

  private static <T> void same(Codec<T> codec, Class<T> type, T value) {
    AttributeConverter<T> enhanced = ENHANCED.converterFor(EnhancedType.of(type));
    AttributeValue ours = codec.encode(value);
    assertEquals(enhanced.transformFrom(value), ours, type.getSimpleName());
    assertEquals(value, codec.decode(enhanced.transformFrom(value)), type.getSimpleName());
    assertEquals(value, codec.decode(ours), type.getSimpleName());
  }
}
