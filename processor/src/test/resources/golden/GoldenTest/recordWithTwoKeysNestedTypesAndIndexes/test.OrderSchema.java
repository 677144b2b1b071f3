package test;

import dev.dynamorepo.runtime.NestedAttribute;
import dev.dynamorepo.runtime.NumberAttribute;
import dev.dynamorepo.runtime.SetAttribute;
import dev.dynamorepo.runtime.StringAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.VersionAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.Codecs;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated schema of {@link Order}, stored in the DynamoDB table {@code orders}: one typed
 * constant per attribute for conditions and partial updates, the runtime
 * {@link EntitySchema}, and the item mapping (direct code, no reflection).
 *
 * <pre>{@code
 * OrderSchema.TOTAL_CENTS.exists()
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.EntityProcessor")
public final class OrderSchema {
  /**
   * The DynamoDB table name.
   */
  public static final String TABLE_NAME = "orders";

  /**
   * The partition key {@code customerId}, stored as {@code customerId}.
   */
  public static final StringKeyAttribute<Order> CUSTOMER_ID = Attributes.stringKey("customerId");

  /**
   * The sort key {@code orderId}, stored as {@code orderId}.
   */
  public static final StringKeyAttribute<Order> ORDER_ID = Attributes.stringKey("orderId");

  /**
   * The attribute {@code totalCents}, stored as {@code totalCents}.
   */
  public static final NumberAttribute<Order, Long> TOTAL_CENTS = Attributes.number("totalCents", Codecs.LONG);

  /**
   * The attribute {@code tags}, stored as {@code tags}.
   */
  public static final SetAttribute<Order, String> TAGS = Attributes.set("tags", Codecs.set(Codecs.STRING), Codecs.STRING);

  /**
   * The attribute {@code createdAt}, stored as {@code createdAt}.
   */
  public static final ValueAttribute<Order, Instant> CREATED_AT = Attributes.value("createdAt", Codecs.INSTANT);

  /**
   * The attribute {@code status}, stored as {@code status}.
   */
  public static final ValueAttribute<Order, Order.Status> STATUS = Attributes.value("status", Codecs.forEnum(Order.Status.values()));

  /**
   * The attribute {@code shipTo}, stored as {@code shipTo}.
   */
  public static final NestedAttribute<Order, Order.Address> SHIP_TO = Attributes.nested("shipTo", Codecs.nested(OrderSchema::encodeAddress, OrderSchema::decodeAddress));

  /**
   * The attribute {@code version}, stored as {@code v}.
   */
  public static final VersionAttribute<Order, Long> VERSION = Attributes.version("v", Codecs.LONG);

  /**
   * What the runtime knows about {@link Order}: table, keys, attributes and mapping.
   */
  public static final EntitySchema<Order> SCHEMA = EntitySchema.builder(Order.class, TABLE_NAME)
      .partitionKey(CUSTOMER_ID)
      .sortKey(ORDER_ID)
      .attributes(CUSTOMER_ID, ORDER_ID, TOTAL_CENTS, TAGS, CREATED_AT, STATUS, SHIP_TO, VERSION)
      .version(VERSION)
      .index("by-status", STATUS, CREATED_AT)
      .mapper(new Mapping())
      .build();

  private OrderSchema() {
  }

  /**
   * Encodes an entity as a DynamoDB item; null attributes, empty sets and empty
   * Optionals are left out.
   *
   * @param entity the entity
   * @return a new mutable item
   */
  public static Map<String, AttributeValue> toItem(Order entity) {
    Map<String, AttributeValue> item = new HashMap<>(16);
    AttributeValue encoded;
    if (entity.customerId() != null) {
      item.put("customerId", AttributeValue.createS(entity.customerId()));
    }
    if (entity.orderId() != null) {
      item.put("orderId", AttributeValue.createS(entity.orderId()));
    }
    item.put("totalCents", AttributeValue.createN(Long.toString(entity.totalCents())));
    encoded = TAGS.codec().encodeNullable(entity.tags());
    if (encoded != null) {
      item.put("tags", encoded);
    }
    if (entity.createdAt() != null) {
      item.put("createdAt", AttributeValue.createS(entity.createdAt().toString()));
    }
    if (entity.status() != null) {
      item.put("status", AttributeValue.createS(entity.status().toString()));
    }
    encoded = SHIP_TO.codec().encodeNullable(entity.shipTo());
    if (encoded != null) {
      item.put("shipTo", encoded);
    }
    if (entity.version() != null) {
      item.put("v", AttributeValue.createN(Long.toString(entity.version())));
    }
    return item;
  }

  /**
   * Decodes a DynamoDB item; a missing attribute becomes null (or a primitive's zero).
   *
   * @param item a stored item
   * @return the entity
   */
  public static Order fromItem(Map<String, AttributeValue> item) {
    return new Order(
        CUSTOMER_ID.codec().decodeNullable(item.get("customerId")),
        ORDER_ID.codec().decodeNullable(item.get("orderId")),
        orDefault(TOTAL_CENTS.codec().decodeNullable(item.get("totalCents")), 0L),
        TAGS.codec().decodeNullable(item.get("tags")),
        CREATED_AT.codec().decodeNullable(item.get("createdAt")),
        STATUS.codec().decodeNullable(item.get("status")),
        SHIP_TO.codec().decodeNullable(item.get("shipTo")),
        VERSION.codec().decodeNullable(item.get("v")),
        null);
  }

  /**
   * The Enhanced Client schema backed by this generated code, for
   * {@code enhanced.table(OrderSchema.TABLE_NAME, OrderSchema.tableSchema())}.
   *
   * @return the table schema
   */
  public static TableSchema<Order> tableSchema() {
    return SCHEMA.tableSchema();
  }

  private static Map<String, AttributeValue> encodeAddress(Order.Address value) {
    Map<String, AttributeValue> item = new HashMap<>(4);
    if (value.street() != null) {
      item.put("street", AttributeValue.createS(value.street()));
    }
    if (value.postalCode() != null) {
      item.put("zip", AttributeValue.createS(value.postalCode()));
    }
    return item;
  }

  private static Order.Address decodeAddress(Map<String, AttributeValue> item) {
    return new Order.Address(
        AddressFields.STREET.codec().decodeNullable(item.get("street")),
        AddressFields.POSTAL_CODE.codec().decodeNullable(item.get("zip")));
  }

  private static <T> T orDefault(T value, T absent) {
    return value == null ? absent : value;
  }

  /**
   * The fields of {@link Order.Address} as stored inside {@link Order}, for conditions and updates on
   * document paths through a nested attribute: {@code OrderSchema.SHIP_TO.get(OrderSchema.AddressFields.STREET)}.
   */
  public static final class AddressFields {
    /**
     * The field {@code street}, stored as {@code street}.
     */
    public static final StringAttribute<Order.Address> STREET = Attributes.string("street");

    /**
     * The field {@code postalCode}, stored as {@code zip}.
     */
    public static final StringAttribute<Order.Address> POSTAL_CODE = Attributes.string("zip");

    private AddressFields() {
    }
  }

  private static final class Mapping implements EntitySchema.Mapper<Order> {
    @Override
    public Map<String, AttributeValue> toItem(Order entity) {
      return OrderSchema.toItem(entity);
    }

    @Override
    public Order fromItem(Map<String, AttributeValue> item) {
      return OrderSchema.fromItem(item);
    }
  }
}
