package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks made on an item before it is sent, so that bad input is refused with nothing written:
 * DynamoDB's 400 KB item limit, its number limits, empty map keys, key values. moto accepts
 * several of these (MOTO.md), so the library cannot leave them to the server.
 */
public final class ItemChecks {
  /** DynamoDB's item size limit: 400 KB, attribute names and values together. */
  public static final int MAX_ITEM_BYTES = 400 * 1024;
  /** DynamoDB's limit on a partition key value, in bytes. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;
  /** DynamoDB's limit on a sort key value, in bytes. */
  public static final int MAX_SORT_KEY_BYTES = 1024;
  /** DynamoDB's limit on nested documents: maps and lists up to 32 levels deep. */
  public static final int MAX_DEPTH = 32;

  private ItemChecks() {}

  /**
   * Checks a whole item and returns its size as DynamoDB counts it.
   *
   * @param table the table, for messages
   * @param item the item
   * @return the size in bytes
   * @throws DynamoException when the item is over 400 KB or holds a value DynamoDB refuses
   */
  public static int checkItem(String table, Map<String, AttributeValue> item) {
    int size = mapSize("table '" + table + "'", "", item, 0);
    if (size > MAX_ITEM_BYTES) {
      throw new DynamoException("table '" + table + "': the item is " + size
          + " bytes, over DynamoDB's item size limit of 400 KB (" + MAX_ITEM_BYTES + " bytes)");
    }
    return size;
  }

  /**
   * Checks one value and returns its size.
   *
   * @param table the table, for messages
   * @param path the attribute's path, for messages
   * @param value the value
   * @return the size in bytes
   */
  public static int checkValue(String table, String path, AttributeValue value) {
    return valueSize("table '" + table + "'", path, value, 0);
  }

  /**
   * Checks a condition operand, before any table is known.
   *
   * @param path the attribute's path, for messages
   * @param value the encoded operand
   * @throws DynamoException when DynamoDB would refuse the value
   */
  public static void checkOperand(String path, AttributeValue value) {
    valueSize("condition", path, value, 0);
  }

  /**
   * Checks a key value: present, not empty, within DynamoDB's key size limit.
   *
   * @param table the table, for messages
   * @param attribute the key attribute's name
   * @param value the encoded value, possibly null
   * @param limit the size limit in bytes
   * @return the value
   */
  public static AttributeValue checkKey(String table, String attribute, AttributeValue value, int limit) {
    String where = "table '" + table + "', key attribute '" + attribute + "'";
    if (value == null) {
      throw new DynamoException(where + ": the key value is null; every key attribute needs a value");
    }
    int size = value.s() != null ? utf8(where, value.s()) : value.b() != null ? value.b().asByteArrayUnsafe().length : value.n().length();
    if (size == 0) {
      throw new DynamoException(where + ": the key value is empty; DynamoDB refuses empty string and binary keys");
    }
    if (size > limit) {
      throw new DynamoException(where + ": the key value is " + size + " bytes, over DynamoDB's limit of " + limit + " bytes");
    }
    if (value.n() != null) {
      Numbers.check(value.n(), where);
    }
    return value;
  }

  private static int mapSize(String where, String prefix, Map<String, AttributeValue> map, int depth) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      String key = e.getKey();
      if (key == null || key.isEmpty()) {
        throw new DynamoException(where + ", attribute '" + prefix + "': a map key is " + (key == null ? "null" : "empty")
            + "; DynamoDB refuses " + (key == null ? "null" : "empty") + " attribute names");
      }
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      size += utf8(where + ", attribute '" + path + "'", key) + valueSize(where, path, e.getValue(), depth);
    }
    return size;
  }

  private static int valueSize(String where, String path, AttributeValue v, int depth) {
    String at = where + ", attribute '" + path + "'";
    if (v == null) {
      throw new DynamoException(at + ": the value is null");
    }
    if (v.s() != null) {
      return utf8(at, v.s());
    }
    if (v.n() != null) {
      return numberSize(at, v.n());
    }
    if (v.b() != null) {
      return v.b().asByteArrayUnsafe().length;
    }
    if (v.hasSs() || v.hasNs() || v.hasBs()) {
      return setSize(at, v);
    }
    if (v.hasL() || v.hasM()) {
      if (depth >= MAX_DEPTH) {
        throw new DynamoException(at + ": nested more than " + MAX_DEPTH + " levels deep; DynamoDB refuses deeper documents");
      }
      return v.hasL() ? listSize(where, path, v.l(), depth + 1) : 3 + v.m().size() + mapSize(where, path, v.m(), depth + 1);
    }
    return 1; // BOOL and NUL
  }

  /** Sets must not hold two elements DynamoDB sees as equal: {@code 1.0} and {@code 1.00}, equal bytes. */
  private static int setSize(String at, AttributeValue v) {
    int size = 0;
    Set<Object> seen = new HashSet<>();
    List<?> elements = v.hasSs() ? v.ss() : v.hasNs() ? v.ns() : v.bs();
    for (Object element : elements) {
      Object same;
      if (element instanceof String s && v.hasSs()) {
        size += utf8(at, s);
        same = s;
      } else if (element instanceof String n) {
        size += numberSize(at, n);
        same = Numbers.normalized(n);
      } else {
        byte[] bytes = ((SdkBytes) element).asByteArrayUnsafe();
        size += bytes.length;
        same = ByteBuffer.wrap(bytes);
      }
      if (!seen.add(same)) {
        throw new DynamoException(at + ": the set holds " + element + (v.hasBs() ? " (bytes)" : "")
            + " twice as DynamoDB compares them; DynamoDB refuses duplicate set elements");
      }
    }
    return size;
  }

  private static int listSize(String where, String path, List<AttributeValue> list, int depth) {
    int size = 3 + list.size();
    for (int i = 0; i < list.size(); i++) {
      size += valueSize(where, path + "[" + i + "]", list.get(i), depth);
    }
    return size;
  }

  private static int numberSize(String at, String n) {
    Numbers.check(n, at);
    return (n.length() + 1) / 2 + 1;
  }

  /** UTF-8 length without encoding (no allocation on the write path); refuses unpaired surrogates. */
  private static int utf8(String at, String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new DynamoException(at + ": the text has an unpaired surrogate (\\u" + Integer.toHexString(c)
            + " at index " + i + "), which is not valid UTF-8; DynamoDB refuses it");
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
