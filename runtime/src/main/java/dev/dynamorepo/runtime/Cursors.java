package dev.dynamorepo.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a {@code LastEvaluatedKey} (key attributes only: S, N or B) into an opaque URL-safe cursor
 * and back. Each attribute is written as name, type and value separated by control characters
 * that DynamoDB's key values may contain but are escaped by base64 for binary.
 */
final class Cursors {
  private static final char FIELD = '\u0001';
  private static final char ENTRY = '\u0002';

  private Cursors() {}

  static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
    if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    lastEvaluatedKey.forEach((name, value) -> {
      String type = value.s() != null ? "S" : value.n() != null ? "N" : "B";
      String text = value.s() != null ? value.s() : value.n() != null ? value.n()
          : Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
      out.append(out.length() == 0 ? "" : String.valueOf(ENTRY)).append(name).append(FIELD).append(type).append(FIELD).append(text);
    });
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, AttributeValue> decode(String table, String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String entry : text.split(String.valueOf(ENTRY))) {
        String[] parts = entry.split(String.valueOf(FIELD), 3);
        key.put(parts[0], switch (parts[1]) {
          case "S" -> AttributeValue.fromS(parts[2]);
          case "N" -> AttributeValue.fromN(parts[2]);
          case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(parts[2])));
          default -> throw new IllegalArgumentException(parts[1]);
        });
      }
      return key;
    } catch (RuntimeException e) {
      throw new DynamoException("table '" + table + "': the cursor is not one this library issued", e);
    }
  }
}
