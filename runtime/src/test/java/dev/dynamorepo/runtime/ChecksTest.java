package dev.dynamorepo.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.internal.Backoff;
import dev.dynamorepo.runtime.internal.Cursors;
import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.internal.Numbers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The checks made before sending, where moto would accept what DynamoDB refuses. */
class ChecksTest {
  @Test
  void numbersWithinDynamoDbsRangeAndPrecisionPass() {
    assertDoesNotThrow(() -> Numbers.check("12345678901234567890123456789012345678", "x"));
    assertDoesNotThrow(() -> Numbers.check("9.9999999999999999999999999999999999999E+125", "x"));
    assertDoesNotThrow(() -> Numbers.check("1E-130", "x"));
    assertDoesNotThrow(() -> Numbers.check("0", "x"));
    assertDoesNotThrow(() -> Numbers.check("1000000000000000000000000000000000000000000", "x"), "trailing zeros are not significant");
  }

  @Test
  void numbersOutsideAreRefusedWithTheirPlace() {
    DynamoException digits = assertThrows(DynamoException.class, () -> Numbers.check("1234567890123456789012345678901234567891", "table 't', attribute 'a'"));
    assertTrue(digits.getMessage().startsWith("table 't', attribute 'a'") && digits.getMessage().contains("40 significant digits"));
    assertThrows(DynamoException.class, () -> Numbers.check("1E+126", "x"));
    assertThrows(DynamoException.class, () -> Numbers.check("-1E+126", "x"));
    assertThrows(DynamoException.class, () -> Numbers.check("1E-131", "x"));
    assertThrows(DynamoException.class, () -> Numbers.check("12abc", "x"));
  }

  @Test
  void itemSizeCountsNamesAndValues() {
    Map<String, AttributeValue> item = Map.of("ab", AttributeValue.fromS("héllo"), "n", AttributeValue.fromN("123"),
        "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])), "f", AttributeValue.fromBool(true));
    assertEquals(2 + 6 + 1 + 3 + 1 + 10 + 1 + 1, ItemChecks.checkItem("t", item));
  }

  @Test
  void anItemOverFourHundredKilobytesIsRefused() {
    Map<String, AttributeValue> item = Map.of("p", AttributeValue.fromS("x".repeat(ItemChecks.MAX_ITEM_BYTES)));
    DynamoException e = assertThrows(DynamoException.class, () -> ItemChecks.checkItem("docs", item));
    assertTrue(e.getMessage().contains("'docs'") && e.getMessage().contains("400 KB"), e.getMessage());
  }

  @Test
  void nestedEmptyNamesAndBadNumbersAreFound() {
    Map<String, AttributeValue> item = Map.of("m", AttributeValue.fromM(Map.of("inner",
        AttributeValue.fromL(java.util.List.of(AttributeValue.fromM(Map.of("", AttributeValue.fromS("v"))))))));
    DynamoException e = assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", item));
    assertTrue(e.getMessage().contains("m.inner[0]"), e.getMessage());
    Map<String, AttributeValue> ns = Map.of("ns", AttributeValue.fromNs(java.util.List.of("1", "1E+200")));
    assertTrue(assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", ns)).getMessage().contains("'ns'"));
  }

  @Test
  void keysAreCheckedForPresenceEmptinessAndSize() {
    assertThrows(DynamoException.class, () -> ItemChecks.checkKey("t", "pk", null, 2048));
    assertThrows(DynamoException.class, () -> ItemChecks.checkKey("t", "pk", AttributeValue.fromS(""), 2048));
    assertThrows(DynamoException.class, () -> ItemChecks.checkKey("t", "pk", AttributeValue.fromS("x".repeat(2049)), 2048));
    assertDoesNotThrow(() -> ItemChecks.checkKey("t", "pk", AttributeValue.fromS("x".repeat(2048)), 2048));
  }

  @Test
  void cursorsRoundTripEveryKeyType() {
    Map<String, AttributeValue> key = Map.of("s", AttributeValue.fromS("a\u0001b/é"), "n", AttributeValue.fromN("-1.5"),
        "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2})));
    String cursor = Cursors.encode(key);
    assertTrue(cursor.matches("[A-Za-z0-9_.~-]+"), "URL-safe: " + cursor);
    assertEquals(key, Cursors.decode("t", cursor));
    assertThrows(DynamoException.class, () -> Cursors.decode("t", "not a cursor!"));
  }

  @Test
  void backoffIsJitteredAndCapped() {
    Backoff backoff = new Backoff();
    for (int i = 0; i < 30; i++) {
      long pause = backoff.nextMillis();
      assertTrue(pause >= 0 && pause <= 250, "pause " + pause);
    }
  }

  @Test
  void documentsDeeperThanThirtyTwoLevelsAreRefused() {
    AttributeValue v = AttributeValue.fromS("leaf");
    for (int i = 0; i < 32; i++) {
      v = AttributeValue.fromM(Map.of("m", v));
    }
    AttributeValue deepest = v;
    assertDoesNotThrow(() -> ItemChecks.checkItem("t", Map.of("a", deepest)));
    AttributeValue tooDeep = AttributeValue.fromL(java.util.List.of(deepest));
    DynamoException e = assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", Map.of("a", tooDeep)));
    assertTrue(e.getMessage().contains("32 levels") && e.getMessage().contains("table 't'"), e.getMessage());
  }

  @Test
  void setsWithElementsDynamoDbSeesAsEqualAreRefused() {
    assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", Map.of("n", AttributeValue.fromNs(java.util.List.of("7.0", "7")))));
    assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", Map.of("b", AttributeValue.fromBs(java.util.List.of(
        SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {1}))))));
    assertDoesNotThrow(() -> ItemChecks.checkItem("t", Map.of("n", AttributeValue.fromNs(java.util.List.of("7.01", "7")))));
  }

  @Test
  void unpairedSurrogatesAreRefusedAndPairsAccepted() {
    assertDoesNotThrow(() -> ItemChecks.checkItem("t", Map.of("s", AttributeValue.fromS("emoji \uD83D\uDE00"))));
    DynamoException e = assertThrows(DynamoException.class, () -> ItemChecks.checkItem("t", Map.of("s", AttributeValue.fromS("x\uD83D"))));
    assertTrue(e.getMessage().contains("attribute 's'") && e.getMessage().contains("surrogate"), e.getMessage());
  }

  @Test
  void cursorCodecSealsBindsAndOptionallyEncrypts() {
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("alice"), "sk", AttributeValue.fromN("7"));
    byte[] secret = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (boolean encrypt : new boolean[] {false, true}) {
      dev.dynamorepo.runtime.internal.CursorCodec codec = new dev.dynamorepo.runtime.internal.CursorCodec(secret, encrypt);
      String cursor = codec.encode("orders|query", key);
      assertTrue(cursor.matches("[A-Za-z0-9_.-]+"), "URL-safe: " + cursor);
      assertEquals(key, codec.decode("orders", "orders|query", cursor));
      assertThrows(DynamoException.class, () -> codec.decode("orders", "orders|other query", cursor));
      assertThrows(DynamoException.class, () -> new dev.dynamorepo.runtime.internal.CursorCodec(
          "fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.UTF_8), encrypt).decode("orders", "orders|query", cursor));
    }
    assertThrows(DynamoException.class, () -> new dev.dynamorepo.runtime.internal.CursorCodec(new byte[8], false));
  }
}
