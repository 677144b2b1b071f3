package test;

import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.NumberAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.Codecs;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.KeyTemplate;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated schema of {@link Order}, stored in the DynamoDB table {@code shop}: one typed
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
  public static final String TABLE_NAME = "shop";

  /**
   * The key part {@code customerId}, stored as {@code customerId}.
   */
  public static final StringKeyAttribute<Order> CUSTOMER_ID = Attributes.stringKey("customerId");

  /**
   * The key part {@code orderId}, stored as {@code orderId}.
   */
  public static final StringKeyAttribute<Order> ORDER_ID = Attributes.stringKey("orderId");

  /**
   * The key part {@code placedAt}, stored as {@code placedAt}.
   */
  public static final KeyAttribute<Order, Instant> PLACED_AT = Attributes.key("placedAt", Codecs.INSTANT);

  /**
   * The attribute {@code totalCents}, stored as {@code totalCents}.
   */
  public static final NumberAttribute<Order, Long> TOTAL_CENTS = Attributes.number("totalCents", Codecs.LONG);

  private static final StringKeyAttribute<Order> KEY_PK = Attributes.stringKey("pk");

  private static final StringKeyAttribute<Order> KEY_SK = Attributes.stringKey("sk");

  private static final StringKeyAttribute<Order> KEY_GSI1PK = Attributes.stringKey("gsi1pk");

  private static final StringKeyAttribute<Order> KEY_GSI1SK = Attributes.stringKey("gsi1sk");

  /**
   * The key template <code>CUSTOMER#&#123;customerId&#125;</code> of the attribute {@code pk}.
   */
  public static final KeyTemplate<Order> TEMPLATE_PK = KeyTemplate.of("pk", "CUSTOMER#", CUSTOMER_ID);

  /**
   * The key template <code>ORDER#&#123;placedAt&#125;#&#123;orderId&#125;</code> of the attribute {@code sk}.
   */
  public static final KeyTemplate<Order> TEMPLATE_SK = KeyTemplate.of("sk", "ORDER#", PLACED_AT, "#", ORDER_ID);

  /**
   * The key template <code>ORDER#&#123;orderId&#125;</code> of the attribute {@code gsi1pk}.
   */
  public static final KeyTemplate<Order> TEMPLATE_GSI1PK = KeyTemplate.of("gsi1pk", "ORDER#", ORDER_ID);

  /**
   * The key template <code>ORDER</code> of the attribute {@code gsi1sk}.
   */
  public static final KeyTemplate<Order> TEMPLATE_GSI1SK = KeyTemplate.of("gsi1sk", "ORDER");

  /**
   * What the runtime knows about {@link Order}: table, keys, attributes and mapping.
   */
  public static final EntitySchema<Order> SCHEMA = EntitySchema.builder(Order.class, TABLE_NAME)
      .partitionKey(KEY_PK)
      .sortKey(KEY_SK)
      .attributes(CUSTOMER_ID, ORDER_ID, PLACED_AT, TOTAL_CENTS)
      .index("gsi1", KEY_GSI1PK, KEY_GSI1SK)
      .discriminator("_type", "ORDER")
      .templates(TEMPLATE_PK, TEMPLATE_SK, TEMPLATE_GSI1PK, TEMPLATE_GSI1SK)
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
    Map<String, AttributeValue> item = new HashMap<>(8);
    if (entity.customerId() != null) {
      item.put("customerId", AttributeValue.createS(entity.customerId()));
    }
    if (entity.orderId() != null) {
      item.put("orderId", AttributeValue.createS(entity.orderId()));
    }
    if (entity.placedAt() != null) {
      item.put("placedAt", AttributeValue.createS(entity.placedAt().toString()));
    }
    item.put("totalCents", AttributeValue.createN(Long.toString(entity.totalCents())));
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
        PLACED_AT.codec().decodeNullable(item.get("placedAt")),
        orDefault(TOTAL_CENTS.codec().decodeNullable(item.get("totalCents")), 0L));
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

  private static <T> T orDefault(T value, T absent) {
    return value == null ? absent : value;
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
