package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.util.List;
import java.util.Map;
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
    int size = mapSize(table, "", item);
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
    return valueSize(table, path, value);
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
    int size = value.s() != null ? utf8(value.s()) : value.b() != null ? value.b().asByteArrayUnsafe().length : value.n().length();
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

  private static int mapSize(String table, String prefix, Map<String, AttributeValue> map) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getKey().isEmpty()) {
        throw new DynamoException("table '" + table + "', attribute '" + prefix
            + "': a map key is empty; DynamoDB refuses empty attribute names");
      }
      size += utf8(e.getKey()) + valueSize(table, path, e.getValue());
    }
    return size;
  }

  private static int valueSize(String table, String path, AttributeValue v) {
    if (v.s() != null) {
      return utf8(v.s());
    }
    if (v.n() != null) {
      return numberSize(table, path, v.n());
    }
    if (v.b() != null) {
      return v.b().asByteArrayUnsafe().length;
    }
    if (v.hasSs()) {
      return v.ss().stream().mapToInt(ItemChecks::utf8).sum();
    }
    if (v.hasNs()) {
      return v.ns().stream().mapToInt(n -> numberSize(table, path, n)).sum();
    }
    if (v.hasBs()) {
      return v.bs().stream().mapToInt(b -> b.asByteArrayUnsafe().length).sum();
    }
    if (v.hasL()) {
      return listSize(table, path, v.l());
    }
    if (v.hasM()) {
      return 3 + v.m().size() + mapSize(table, path, v.m());
    }
    return 1; // BOOL and NUL
  }

  private static int listSize(String table, String path, List<AttributeValue> list) {
    int size = 3 + list.size();
    for (int i = 0; i < list.size(); i++) {
      size += valueSize(table, path + "[" + i + "]", list.get(i));
    }
    return size;
  }

  private static int numberSize(String table, String path, String n) {
    Numbers.check(n, "table '" + table + "', attribute '" + path + "'");
    return (n.length() + 1) / 2 + 1;
  }

  /** UTF-8 length without encoding (no allocation on the write path). */
  private static int utf8(String s) {
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
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
