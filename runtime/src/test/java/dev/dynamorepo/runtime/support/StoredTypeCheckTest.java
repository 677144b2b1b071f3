package dev.dynamorepo.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.StringAttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every codec refuses a value stored as another DynamoDB type, naming both types and never the
 * value. Before, each kind did one of these (the "before" column):
 *
 * <pre>
 * codec                       stored   before
 * STRING, SDK_BYTES, BOOLEAN  other    null, silently
 * Optional&lt;String&gt;            N        Optional.empty(), silently
 * numbers                     S        NumberFormatException or NullPointerException
 * UUID, java.time, byte[]     N        NullPointerException
 * enum                        N        IllegalArgumentException "'null' is not a constant"
 * set (SS, NS, BS)            S        an empty set, silently
 * list (L)                    M        an empty list, silently
 * map, nested record (M)      S        an empty map / a record of nulls, silently
 * converter                   N        whatever the converter does with a null field
 * </pre>
 */
class StoredTypeCheckTest {
  private static final String SECRET = "SECRET-VALUE-123";
  private static final AttributeValue S = AttributeValue.createS(SECRET);
  private static final AttributeValue N = AttributeValue.createN("123");
  private static final AttributeValue M = AttributeValue.createM(Map.of("x", S));

  /** A nested record {@code (city)} as the generated code reads it. */
  private static final Codec<String> CITY = Codecs.nested(c -> Map.of("city", AttributeValue.createS(c)),
      item -> Codecs.STRING.decodeNullable(item.get("city")));

  @Test
  void everyScalarRefusesAnotherStoredType() {
    refuses(Codecs.STRING, N, "stored as N, expected S");
    refuses(Codecs.BOOLEAN, S, "stored as S, expected BOOL");
    refuses(Codecs.INTEGER, S, "stored as S, expected N");
    refuses(Codecs.LONG, M, "stored as M, expected N");
    refuses(Codecs.BIG_DECIMAL, S, "stored as S, expected N");
    refuses(Codecs.SDK_BYTES, S, "stored as S, expected B");
    refuses(Codecs.BYTE_ARRAY, S, "stored as S, expected B");
    refuses(Codecs.UUID_CODEC, N, "stored as N, expected S");
    refuses(Codecs.INSTANT, N, "stored as N, expected S");
    refuses(Codecs.EPOCH_SECONDS, S, "stored as S, expected N");
    refuses(Codecs.OFFSET_DATE_TIME, N, "stored as N, expected S");
    refuses(Codecs.DURATION, S, "stored as S, expected N");
    refuses(Codecs.forEnum(StoredType.values()), N, "stored as N, expected S");
    refuses(Codecs.converter(StringAttributeConverter.create()), N, "stored as N, expected S");
    refuses(Codecs.scalar(StoredType.N, v -> N, v -> v.n()), S, "stored as S, expected N");
  }

  @Test
  void everyContainerRefusesAnotherStoredType() {
    refuses(Codecs.set(Codecs.STRING), S, "stored as S, expected SS");
    refuses(Codecs.set(Codecs.LONG), AttributeValue.createSs(List.of(SECRET)), "stored as SS, expected NS");
    refuses(Codecs.set(Codecs.SDK_BYTES), S, "stored as S, expected BS");
    refuses(Codecs.list(Codecs.STRING), M, "stored as M, expected L");
    refuses(Codecs.map(Codecs.STRING), S, "stored as S, expected M");
    refuses(CITY, S, "stored as S, expected M");
    refuses(Codecs.optional(Codecs.STRING), N, "stored as N, expected S");
  }

  @Test
  void aValueOfTheRightTypeThatIsNoValueOfTheJavaTypeIsRefusedWithoutIt() {
    refuses(Codecs.INSTANT, S, "not a valid Instant (DateTimeParseException)");
    refuses(Codecs.UUID_CODEC, S, "not a valid UUID (IllegalArgumentException)");
    refuses(Codecs.INTEGER, AttributeValue.createN("12345678901"), "not a valid Integer (NumberFormatException)");
    refuses(Codecs.set(Codecs.UUID_CODEC), AttributeValue.createSs(List.of(SECRET)),
        "not a valid UUID (IllegalArgumentException)");
  }

  @Test
  void theFailureNamesThePathInsideListsMapsAndNestedRecords() {
    AttributeValue lines = AttributeValue.createL(List.of(
        AttributeValue.createM(Map.of("city", S)),
        AttributeValue.createNul(true),
        AttributeValue.createM(Map.of("city", N))));
    assertEquals("the value at '[2].city' is stored as N, expected S",
        assertThrows(DynamoException.class, () -> Codecs.list(CITY).decode(lines)).getMessage());

    AttributeValue byName = AttributeValue.createM(Map.of("home", AttributeValue.createL(List.of(S, M))));
    assertEquals("the value at 'home[1]' is stored as M, expected S",
        assertThrows(DynamoException.class, () -> Codecs.map(Codecs.list(Codecs.STRING)).decode(byName)).getMessage());
  }

  @Test
  void nullStaysAbsentAndTheRightTypesStillDecode() {
    AttributeValue nul = AttributeValue.createNul(true);
    assertNull(Codecs.STRING.decodeNullable(nul));
    assertNull(CITY.decodeNullable(nul));
    assertEquals(Optional.empty(), Codecs.optional(Codecs.LONG).decodeNullable(nul));
    assertEquals(List.of(), Codecs.list(Codecs.STRING).decode(AttributeValue.createL(List.of())));
    assertEquals(Map.of(), Codecs.map(Codecs.STRING).decode(AttributeValue.createM(Map.of())));
    assertEquals(SdkBytes.fromUtf8String("b"), Codecs.SDK_BYTES.decode(AttributeValue.createB(SdkBytes.fromUtf8String("b"))));
    assertEquals("Springfield", CITY.decode(AttributeValue.createM(Map.of("city", AttributeValue.createS("Springfield")))));
  }

  private static void refuses(Codec<?> codec, AttributeValue stored, String fault) {
    DynamoException e = assertThrows(DynamoException.class, () -> codec.decodeNullable(stored));
    assertTrue(e.getMessage().endsWith(fault), () -> "'" + fault + "' does not end: " + e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e::getMessage);
    assertFalse(e.getMessage().contains("123"), e::getMessage);
  }
}
