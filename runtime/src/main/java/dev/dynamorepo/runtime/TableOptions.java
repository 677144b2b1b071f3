package dev.dynamorepo.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How {@code createTable} makes a table: billing mode (on-demand, or provisioned capacity for the
 * table and each global index) and tags. Immutable; each method returns a new value.
 *
 * <pre>{@code
 * orders.createTable(TableOptions.provisioned(10, 5).index("byStatus", 5, 5).tag("team", "orders"));
 * orders.createTable(TableOptions.onDemand().tag("env", "dev"));
 * }</pre>
 */
public final class TableOptions {
  private static final TableOptions ON_DEMAND = new TableOptions(0, 0, Map.of(), Map.of());
  private final long read;
  private final long write;
  private final Map<String, long[]> indexes;
  private final Map<String, String> tags;

  private TableOptions(long read, long write, Map<String, long[]> indexes, Map<String, String> tags) {
    this.read = read;
    this.write = write;
    this.indexes = indexes;
    this.tags = tags;
  }

  /** @return on-demand billing (PAY_PER_REQUEST), the default */
  public static TableOptions onDemand() {
    return ON_DEMAND;
  }

  /**
   * Provisioned capacity; global indexes get the same unless set with {@link #index}.
   *
   * @param readCapacity read capacity units, at least 1
   * @param writeCapacity write capacity units, at least 1
   * @return the options
   */
  public static TableOptions provisioned(long readCapacity, long writeCapacity) {
    check("the table", readCapacity, writeCapacity);
    return new TableOptions(readCapacity, writeCapacity, Map.of(), Map.of());
  }

  /**
   * The capacity of one global index of a provisioned table.
   *
   * @param index the index name
   * @param readCapacity read capacity units, at least 1
   * @param writeCapacity write capacity units, at least 1
   * @return the new options
   */
  public TableOptions index(String index, long readCapacity, long writeCapacity) {
    if (!provisioned()) {
      throw new DynamoException("table options: index capacities need provisioned billing; start from TableOptions.provisioned(r, w)");
    }
    check("index '" + index + "'", readCapacity, writeCapacity);
    Map<String, long[]> copy = new LinkedHashMap<>(indexes);
    copy.put(Objects.requireNonNull(index, "index"), new long[] {readCapacity, writeCapacity});
    return new TableOptions(read, write, Collections.unmodifiableMap(copy), tags);
  }

  /**
   * A tag on the table.
   *
   * @param key the tag key
   * @param value the tag value
   * @return the new options
   */
  public TableOptions tag(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(tags);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new TableOptions(read, write, indexes, Collections.unmodifiableMap(copy));
  }

  /** @return whether capacity is provisioned (else on-demand) */
  public boolean provisioned() {
    return read > 0;
  }

  /** @return the table's read capacity, 0 when on-demand */
  public long readCapacity() {
    return read;
  }

  /** @return the table's write capacity, 0 when on-demand */
  public long writeCapacity() {
    return write;
  }

  /**
   * The capacity of a global index.
   *
   * @param index the index name
   * @return {read, write}: the index's own, or the table's
   */
  public long[] indexCapacity(String index) {
    long[] own = indexes.get(index);
    return own != null ? own.clone() : new long[] {read, write};
  }

  /** @return the tags, in the order given */
  public Map<String, String> tags() {
    return tags;
  }

  private static void check(String what, long r, long w) {
    if (r < 1 || w < 1) {
      throw new DynamoException("table options: " + what + " needs at least 1 read and 1 write capacity unit, got " + r + "/" + w);
    }
  }
}
