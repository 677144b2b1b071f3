package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.NumberAttribute;
import dev.dynamorepo.runtime.SetAttribute;
import dev.dynamorepo.runtime.StringAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.VersionAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.Codecs;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.ProjectionSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link Order}'s schema, written the way the processor generates one (see GoldenTest's OrderSchema). */
final class OrderSchema {
  static final StringKeyAttribute<Order> CUSTOMER_ID = Attributes.stringKey("customerId");
  static final StringKeyAttribute<Order> ORDER_ID = Attributes.stringKey("orderId");
  static final NumberAttribute<Order, Long> TOTAL = Attributes.number("total", Codecs.LONG);
  static final SetAttribute<Order, String> TAGS = Attributes.set("tags", Codecs.set(Codecs.STRING), Codecs.STRING);
  static final StringAttribute<Order> STATUS = Attributes.string("status");
  static final StringAttribute<Order> NOTE = Attributes.string("note");
  static final VersionAttribute<Order, Long> VERSION = Attributes.version("v", Codecs.LONG);

  static final EntitySchema<Order> SCHEMA = EntitySchema.builder(Order.class, "orders")
      .partitionKey(CUSTOMER_ID)
      .sortKey(ORDER_ID)
      .attributes(CUSTOMER_ID, ORDER_ID, TOTAL, TAGS, STATUS, NOTE, VERSION)
      .version(VERSION)
      .index("by-status", STATUS, TOTAL)
      .mapper(OrderSchema::toItem, OrderSchema::fromItem)
      .build();

  static final ProjectionSchema<Order, Order.Summary> SUMMARY = ProjectionSchema.of(Order.class, Order.Summary.class,
      List.of("orderId", "total"), item -> new Order.Summary(ORDER_ID.codec().decodeNullable(item.get("orderId")),
          orZero(TOTAL.codec().decodeNullable(item.get("total")))));

  private OrderSchema() {}

  static Map<String, AttributeValue> toItem(Order o) {
    Map<String, AttributeValue> item = new HashMap<>();
    put(item, "customerId", CUSTOMER_ID.codec().encodeNullable(o.customerId()));
    put(item, "orderId", ORDER_ID.codec().encodeNullable(o.orderId()));
    put(item, "total", TOTAL.codec().encodeNullable(o.total()));
    put(item, "tags", TAGS.codec().encodeNullable(o.tags()));
    put(item, "status", STATUS.codec().encodeNullable(o.status()));
    put(item, "note", NOTE.codec().encodeNullable(o.note()));
    put(item, "v", VERSION.codec().encodeNullable(o.version()));
    return item;
  }

  static Order fromItem(Map<String, AttributeValue> item) {
    return new Order(CUSTOMER_ID.codec().decodeNullable(item.get("customerId")),
        ORDER_ID.codec().decodeNullable(item.get("orderId")),
        orZero(TOTAL.codec().decodeNullable(item.get("total"))),
        TAGS.codec().decodeNullable(item.get("tags")),
        STATUS.codec().decodeNullable(item.get("status")),
        NOTE.codec().decodeNullable(item.get("note")),
        VERSION.codec().decodeNullable(item.get("v")));
  }

  static void put(Map<String, AttributeValue> item, String name, AttributeValue value) {
    if (value != null) {
      item.put(name, value);
    }
  }

  private static long orZero(Long value) {
    return value == null ? 0L : value;
  }
}
