package test;

import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.Map;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated schema of the single-table design {@link ShopItem}, stored in the DynamoDB table
 * {@code shop}: its keys and indexes, and the mapping that reads each item as the entity its
 * {@code _type} attribute names ({@link Customer}, {@link Order}).
 */
@Generated("dev.dynamorepo.processor.TableProcessor")
public final class ShopItemSchema {
  /**
   * The DynamoDB table name.
   */
  public static final String TABLE_NAME = "shop";

  private static final StringKeyAttribute<ShopItem> KEY_PK = Attributes.stringKey("pk");

  private static final StringKeyAttribute<ShopItem> KEY_SK = Attributes.stringKey("sk");

  private static final StringKeyAttribute<ShopItem> KEY_GSI1PK = Attributes.stringKey("gsi1pk");

  private static final StringKeyAttribute<ShopItem> KEY_GSI1SK = Attributes.stringKey("gsi1sk");

  /**
   * What the runtime knows about the table: keys, indexes, and the mapping by type.
   */
  public static final EntitySchema<ShopItem> SCHEMA = EntitySchema.builder(ShopItem.class, TABLE_NAME)
      .partitionKey(KEY_PK)
      .sortKey(KEY_SK)
      .attributes(KEY_PK, KEY_SK)
      .index("gsi1", KEY_GSI1PK, KEY_GSI1SK)
      .discriminator("_type", null)
      .knownTypes("CUSTOMER", "ORDER")
      .mapper(new Mapping())
      .build();

  private ShopItemSchema() {
  }

  /**
   * Encodes an entity of any type of the table, with its composed keys and type.
   *
   * @param entity the entity
   * @return a new mutable item
   */
  public static Map<String, AttributeValue> toItem(ShopItem entity) {
    if (entity instanceof Customer) {
      return CustomerSchema.SCHEMA.toItem((Customer) entity);
    }
    if (entity instanceof Order) {
      return OrderSchema.SCHEMA.toItem((Order) entity);
    }
    throw new IllegalArgumentException("not an entity of this table: " + entity);
  }

  /**
   * Decodes an item as the entity its {@code _type} attribute names.
   *
   * @param item a stored item
   * @return the entity, or null when the type is missing or names no entity of the table
   */
  public static ShopItem fromItem(Map<String, AttributeValue> item) {
    AttributeValue type = item.get("_type");
    if (type == null || type.s() == null) {
      return null;
    }
    switch (type.s()) {
      case "CUSTOMER":
        return CustomerSchema.SCHEMA.fromItem(item);
      case "ORDER":
        return OrderSchema.SCHEMA.fromItem(item);
      default:
        return null;
    }
  }

  private static final class Mapping implements EntitySchema.Mapper<ShopItem> {
    @Override
    public Map<String, AttributeValue> toItem(ShopItem entity) {
      return ShopItemSchema.toItem(entity);
    }

    @Override
    public ShopItem fromItem(Map<String, AttributeValue> item) {
      return ShopItemSchema.fromItem(item);
    }
  }
}
