package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.InconsistentItemException;
import dev.dynamorepo.runtime.internal.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  /** The templates as an array, for the check every read runs (no iterator). */
  private final KeyTemplate<E>[] composed;
  private final KeyTemplate<E> partition;
  private final KeyTemplate<E> sort;
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
    @SuppressWarnings("unchecked")
    KeyTemplate<E>[] array = this.templates.toArray(new KeyTemplate[0]);
    this.composed = array;
    this.partition = template(partitionKey);
    this.sort = sortKey == null ? null : template(sortKey);
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

  /**
   * The stored names of every non-key attribute: the declared ones in order, then the composed
   * template attributes, then the type when this is one entity of a design.
   */
  List<String> valueNames(List<? extends AttributePath<?, ?>> attributes) {
    List<String> values = new ArrayList<>();
    for (AttributePath<?, ?> a : attributes) {
      if (!isKey(a.name())) {
        values.add(a.name());
      }
    }
    for (KeyTemplate<E> t : templates) {
      if (!isKey(t.attribute())) {
        values.add(t.attribute());
      }
    }
    if (typeValue != null) {
      values.add(discriminator);
    }
    return List.copyOf(values);
  }

  private boolean isKey(String name) {
    return name.equals(partitionKey) || name.equals(sortKey);
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
   * type, so only a read by key gets here with one), or when its template attributes do not
   * compose its own keys (table and index keys), so that an entity read never names another item;
   * with any missing template part read back from the composed keys (a raw item holding only its
   * keys).
   */
  Map<String, AttributeValue> readable(Map<String, AttributeValue> item, String table, String entity) {
    AttributeValue type = item.get(discriminator);
    if (type == null || !typeValue.equals(type.s())) {
      throw new DynamoException("table '" + table + "': the item " + describeKey(item)
          + (type == null ? " has no '" + discriminator + "' attribute" : " is of type '" + type.s() + "'")
          + ", so it is not read as " + entity + " ('" + typeValue + "')");
    }
    // The usual item composes every key it holds: compared in place, nothing allocated (this runs on every read).
    for (KeyTemplate<E> t : composed) {
      AttributeValue key = item.get(t.attribute());
      if (key != null && !t.composes(key.s(), item)) {
        return checkedReadBack(item, table);
      }
    }
    return item;
  }

  /** Some key is not composed by the item's attributes: the parts it lacks come from the key, the others must be in it. */
  private Map<String, AttributeValue> checkedReadBack(Map<String, AttributeValue> item, String table) {
    Map<String, AttributeValue> out = item;
    for (KeyTemplate<E> t : templates) {
      AttributeValue key = item.get(t.attribute());
      if (key == null) {
        continue; // a sparse index's key, absent
      }
      Map<String, AttributeValue> parsed = key.s() == null ? null : t.parse(key.s());
      if (parsed == null) {
        throw inconsistent(item, table, "its " + role(t) + " does not have the form " + t);
      }
      String differing = t.differing(parsed, item);
      if (differing != null) {
        throw inconsistent(item, table, "its " + differing + " does not compose its " + role(t) + " " + t);
      }
      if (!item.keySet().containsAll(parsed.keySet())) {
        out = out == item ? new HashMap<>(item) : out;
        parsed.forEach(out::putIfAbsent);
      }
    }
    return out;
  }

  private String role(KeyTemplate<E> t) {
    return t == partition ? "partition key" : t == sort ? "sort key" : "index key " + t.attribute();
  }

  private InconsistentItemException inconsistent(Map<String, AttributeValue> item, String table, String what) {
    return new InconsistentItemException("table '" + table + "': the item " + describeKey(item) + " is not a consistent "
        + typeValue + ": " + what + " (written by another program?)");
  }

  /**
   * The item's table key attributes for a message, {@code {pk=.., sk=..}} (of a projected item only
   * those it holds): key values name the item.
   */
  String describeKey(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    for (String name : sortKey == null ? new String[] {partitionKey} : new String[] {partitionKey, sortKey}) {
      if (item.get(name) != null) {
        key.put(name, item.get(name));
      }
    }
    return Keys.describe(key);
  }
}
