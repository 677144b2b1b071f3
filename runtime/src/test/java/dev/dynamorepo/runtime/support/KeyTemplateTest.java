package dev.dynamorepo.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Composing a key from its template's attributes, and reading it back. */
class KeyTemplateTest {
  private static final StringKeyAttribute<Object> ID = Attributes.stringKey("orderId");
  private static final KeyAttribute<Object, Instant> AT = Attributes.key("placedAt", Codecs.INSTANT);
  private static final KeyAttribute<Object, Integer> LINE = Attributes.key("line", Codecs.INTEGER);
  private static final KeyTemplate<Object> SK = KeyTemplate.of("sk", "ORDER#", AT, "#", ID);
  private static final KeyTemplate<Object> LINES = KeyTemplate.of("sk", "LINE#", ID, "#", LINE);

  private static Map<String, AttributeValue> item(String id, String at) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("orderId", AttributeValue.fromS(id));
    item.put("placedAt", AttributeValue.fromS(at));
    return item;
  }

  @Test
  void composesFromTheItemWithInstantsAtOneWidth() {
    assertEquals("ORDER#2026-01-05T10:00:00.000000000Z#o1", SK.compose(item("o1", "2026-01-05T10:00:00Z"), "shop"));
    assertEquals("ORDER#2026-01-05T10:00:00.500000000Z#o1", SK.compose(item("o1", "2026-01-05T10:00:00.500Z"), "shop"));
    assertNull(SK.compose(Map.of("orderId", AttributeValue.fromS("o1")), "shop"), "a missing part: no key (sparse index)");
    assertEquals("sk", SK.attribute());
    assertEquals("ORDER#{placedAt}#{orderId}", SK.toString());
  }

  @Test
  void readsAKeyBackIntoItsAttributes() {
    Map<String, AttributeValue> parts = SK.parse("ORDER#2026-01-05T10:00:00.000000000Z#o1");
    assertEquals("o1", parts.get("orderId").s());
    assertEquals(Instant.parse("2026-01-05T10:00:00Z"), Codecs.INSTANT.decode(parts.get("placedAt")));
    assertEquals("7", LINES.parse("LINE#o1#7").get("line").n(), "a number part reads back as N");
    assertNull(SK.parse("LINE#o1#7"), "another template's key");
    assertNull(SK.parse("ORDER##o1"), "an empty part");
  }

  @Test
  void prefixesStopBeforeTheFirstMissingPartAndKeepTheFollowingText() {
    Object[] values = {Instant.parse("2026-01-05T10:00:00Z"), "o1"};
    assertEquals("ORDER#", SK.prefix(values, 0, 0, "shop"));
    assertEquals("ORDER#2026-01-05T10:00:00.000000000Z#", SK.prefix(values, 0, 1, "shop"));
    assertEquals("ORDER#2026-01-05T10:00:00.000000000Z#o1", SK.prefix(values, 0, 2, "shop"));
    assertEquals("#", SK.following(0));
    assertEquals("", SK.following(1));
  }

  @Test
  void refusesValuesThatWouldMakeAmbiguousKeys() {
    DynamoException separator = assertThrows(DynamoException.class, () -> SK.compose(item("o#1", "2026-01-05T10:00:00Z"), "shop"));
    assertTrue(separator.getMessage().contains("'#'") && separator.getMessage().contains("orderId")
        && separator.getMessage().contains("table 'shop'"), separator.getMessage());
    DynamoException empty = assertThrows(DynamoException.class, () -> SK.compose(item("", "2026-01-05T10:00:00Z"), "shop"));
    assertTrue(empty.getMessage().contains("cannot be empty"), empty.getMessage());
    DynamoException none = assertThrows(DynamoException.class, () -> SK.text(1, null, "shop"));
    assertTrue(none.getMessage().contains("cannot be null"), none.getMessage());
    DynamoException type = assertThrows(DynamoException.class, () -> SK.text(0, "yesterday", "shop"));
    assertTrue(type.getMessage().contains("\"yesterday\" is not an ISO-8601 instant"), type.getMessage());
  }

  @Test
  void anItemComposesItsKeyOnlyWithEveryPartInItAndNoSeparator() {
    String key = "ORDER#2026-01-05T10:00:00.000000000Z#o1";
    assertTrue(SK.composes(key, item("o1", "2026-01-05T10:00:00Z")));
    assertTrue(SK.composes(key, item("o1", "2026-01-05T10:00:00.000Z")), "the same instant in another form");
    String fractional = "ORDER#2026-01-05T10:00:00.500000000Z#o1";
    assertTrue(SK.composes(fractional, item("o1", "2026-01-05T10:00:00.5Z")), "a fraction compared in place");
    assertTrue(SK.composes(fractional, item("o1", "2026-01-05T10:00:00.500Z")));
    assertTrue(SK.composes(fractional, item("o1", "2026-01-05T10:00:00.500000000Z")));
    assertFalse(SK.composes(fractional, item("o1", "2026-01-05T10:00:00.05Z")), "another fraction");
    assertFalse(SK.composes(fractional, item("o1", "2026-01-05T10:00:00Z")));
    assertFalse(SK.composes(fractional, item("o1", "2026-01-05T10:00:01.5Z")), "another second");
    assertFalse(SK.composes("ORDER#2026-01-05T10:00:00.500000001Z#o1", item("o1", "2026-01-05T10:00:00.5Z")));
    assertTrue(SK.composes(fractional, item("o1", "2026-01-05T11:00:00.5+01:00")),
        "an offset form is decided by its key text, not compared in place");
    assertFalse(SK.composes(key, item("o2", "2026-01-05T10:00:00Z")));
    assertFalse(SK.composes(key, item("o", "2026-01-05T10:00:00Z")), "a prefix of the part is not the part");
    assertFalse(SK.composes(key + "x", item("o1", "2026-01-05T10:00:00Z")));
    assertFalse(SK.composes(key, Map.of("orderId", AttributeValue.fromS("o1"))), "a missing part");
    assertFalse(SK.composes(null, item("o1", "2026-01-05T10:00:00Z")));
    assertFalse(LINES.composes("LINE#o#1#0000000007", Map.of("orderId", AttributeValue.fromS("o#1"), "line", AttributeValue.fromN("7"))),
        "a part holding the separator never composes a key");
    assertTrue(LINES.composes("LINE#o1#0000000007", line("7")));
    assertTrue(LINES.composes("LINE#o1#0000000007", line("007")), "a number as another program wrote it");
    assertFalse(LINES.composes("LINE#o1#0000000007", line("8")));
    assertFalse(LINES.composes("LINE#o1#0000000017", line("7")));
    assertFalse(LINES.composes("LINE#o1#7", line("7")), "whole numbers are padded in keys");
    assertFalse(LINES.composes("LINE#o1#0000000007", line("-7")));
    assertFalse(LINES.composes("LINE#o1#0000000007", Map.of("orderId", AttributeValue.fromS("o1"), "line", AttributeValue.fromBool(true))));
  }

  private static Map<String, AttributeValue> line(String n) {
    return Map.of("orderId", AttributeValue.fromS("o1"), "line", AttributeValue.fromN(n));
  }

  @Test
  void namesThePartThatDiffersFromTheKey() {
    Map<String, AttributeValue> parsed = SK.parse("ORDER#2026-01-05T10:00:00.000000000Z#o1");
    assertNull(SK.differing(parsed, item("o1", "2026-01-05T10:00:00Z")));
    assertEquals("orderId", SK.differing(parsed, item("o2", "2026-01-05T10:00:00Z")));
    assertEquals("placedAt", SK.differing(parsed, item("o1", "2026-01-05T11:00:00Z")));
    assertEquals("placedAt", SK.differing(parsed, item("o1", "yesterday")));
    assertNull(SK.differing(parsed, Map.of("orderId", AttributeValue.fromS("o1"))), "a missing part is read back, not compared");
  }

  @Test
  void instantsInKeysArePaddedWithoutParsingAsTheFormatterWouldWriteThem() {
    DateTimeFormatter nine = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L), i % 4 == 0 ? 0 : random.nextInt(1_000_000_000));
      at = i % 3 == 0 ? at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS) : at;
      assertEquals(nine.format(at), KeyTemplate.padFraction(at.toString()), at.toString());
    }
    assertNull(KeyTemplate.padFraction("+10000-01-01T00:00:00Z"), "outside four-digit years: the full parse refuses it");
    assertNull(KeyTemplate.padFraction("2026-01-05T10:00Z"), "no seconds: the full parse");
    assertNull(KeyTemplate.padFraction("2026-01-05T10:00:00.Z"));
    assertNull(KeyTemplate.padFraction("2026-01-05 10:00:00Z"));
    assertEquals("ORDER#2026-01-05T10:00:00.123400000Z#o1", SK.compose(item("o1", "2026-01-05T10:00:00.1234Z"), "shop"));
  }
}
