package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Futures;
import dev.dynamorepo.runtime.internal.Keys;
import dev.dynamorepo.runtime.internal.TableContext;
import dev.dynamorepo.runtime.internal.Tables;
import dev.dynamorepo.runtime.support.Access;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The whole table of a single-table design: reads that return every entity type at once, each
 * item decoded by its discriminator into the table's sealed type, ready for a pattern-matching
 * {@code switch}. Generated {@code <Table>Table} classes extend it with one typed query per
 * collection (entity types whose partition key templates match), on the table and on each
 * global index. Writes go through each entity's own repository.
 *
 * <pre>{@code
 * ShopItemTable shop = new ShopItemTable(dynamo);
 * for (ShopItem item : shop.query("c-1").stream().toList()) {
 *   switch (item) {
 *     case Customer c -> show(c);
 *     case Order o -> add(o);
 *     case OrderLine l -> addLine(l);
 *   }
 * }
 * }</pre>
 *
 * <p>An item whose discriminator is missing or names no entity of the table (one written by a
 * newer version of the application) is skipped by default: {@link UnknownTypes#SKIP}, where
 * DynamoDB drops such items with a filter on the known types, so {@code count()} agrees with
 * {@code stream()}. With {@link UnknownTypes#FAIL} the read fails with a {@link DynamoException}
 * naming the item's key and type (and {@code count()} counts every item). No item is ever decoded
 * as another type, nor as an entity whose key attributes do not compose the item's own keys
 * (skipped or failed the same way, see {@link UnknownTypes}). Thread-safe.
 *
 * @param <T> the table's sealed type
 */
public abstract class SingleTableView<T> {
  private final DynamoDb dynamo;
  private final TableContext<T> context;
  private final UnknownTypes unknownTypes;

  /**
   * What a read does with an item whose entity type the table does not declare, or whose
   * template attributes do not compose its own keys ({@link InconsistentItemException}).
   */
  public enum UnknownTypes {
    /**
     * Leave it out of the results (pages may then hold fewer items than their size). Unknown
     * types are filtered out by DynamoDB; inconsistent items are dropped after reading, so
     * {@code count()} counts them.
     */
    SKIP,
    /** Fail the read with a {@link DynamoException} naming the item's key and its type or the attribute at fault. */
    FAIL
  }

  /**
   * Binds a table's generated schema to a connection; called by generated constructors.
   *
   * @param dynamo the connection
   * @param schema the table's generated schema
   * @param tableName the physical table, or null for the name the connection's {@link TableNames} give
   * @param unknownTypes what reads do with items of an unknown type
   */
  protected SingleTableView(DynamoDb dynamo, EntitySchema<T> schema, String tableName, UnknownTypes unknownTypes) {
    this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
    Objects.requireNonNull(schema, "schema");
    this.context = new TableContext<>(dynamo.engine(), schema, EntityTable.physical(dynamo, schema, tableName));
    this.unknownTypes = Objects.requireNonNull(unknownTypes, "unknownTypes");
  }

  /** @return the table's generated schema */
  public final EntitySchema<T> schema() {
    return context.schema();
  }

  /** @return the physical table name */
  public final String tableName() {
    return context.table();
  }

  /** @return the connection */
  public final DynamoDb dynamo() {
    return dynamo;
  }

  /**
   * Creates the table with its keys and every global index of the design (on-demand billing), and
   * waits until it is active; adds the global indexes an existing table lacks.
   *
   * @throws DynamoException when the table exists with other keys
   */
  public void createTable() {
    createTable(TableOptions.onDemand());
  }

  /**
   * Like {@link #createTable()}, with billing mode, capacities and tags.
   *
   * @param options billing, capacities, tags
   */
  public void createTable(TableOptions options) {
    Futures.join(Tables.createTable(context, dynamo.engine().sync(), Objects.requireNonNull(options, "options")));
  }

  /**
   * A scan of every item of every type; configure it, then run it.
   *
   * @return the scan
   */
  public Scan<T, T> scanner() {
    return Scan.of(context).decoding(this::decode, unknownTypes == UnknownTypes.SKIP);
  }

  /** @return every item of every known type, page by page as the stream is consumed */
  public Stream<T> scan() {
    return scanner().stream();
  }

  /**
   * Starts a query of one collection; generated collection methods call this through
   * {@code support.Queries}.
   *
   * @param access the support package's token
   * @param index the index name, or null for the table
   * @param partition a template of that partition key
   * @param values its component values
   * @return the query
   */
  public final Query<T, T> newCollectionQuery(Access access, String index, KeyTemplate<?> partition, Object... values) {
    Access.check(access);
    String hash = partition.attribute();
    AttributeValue value = EntityTable.partitionValue(tableName(), partition, values, values.length);
    return Query.of(context, index, index != null, hash, value, null).decoding(this::decode, unknownTypes == UnknownTypes.SKIP);
  }

  /**
   * Starts a query of one collection on a global index whose key has several attributes (every
   * entity that holds them); generated collection methods call this through {@code support.Queries}.
   *
   * @param access the support package's token
   * @param index the index name
   * @param values every partition attribute's value, in key order
   * @return the query
   */
  public final Query<T, T> newAttributeCollectionQuery(Access access, String index, Object... values) {
    Access.check(access);
    EntitySchema.IndexSpec<T> spec = EntityTable.index(schema(), tableName(), index);
    return Query.of(context, index, true, EntityTable.attributeKey(schema(), tableName(), spec, values), null)
        .decoding(this::decode, unknownTypes == UnknownTypes.SKIP);
  }

  /**
   * Decodes by the discriminator, for every read of the view ({@code decoding(..)}); null (skipped)
   * or a failure for an unknown type or an inconsistent item. A view that skips unknown types also
   * has DynamoDB drop them, so that {@code count()} agrees with the stream.
   */
  private T decode(Map<String, AttributeValue> item) {
    T decoded;
    try {
      decoded = context.schema().fromItem(item);
    } catch (InconsistentItemException e) {
      if (unknownTypes == UnknownTypes.SKIP) {
        return null;
      }
      throw e;
    }
    if (decoded == null && unknownTypes == UnknownTypes.FAIL) {
      AttributeValue type = item.get(context.schema().discriminator());
      Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
      key.put(context.schema().partitionKey().name(), item.get(context.schema().partitionKey().name()));
      if (context.schema().sortKey() != null) {
        key.put(context.schema().sortKey().name(), item.get(context.schema().sortKey().name()));
      }
      String entity = context.schema().entityType().getSimpleName();
      throw new DynamoException("table '" + tableName() + "': the item " + Keys.describe(key) + (type == null || type.s() == null
          ? " has no '" + context.schema().discriminator() + "' attribute, so it cannot be read as any entity of " + entity
          : " has the type '" + type.s() + "', which no entity of " + entity + " declares"));
    }
    return decoded;
  }
}
