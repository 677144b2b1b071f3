package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One key attribute of a single-table entity composed from literal text and the entity's own
 * attributes ({@code "ORDER#{placedAt}#{orderId}"} into {@code sk}), and read back from it.
 * Generated schemas build one per template; the processor has checked that every component is
 * stored as S or N and that a component is followed by text starting with a separator (a
 * character other than a letter or digit). A component value may not contain the template's
 * separators, so every composed key reads back into its components, a query by a leading part of
 * the template ({@code begins_with}) matches exactly the items with those leading values, and two
 * templates that the processor found disjoint never produce the same key.
 *
 * <pre>{@code
 * KeyTemplate<Order> SK = KeyTemplate.of("sk", "ORDER#", PLACED_AT, "#", ORDER_ID);
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class KeyTemplate<E> {
  /** The highest code point: a key of this template sorts below prefix + MAX. */
  static final String MAX = "\uDBFF\uDFFF";

  private final String attribute;
  private final Object[] parts;
  private final List<AttributePath<E, ?>> components;
  private final KeyPartText partText;
  /** Per part, for the read check: the component's stored name (null for literal text) and its key width (0: as is). */
  private final String[] names;
  private final int[] widths;
  private final String text;

  private KeyTemplate(String attribute, Object[] parts) {
    this.attribute = attribute;
    this.parts = parts.clone();
    List<AttributePath<E, ?>> found = new ArrayList<>();
    StringBuilder seps = new StringBuilder();
    StringBuilder shown = new StringBuilder();
    for (Object part : this.parts) {
      if (part instanceof AttributePath<?, ?> path) {
        @SuppressWarnings("unchecked")
        AttributePath<E, ?> component = (AttributePath<E, ?>) path;
        found.add(component);
        shown.append('{').append(component.name()).append('}');
      } else {
        String literal = (String) part;
        shown.append(literal);
        literal.chars().filter(c -> !Character.isLetterOrDigit(c) && seps.indexOf(String.valueOf((char) c)) < 0)
            .forEach(c -> seps.append((char) c));
      }
    }
    this.components = List.copyOf(found);
    this.text = shown.toString();
    this.partText = new KeyPartText(attribute, text, seps.toString());
    this.names = new String[this.parts.length];
    this.widths = new int[this.parts.length];
    for (int i = 0; i < this.parts.length; i++) {
      if (this.parts[i] instanceof AttributePath<?, ?> component) {
        names[i] = component.name();
        widths[i] = KeyPartText.width(component.codec());
      }
    }
  }

  /**
   * A template; generated schemas call this.
   *
   * @param attribute the physical key attribute it composes, such as {@code "sk"}
   * @param parts literal {@code String}s and component {@link AttributePath}s, in order
   * @param <E> the entity type
   * @return the template
   */
  public static <E> KeyTemplate<E> of(String attribute, Object... parts) {
    for (Object part : parts) {
      if (!(part instanceof String) && !(part instanceof AttributePath)) {
        throw new IllegalArgumentException("a template part is a String or an AttributePath, not " + part);
      }
    }
    return new KeyTemplate<>(attribute, parts);
  }

  /** @return the physical attribute this template composes */
  public String attribute() {
    return attribute;
  }

  /** @return the component attributes, in template order */
  public List<AttributePath<E, ?>> components() {
    return components;
  }

  /** @return the template with stored attribute names in braces, for messages */
  @Override
  public String toString() {
    return text;
  }

  /**
   * Composes the key from an encoded item.
   *
   * @param item the entity's encoded attributes
   * @param table the table, for messages, or null when the caller names it
   * @return the key text, or null when a component attribute is missing from the item
   * @throws DynamoException when a component value is empty or holds a separator
   */
  public String compose(Map<String, AttributeValue> item, String table) {
    StringBuilder out = new StringBuilder(32);
    for (Object part : parts) {
      if (part instanceof String literal) {
        out.append(literal);
        continue;
      }
      AttributePath<?, ?> component = (AttributePath<?, ?>) part;
      AttributeValue value = item.get(component.name());
      if (value == null) {
        return null;
      }
      out.append(partText.of(component, value, table));
    }
    return out.toString();
  }

  /**
   * Whether an item's own component values compose exactly this key, as a write of the item
   * would: every component present, none holding a separator. Runs on every read, so it
   * compares in place instead of building the key.
   *
   * @param key the stored key text, or null
   * @param item a stored item
   * @return true when the item's components compose {@code key}; false when one is missing or differs
   */
  public boolean composes(String key, Map<String, AttributeValue> item) {
    if (key == null) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < parts.length && at >= 0; i++) {
      at = names[i] == null ? (key.startsWith((String) parts[i], at) ? at + ((String) parts[i]).length() : -1)
          : matched(key, at, i, item.get(names[i]));
    }
    return at == key.length();
  }

  /**
   * Where the text of the component at part {@code i} ends in {@code key} when it starts at
   * {@code at}, or -1: strings and whole numbers (zero-padded) compared in place, anything else
   * (instants) through its key text.
   */
  private int matched(String key, int at, int i, AttributeValue value) {
    String text = value == null ? null : value.s() != null ? value.s() : value.n();
    int width = value == null || value.n() == null ? Math.min(widths[i], 0) : widths[i];
    if (text == null || text.isEmpty() || width < 0 || width > 0 && text.charAt(0) == '-') {
      String composed = value == null ? null : keyText((AttributePath<?, ?>) parts[i], value);
      return composed != null && key.startsWith(composed, at) ? at + composed.length() : -1;
    }
    int end = at + Math.max(width, text.length());
    if (end > key.length()) {
      return -1;
    }
    for (int zeros = end - text.length(); at < zeros; at++) {
      if (key.charAt(at) != '0') {
        return -1;
      }
    }
    return key.startsWith(text, at) && !partText.holdsSeparator(text) ? end : -1;
  }

  /**
   * The first component the item holds whose value is not the one in the key (a component the
   * item lacks is read back from the key, so it cannot differ).
   *
   * @param parsed the key read back by {@link #parse}
   * @param item a stored item
   * @return the component's stored name, or null when every component the item holds is in the key
   */
  public String differing(Map<String, AttributeValue> parsed, Map<String, AttributeValue> item) {
    for (AttributePath<E, ?> component : components) {
      if (!item.containsKey(component.name())) {
        continue;
      }
      AttributeValue inKey = parsed.get(component.name());
      String text = keyText(component, item.get(component.name()));
      if (text == null || !text.equals(inKey.s() != null ? inKey.s() : inKey.n())) {
        return component.name();
      }
    }
    return null;
  }

  /** A component's text in a key from the item's value; null when it is missing or cannot be part of a key. */
  private String keyText(AttributePath<?, ?> component, AttributeValue value) {
    if (value == null) {
      return null;
    }
    try {
      return partText.of(component, value, null);
    } catch (DynamoException e) {
      return null; // only for an item some other program wrote: its value could never have composed a key
    }
  }

  /**
   * The key text up to the component at {@code count}: literals and the first {@code count}
   * component values, ending with the literal that follows the last value given. With every
   * component given it is the whole key.
   *
   * @param values the Java values of the leading components, from {@code offset} on
   * @param offset where this template's values start in {@code values}
   * @param count how many values to use
   * @param table the table, for messages
   * @return the prefix
   * @throws DynamoException when a value is null, empty or holds a separator
   */
  public String prefix(Object[] values, int offset, int count, String table) {
    StringBuilder out = new StringBuilder(32);
    int index = 0;
    for (Object part : parts) {
      if (part instanceof String literal) {
        out.append(literal);
      } else if (index == count) {
        break;
      } else {
        out.append(text(index, values[offset + index], table));
        index++;
      }
    }
    return out.toString();
  }

  /**
   * The literal text that follows a component, up to the next component or the end.
   *
   * @param index the component's position
   * @return the text, empty when the component ends the key
   */
  public String following(int index) {
    int seen = -1;
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof AttributePath) {
        if (seen == index) {
          break;
        }
        seen++;
      } else if (seen == index) {
        out.append((String) part);
      }
    }
    return out.toString();
  }

  /**
   * One component's Java value as it appears in a key.
   *
   * @param index the component's position
   * @param value the Java value
   * @param table the table, for messages
   * @return its text
   * @throws DynamoException when the value is null, empty, of another type or holds a separator
   */
  @SuppressWarnings("unchecked")
  public String text(int index, Object value, String table) {
    AttributePath<E, ?> component = components.get(index);
    AttributeValue encoded;
    try {
      encoded = value == null ? null : ((Codec<Object>) component.codec()).encode(value);
    } catch (ClassCastException e) {
      throw new DynamoException(partText.where(table, component) + ": a " + value.getClass().getSimpleName()
          + " is not a value of it", e);
    }
    if (encoded == null) {
      throw new DynamoException(partText.where(table, component) + ": a key value cannot be null");
    }
    return partText.of(component, encoded, table);
  }

  /** {@link KeyPartText#padFraction}, kept here for the tests of the key text. */
  static String padFraction(String iso) {
    return KeyPartText.padFraction(iso);
  }

  /**
   * Paging a composed key back into its components, as stored attribute values.
   *
   * @param key the key text
   * @return the components by stored name, or null when the text does not fit this template
   */
  public Map<String, AttributeValue> parse(String key) {
    Map<String, AttributeValue> out = new HashMap<>(components.size() * 2);
    int at = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] instanceof String literal) {
        if (!key.startsWith(literal, at)) {
          return null;
        }
        at += literal.length();
        continue;
      }
      int end = i + 1 < parts.length ? key.indexOf(((String) parts[i + 1]).charAt(0), at) : key.length();
      if (end <= at) {
        return null;
      }
      AttributePath<?, ?> component = (AttributePath<?, ?>) parts[i];
      String value = key.substring(at, end);
      out.put(component.name(), component.codec().storedType() == StoredType.N
          ? AttributeValue.fromN(value) : AttributeValue.fromS(value));
      at = end;
    }
    return at == key.length() ? out : null;
  }
}
