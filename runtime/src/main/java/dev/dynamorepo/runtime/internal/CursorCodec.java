package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Seals page cursors: each is bound to its table, index and query (key condition, filter,
 * direction) and carries an HMAC-SHA256 under the connection's key, so a truncated, edited or
 * foreign cursor is refused before any request is sent. Optionally the cursor is encrypted
 * (AES-GCM, the binding as associated data), so that it does not reveal the last key's values.
 */
public final class CursorCodec {
  private static final int MAC_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] macKey;
  private final SecretKeySpec cipherKey;
  private final boolean encrypt;

  /**
   * A codec.
   *
   * @param secret at least 16 bytes; servers that share it accept each other's cursors
   * @param encrypt whether cursors are encrypted as well as signed
   */
  public CursorCodec(byte[] secret, boolean encrypt) {
    if (secret == null || secret.length < 16) {
      throw new DynamoException("cursor key: at least 16 bytes are needed, got " + (secret == null ? "none" : secret.length));
    }
    this.macKey = derive(secret, "dynamo-repo cursor mac");
    this.cipherKey = new SecretKeySpec(Arrays.copyOf(derive(secret, "dynamo-repo cursor cipher"), 16), "AES");
    this.encrypt = encrypt;
  }

  /** @return a codec with a random key: cursors are valid for this connection only */
  public static CursorCodec random() {
    return random(false);
  }

  /**
   * A codec with a random key.
   *
   * @param encrypt whether cursors are encrypted as well as signed
   * @return the codec; its cursors are valid for this connection only
   */
  public static CursorCodec random(boolean encrypt) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new CursorCodec(secret, encrypt);
  }

  /**
   * Seals a {@code LastEvaluatedKey}.
   *
   * @param binding the table, index and query the cursor belongs to
   * @param lastEvaluatedKey the key, or null at the end
   * @return the cursor, or null
   */
  public String encode(String binding, Map<String, AttributeValue> lastEvaluatedKey) {
    String plain = Cursors.encode(lastEvaluatedKey);
    if (plain == null) {
      return null;
    }
    byte[] payload = plain.getBytes(StandardCharsets.UTF_8);
    byte[] aad = binding.getBytes(StandardCharsets.UTF_8);
    if (encrypt) {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, aad, payload);
      return "e" + b64(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }
    return "s" + b64(payload) + "." + b64(mac(aad, payload));
  }

  /**
   * Opens a cursor, refusing any that this codec did not seal for {@code binding}.
   *
   * @param table the table, for the message
   * @param binding the table, index and query being read
   * @param cursor the cursor from a previous page
   * @return the {@code ExclusiveStartKey}
   * @throws DynamoException when the cursor is truncated, edited, foreign or from another query
   */
  public Map<String, AttributeValue> decode(String table, String binding, String cursor) {
    try {
      byte[] aad = binding.getBytes(StandardCharsets.UTF_8);
      byte[] payload;
      if (cursor.startsWith("e") && encrypt) {
        byte[] all = Base64.getUrlDecoder().decode(cursor.substring(1));
        payload = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), aad, Arrays.copyOfRange(all, NONCE_BYTES, all.length));
      } else if (cursor.startsWith("s") && !encrypt) {
        int dot = cursor.indexOf('.');
        payload = Base64.getUrlDecoder().decode(cursor.substring(1, dot));
        byte[] mac = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
        if (!MessageDigest.isEqual(mac, mac(aad, payload))) {
          throw new IllegalArgumentException("signature");
        }
      } else {
        throw new IllegalArgumentException("kind");
      }
      return Cursors.decode(table, new String(payload, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new DynamoException("table '" + table + "': the cursor is not one this DynamoDb issued for this query"
          + " (truncated, edited, from another table, index or query, or sealed with another cursor key); start again"
          + " from the first page", e);
    }
  }

  private byte[] mac(byte[] aad, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
      mac.update(aad);
      mac.update((byte) 0);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private byte[] cipher(int mode, byte[] nonce, byte[] aad, byte[] input) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(mode, cipherKey, new GCMParameterSpec(128, nonce));
      c.updateAAD(aad);
      return c.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the cursor does not open", e);
    }
  }

  private static byte[] derive(byte[] secret, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
