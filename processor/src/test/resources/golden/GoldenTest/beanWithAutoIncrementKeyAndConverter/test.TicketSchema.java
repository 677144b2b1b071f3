package test;

import dev.dynamorepo.runtime.KeyAttribute;
import dev.dynamorepo.runtime.StringAttribute;
import dev.dynamorepo.runtime.ValueAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.Codec;
import dev.dynamorepo.runtime.support.Codecs;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The generated schema of {@link Ticket}, stored in the DynamoDB table {@code tickets}: one typed
 * constant per attribute for conditions and partial updates, the runtime
 * {@link EntitySchema}, and the item mapping (direct code, no reflection).
 *
 * <pre>{@code
 * TicketSchema.TITLE.exists()
 * }</pre>
 */
@Generated("dev.dynamorepo.processor.EntityProcessor")
public final class TicketSchema {
  /**
   * The DynamoDB table name.
   */
  public static final String TABLE_NAME = "tickets";

  /**
   * The partition key {@code id}, stored as {@code id}.
   */
  public static final KeyAttribute<Ticket, Long> ID = Attributes.key("id", Codecs.LONG);

  /**
   * The attribute {@code title}, stored as {@code title}.
   */
  public static final StringAttribute<Ticket> TITLE = Attributes.string("title");

  /**
   * The attribute {@code open}, stored as {@code open}.
   */
  public static final ValueAttribute<Ticket, Boolean> OPEN = Attributes.value("open", Codecs.BOOLEAN);

  /**
   * The attribute {@code price}, stored as {@code price}.
   */
  public static final ValueAttribute<Ticket, Money> PRICE = Attributes.value("price", Codecs.converter(new MoneyConverter()));

  /**
   * What the runtime knows about {@link Ticket}: table, keys, attributes and mapping.
   */
  public static final EntitySchema<Ticket> SCHEMA = EntitySchema.builder(Ticket.class, TABLE_NAME)
      .partitionKey(ID)
      .attributes(ID, TITLE, OPEN, PRICE)
      .autoIncrement(false, 50)
      .mapper(new Mapping())
      .build();

  private TicketSchema() {
  }

  /**
   * Encodes an entity as a DynamoDB item; null attributes, empty sets and empty
   * Optionals are left out.
   *
   * @param entity the entity
   * @return a new mutable item
   */
  public static Map<String, AttributeValue> toItem(Ticket entity) {
    Map<String, AttributeValue> item = new HashMap<>(8);
    AttributeValue encoded;
    if (entity.getId() != null) {
      item.put("id", AttributeValue.createN(Long.toString(entity.getId())));
    }
    if (entity.getTitle() != null) {
      item.put("title", AttributeValue.createS(entity.getTitle()));
    }
    item.put("open", AttributeValue.createBool(entity.isOpen()));
    encoded = PRICE.codec().encodeNullable(entity.getPrice());
    if (encoded != null) {
      item.put("price", encoded);
    }
    return item;
  }

  /**
   * Decodes a DynamoDB item; a missing attribute becomes null (or a primitive's zero).
   *
   * @param item a stored item
   * @return the entity
   */
  public static Ticket fromItem(Map<String, AttributeValue> item) {
    Ticket entity = new Ticket();
    set(item, "id", ID.codec(), entity::setId);
    set(item, "title", TITLE.codec(), entity::setTitle);
    set(item, "open", OPEN.codec(), entity::setOpen);
    set(item, "price", PRICE.codec(), entity::setPrice);
    return entity;
  }

  /**
   * The Enhanced Client schema backed by this generated code, for
   * {@code enhanced.table(TicketSchema.TABLE_NAME, TicketSchema.tableSchema())}.
   *
   * @return the table schema
   */
  public static TableSchema<Ticket> tableSchema() {
    return SCHEMA.tableSchema();
  }

  private static <T> void set(Map<String, AttributeValue> item, String name, Codec<T> codec,
      Consumer<T> setter) {
    T value = codec.decodeNullable(item.get(name));
    if (value != null) {
      setter.accept(value);
    }
  }

  private static final class Mapping implements EntitySchema.Mapper<Ticket> {
    @Override
    public Map<String, AttributeValue> toItem(Ticket entity) {
      return TicketSchema.toItem(entity);
    }

    @Override
    public Ticket fromItem(Map<String, AttributeValue> item) {
      return TicketSchema.fromItem(item);
    }
  }
}
