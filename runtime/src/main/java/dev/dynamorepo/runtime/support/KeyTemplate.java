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
  private final String separators;
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
    this.separators = seps.toString();
    this.names = new String[this.parts.length];
    this.widths = new int[this.parts.length];
    for (int i = 0; i < this.parts.length; i++) {
      if (this.parts[i] instanceof AttributePath<?, ?> component) {
        names[i] = component.name();
        // an instant is padded by its own rule: -1 sends it to the full key text
        widths[i] = component.codec() == Codecs.INSTANT ? -1 : WIDTHS.getOrDefault(component.codec(), 0);
      }
    }
    this.text = shown.toString();
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
      out.append(checked(component, value, table));
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
    return key.startsWith(text, at) && !holdsSeparator(text) ? end : -1;
  }

  /** One (vectorized) indexOf per separator, usually one or two, rather than a test per character. */
  private boolean holdsSeparator(String text) {
    for (int i = 0; i < separators.length(); i++) {
      if (text.indexOf(separators.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
      return checked(component, value, null);
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
      throw new DynamoException(where(table, component) + ": a " + value.getClass().getSimpleName() + " is not a value of it", e);
    }
    if (encoded == null) {
      throw new DynamoException(where(table, component) + ": a key value cannot be null");
    }
    return checked(component, encoded, table);
  }

  private String checked(AttributePath<?, ?> component, AttributeValue value, String table) {
    String s = value.s() != null ? value.s() : value.n();
    if (s != null && component.codec() == Codecs.INSTANT) {
      s = sortable(s, component, table);
    } else if (value.n() != null && WIDTHS.containsKey(component.codec())) {
      s = padded(s, WIDTHS.get(component.codec()), component, table);
    }
    if (s == null) {
      throw new DynamoException(where(table, component) + ": only strings and numbers can be part of a key, not " + value.type());
    }
    if (s.isEmpty()) {
      throw new DynamoException(where(table, component) + ": a key value cannot be empty");
    }
    for (int i = 0; i < s.length(); i++) {
      if (separators.indexOf(s.charAt(i)) >= 0) {
        throw new DynamoException(where(table, component) + ": the value \"" + s + "\" contains '" + s.charAt(i)
            + "', which the template separates its parts with; a key made from it could not be read back");
      }
    }
    return s;
  }

  /**
   * An instant as a key part: always nine fraction digits, so that keys sort as the instants do
   * ({@code Instant.toString()} drops zero fractions, and "10:00:00Z" sorts after "10:00:00.5Z").
   * Reading back parses either form.
   */
  private String sortable(String iso, AttributePath<?, ?> component, String table) {
    String padded = padFraction(iso);
    if (padded != null) {
      return padded;
    }
    try {
      java.time.Instant instant = java.time.Instant.parse(iso);
      if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
        throw new DynamoException(where(table, component) + ": the instant " + iso + " is outside the years 0000 to 9999,"
            + " whose keys sort as text in time order");
      }
      return INSTANT_KEY.format(instant);
    } catch (java.time.DateTimeException e) {
      throw new DynamoException(where(table, component) + ": \"" + iso + "\" is not an ISO-8601 instant", e);
    }
  }

  /**
   * The form {@code Instant.toString()} writes for the years 0000 to 9999
   * ({@code 2026-03-02T09:30:00Z}, {@code ...:00.5Z}) with its fraction padded to nine digits,
   * without parsing or formatting (every read of an item checks its keys with it); null for any
   * other text, which the full parse then handles.
   */
  static String padFraction(String iso) {
    int n = iso.length();
    if (n < 20 || n > 30 || n == 21 || iso.charAt(n - 1) != 'Z' || (n > 20 && iso.charAt(19) != '.')) {
      return null;
    }
    for (int i = 0; i < n - 1; i++) {
      char c = iso.charAt(i);
      char expected = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : i == 13 || i == 16 ? ':' : i == 19 ? '.' : '0';
      if (expected == '0' ? c < '0' || c > '9' : c != expected) {
        return null;
      }
    }
    StringBuilder out = new StringBuilder(30).append(iso, 0, 19).append('.');
    if (n > 20) {
      out.append(iso, 20, n - 1);
    }
    for (int digits = Math.max(0, n - 21); digits < 9; digits++) {
      out.append('0');
    }
    return out.append('Z').toString();
  }

  /** Integral key parts are written at their type's full width, so that 2 sorts before 10. */
  private static final Map<Codec<?>, Integer> WIDTHS =
      Map.of(Codecs.BYTE, 3, Codecs.SHORT, 5, Codecs.INTEGER, 10, Codecs.LONG, 19);

  private String padded(String digits, int width, AttributePath<?, ?> component, String table) {
    if (digits.startsWith("-")) {
      throw new DynamoException(where(table, component) + ": the negative number " + digits
          + " cannot be part of a key, where numbers are written as zero-padded text to sort in order");
    }
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static final java.time.Instant FIRST = java.time.Instant.parse("0000-01-01T00:00:00Z");
  private static final java.time.Instant LAST = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final java.time.format.DateTimeFormatter INSTANT_KEY =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private String where(String table, AttributePath<?, ?> component) {
    return (table == null ? "" : "table '" + table + "': ") + "attribute '" + component.name() + "' of key template \"" + text + "\" (" + attribute + ")";
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
