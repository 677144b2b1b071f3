package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.AttributePath;
import dev.dynamorepo.runtime.DynamoException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The check and form of one component value in a {@link KeyTemplate}'s key: its text, padded so
 * that keys sort as the values do, refused when it could not be read back out of the key (empty,
 * holding a separator) or cannot sort as text (negative numbers, instants outside four-digit years).
 */
final class KeyPartText {
  /** Integral key parts are written at their type's full width, so that 2 sorts before 10. */
  private static final Map<Codec<?>, Integer> WIDTHS =
      Map.of(Codecs.BYTE, 3, Codecs.SHORT, 5, Codecs.INTEGER, 10, Codecs.LONG, 19);

  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private static final DateTimeFormatter INSTANT_KEY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final String attribute;
  private final String template;
  private final String separators;

  /** The checks of one template: the attribute it composes and its text, for messages, and its separators. */
  KeyPartText(String attribute, String template, String separators) {
    this.attribute = attribute;
    this.template = template;
    this.separators = separators;
  }

  /**
   * A component's key width for the in-place read check: -1 for an instant, padded by its own rule
   * and so compared through its full key text, the zero-padded width of an integral type, 0 for text
   * as it is.
   */
  static int width(Codec<?> codec) {
    return codec == Codecs.INSTANT ? -1 : WIDTHS.getOrDefault(codec, 0);
  }

  /** One (vectorized) indexOf per separator, usually one or two, rather than a test per character. */
  boolean holdsSeparator(String text) {
    for (int i = 0; i < separators.length(); i++) {
      if (text.indexOf(separators.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A component's stored value as its text in a key: strings as they are, integral numbers
   * zero-padded to their type's width, instants with nine fraction digits.
   *
   * @throws DynamoException when the value is no string or number, is empty, is a negative number,
   *     is an instant outside the years 0000 to 9999, or holds one of the template's separators
   */
  String of(AttributePath<?, ?> component, AttributeValue value, String table) {
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
      Instant instant = Instant.parse(iso);
      if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
        throw new DynamoException(where(table, component) + ": the instant " + iso + " is outside the years 0000 to 9999,"
            + " whose keys sort as text in time order");
      }
      return INSTANT_KEY.format(instant);
    } catch (DateTimeException e) {
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

  private String padded(String digits, int width, AttributePath<?, ?> component, String table) {
    if (digits.startsWith("-")) {
      throw new DynamoException(where(table, component) + ": the negative number " + digits
          + " cannot be part of a key, where numbers are written as zero-padded text to sort in order");
    }
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  /** The start of a message about a component: the table when known, the attribute, the template. */
  String where(String table, AttributePath<?, ?> component) {
    return (table == null ? "" : "table '" + table + "': ") + "attribute '" + component.name() + "' of key template \""
        + template + "\" (" + attribute + ")";
  }
}
