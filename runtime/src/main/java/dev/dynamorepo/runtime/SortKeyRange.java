package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort key of the table or index a query reads, handed to the query's lambda: the only way to
 * make its {@link SortCondition}.
 *
 * <pre>{@code
 * orders.query("alice", sk -> sk.between("o-1", "o-5"));
 * events.queryByDay(day, sk -> sk.ge(Instant.parse("2026-01-01T00:00:00Z")));
 * }</pre>
 *
 * @param <E> the entity type
 * @param <V> the sort key's Java type
 */
public class SortKeyRange<E, V> {
  /** The highest code point: every key that starts with a prefix sorts below prefix + MAX. */
  private static final String MAX = "\uDBFF\uDFFF";

  private final String name;
  private final Codec<V> codec;
  /** For one component of a composed sort key: its template, position and the key text before it; else null. */
  private final KeyTemplate<E> template;
  private final int component;
  private final String prefix;
  private final String table;

  SortKeyRange(String name, Codec<V> codec) {
    this(name, codec, null, 0, null, null);
  }

  SortKeyRange(String name, Codec<V> codec, KeyTemplate<E> template, int component, String prefix, String table) {
    this.name = name;
    this.codec = codec;
    this.template = template;
    this.component = component;
    this.prefix = prefix;
    this.table = table;
  }

  /**
   * One component of a single-table entity's composed sort key, compared through the key text:
   * {@code eq} reads the items with that value, the ranges the items whose value sorts in range
   * as text (exact for values of one width, such as ISO instants of one precision).
   */
  @SuppressWarnings("unchecked")
  static <E> SortKeyRange<E, ?> composed(String name, KeyTemplate<E> template, int component, String prefix, String table) {
    AttributePath<E, ?> c = template.components().get(component);
    boolean text = c instanceof StringKeyAttribute || c instanceof StringAttribute;
    return text ? new Text<>(name, (Codec<String>) c.codec(), template, component, prefix, table)
        : new SortKeyRange<>(name, c.codec(), template, component, prefix, table);
  }

  /** @return the stored name of the sort key */
  public String name() {
    return name;
  }

  /** @param value the value @return {@code sk = value} */
  public SortCondition<E> eq(V value) {
    return compare("=", value);
  }

  /** @param value the value @return {@code sk < value} */
  public SortCondition<E> lt(V value) {
    return compare("<", value);
  }

  /** @param value the value @return {@code sk <= value} */
  public SortCondition<E> le(V value) {
    return compare("<=", value);
  }

  /** @param value the value @return {@code sk > value} */
  public SortCondition<E> gt(V value) {
    return compare(">", value);
  }

  /** @param value the value @return {@code sk >= value} */
  public SortCondition<E> ge(V value) {
    return compare(">=", value);
  }

  /**
   * The sort key lies between two values, both included.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return {@code sk BETWEEN low AND high}
   */
  public SortCondition<E> between(V low, V high) {
    if (template != null) {
      return range(prefix + template.text(component, low, table), upTo(high));
    }
    AttributeValue lo = encode(low);
    AttributeValue hi = encode(high);
    return new SortCondition<>(name, ctx -> ctx.name(name) + " BETWEEN " + ctx.value(lo) + " AND " + ctx.value(hi));
  }

  SortCondition<E> beginsWithValue(AttributeValue prefix) {
    return new SortCondition<>(name, ctx -> "begins_with(" + ctx.name(name) + ", " + ctx.value(prefix) + ")");
  }

  AttributeValue encode(V value) {
    AttributeValue encoded = value == null ? null : codec.encode(value);
    if (encoded == null) {
      throw new DynamoException("sort key '" + name + "': a null value cannot be compared");
    }
    return encoded;
  }

  private SortCondition<E> compare(String operator, V value) {
    if (template != null) {
      return composedCompare(operator, value);
    }
    AttributeValue encoded = encode(value);
    return new SortCondition<>(name, ctx -> ctx.name(name) + " " + operator + " " + ctx.value(encoded));
  }

  private SortCondition<E> composedCompare(String operator, V value) {
    String v = prefix + template.text(component, value, table);
    String next = template.following(component);
    switch (operator) {
      case "=":
        return next.isEmpty() ? new SortCondition<>(name, ctx -> ctx.name(name) + " = " + ctx.value(AttributeValue.fromS(v)))
            : beginsWithValue(AttributeValue.fromS(v + next));
      case ">=":
        return range(v, prefix + MAX);
      case ">":
        return range(next.isEmpty() ? v + "\u0000" : v + next.charAt(0) + MAX, prefix + MAX);
      case "<":
        return range(prefix, next.isEmpty() ? before(v) : v);
      default:
        return range(prefix, upTo(value));
    }
  }

  /** The highest key text whose component is at most {@code value}. */
  private String upTo(V value) {
    String v = prefix + template.text(component, value, table);
    String next = template.following(component);
    return next.isEmpty() ? v : v + next.charAt(0) + MAX;
  }

  /** The highest text below {@code s} that matters here: its last character lowered, then MAX. */
  private static String before(String s) {
    char last = s.charAt(s.length() - 1);
    return s.substring(0, s.length() - 1) + (last == 0 ? "" : String.valueOf((char) (last - 1)) + MAX);
  }

  private SortCondition<E> range(String low, String high) {
    AttributeValue lo = AttributeValue.fromS(low);
    AttributeValue hi = AttributeValue.fromS(high);
    return new SortCondition<>(name, ctx -> ctx.name(name) + " BETWEEN " + ctx.value(lo) + " AND " + ctx.value(hi));
  }

  /**
   * A string sort key: adds {@code beginsWith}, the sort condition queries use most.
   *
   * @param <E> the entity type
   */
  public static final class Text<E> extends SortKeyRange<E, String> {
    private final String keyPrefix;

    Text(String name, Codec<String> codec) {
      super(name, codec);
      this.keyPrefix = null;
    }

    Text(String name, Codec<String> codec, KeyTemplate<E> template, int component, String prefix, String table) {
      super(name, codec, template, component, prefix, table);
      this.keyPrefix = prefix;
    }

    /** @param prefix the prefix @return {@code begins_with(sk, prefix)} */
    public SortCondition<E> beginsWith(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      return beginsWithValue(keyPrefix == null ? encode(prefix) : AttributeValue.fromS(keyPrefix + prefix));
    }
  }
}
