package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an {@link EntitySchema} of a single-table design adds to the generated mapping: the
 * discriminator and type, and the key templates: composed into the item on write, checked and
 * read back on read. A schema of a table of its own holds an empty one.
 *
 * @param <E> the entity type
 */
final class SingleTableParts<E> {
  private final String discriminator;
  private final String typeValue;
  private final List<String> knownTypes;
  private final List<KeyTemplate<E>> templates;
  private final KeyTemplate<E> partition;
  private final KeyTemplate<E> sort;
  /** The stored names of the table key templates' parts, which every read of an item checks. */
  private final String[] keyParts;
  private final String partitionKey;
  private final String sortKey;

  SingleTableParts(String discriminator, String typeValue, List<String> knownTypes, List<KeyTemplate<E>> templates,
      String partitionKey, String sortKey) {
    this.discriminator = discriminator;
    this.typeValue = typeValue;
    this.partitionKey = partitionKey;
    this.sortKey = sortKey;
    this.knownTypes = List.copyOf(knownTypes);
    this.templates = List.copyOf(templates);
    this.partition = template(partitionKey);
    this.sort = sortKey == null ? null : template(sortKey);
    List<String> parts = new ArrayList<>();
    for (KeyTemplate<E> t : tableKeys()) {
      t.components().forEach(c -> parts.add(c.name()));
    }
    this.keyParts = parts.toArray(new String[0]);
  }

  private List<KeyTemplate<E>> tableKeys() {
    List<KeyTemplate<E>> out = new ArrayList<>(2);
    if (partition != null) {
      out.add(partition);
    }
    if (sort != null) {
      out.add(sort);
    }
    return out;
  }

  String discriminator() {
    return discriminator;
  }

  String typeValue() {
    return typeValue;
  }

  List<String> knownTypes() {
    return knownTypes;
  }

  List<KeyTemplate<E>> templates() {
    return templates;
  }

  /** @return true for an entity type of a design (it has templates and a type) */
  boolean entity() {
    return partition != null;
  }

  KeyTemplate<E> template(String attribute) {
    for (KeyTemplate<E> t : templates) {
      if (t.attribute().equals(attribute)) {
        return t;
      }
    }
    return null;
  }

  /** The table key texts, partition then sort (null without a sort template), from the templates' values. */
  String[] keys(Object[] values, String table, String entity) {
    if (partition == null) {
      throw new DynamoException("table '" + table + "': " + entity + " has no key templates");
    }
    int split = partition.components().size();
    return new String[] {partition.prefix(values, 0, split, table),
        sort == null ? null : sort.prefix(values, split, sort.components().size(), table)};
  }

  /** Adds the composed keys and the type; an index key with a null part leaves the item out of that index. */
  void compose(Map<String, AttributeValue> item, List<EntitySchema.IndexSpec<E>> indexes, String entity) {
    List<KeyTemplate<E>> sparse = null;
    for (KeyTemplate<E> t : templates) {
      String key = t.compose(item, null);
      if (key != null) {
        item.put(t.attribute(), AttributeValue.fromS(key));
      } else if (t == partition || t == sort) {
        throw new DynamoException(entity + ": an attribute of the key template \"" + t + "\" (" + t.attribute()
            + ") is null; every attribute of the table's key must have a value");
      } else {
        sparse = sparse == null ? new ArrayList<>() : sparse;
        sparse.add(t);
      }
    }
    if (sparse != null) {
      for (EntitySchema.IndexSpec<E> index : indexes) {
        List<String> keys = new ArrayList<>();
        index.partitionKeys().forEach(k -> keys.add(k.name()));
        index.sortKeys().forEach(k -> keys.add(k.name()));
        if (sparse.stream().anyMatch(t -> keys.contains(t.attribute()))) {
          keys.forEach(item::remove);
        }
      }
    }
    item.put(discriminator, AttributeValue.fromS(typeValue));
  }

  /**
   * The item to decode: refused when it holds another type or none (entity reads filter on the
   * type, so only a read by key gets here with one), and with any missing template part read back
   * from the composed keys (a raw item holding only its keys).
   */
  Map<String, AttributeValue> readable(Map<String, AttributeValue> item, String table, String entity) {
    AttributeValue type = item.get(discriminator);
    if (type == null || !typeValue.equals(type.s())) {
      Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
      key.put(partitionKey, item.get(partitionKey));
      if (sortKey != null) {
        key.put(sortKey, item.get(sortKey));
      }
      throw new DynamoException("table '" + table + "': the item " + dev.dynamorepo.runtime.internal.Keys.describe(key)
          + (type == null ? " has no '" + discriminator + "' attribute" : " is of type '" + type.s() + "'")
          + ", so it is not read as " + entity + " ('" + typeValue + "')");
    }
    // The usual item holds every part: one lookup each, no iterator (this runs on every read).
    for (String part : keyParts) {
      if (!item.containsKey(part)) {
        return readBack(item);
      }
    }
    return item;
  }

  private Map<String, AttributeValue> readBack(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = item;
    for (KeyTemplate<E> t : tableKeys()) {
      AttributeValue key = item.get(t.attribute());
      boolean missing = t.components().stream().map(AttributePath::name).anyMatch(n -> !item.containsKey(n));
      Map<String, AttributeValue> parsed = missing && key != null && key.s() != null ? t.parse(key.s()) : null;
      if (parsed != null) {
        out = out == item ? new HashMap<>(item) : out;
        parsed.forEach(out::putIfAbsent);
      }
    }
    return out;
  }
}
