package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a {@code LastEvaluatedKey} (key attributes only: S, N or B) into an opaque URL-safe cursor
 * and back. Each attribute is written as name, type and value, name and value base64-encoded so
 * that no key text can collide with the separators.
 */
public final class Cursors {
  private static final String FIELD = ".";
  private static final String ENTRY = "~";

  private Cursors() {}

  public static String encode(Map<String, AttributeValue> lastEvaluatedKey) {
    if (lastEvaluatedKey == null || lastEvaluatedKey.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    lastEvaluatedKey.forEach((name, value) -> {
      String type = value.s() != null ? "S" : value.n() != null ? "N" : "B";
      byte[] bytes = value.b() != null ? value.b().asByteArrayUnsafe()
          : (value.s() != null ? value.s() : value.n()).getBytes(StandardCharsets.UTF_8);
      out.append(out.length() == 0 ? "" : ENTRY).append(b64(name.getBytes(StandardCharsets.UTF_8)))
          .append(FIELD).append(type).append(FIELD).append(b64(bytes));
    });
    return out.toString();
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static Map<String, AttributeValue> decode(String table, String cursor) {
    try {
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String entry : cursor.split(ENTRY)) {
        String[] parts = entry.split("\\" + FIELD, -1);
        byte[] value = Base64.getUrlDecoder().decode(parts[2]);
        String text = new String(value, StandardCharsets.UTF_8);
        key.put(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8), switch (parts[1]) {
          case "S" -> AttributeValue.fromS(text);
          case "N" -> AttributeValue.fromN(text);
          case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(value));
          default -> throw new IllegalArgumentException(parts[1]);
        });
      }
      return key;
    } catch (RuntimeException e) {
      throw new DynamoException("table '" + table + "': the cursor is not one this library issued", e);
    }
  }
}
