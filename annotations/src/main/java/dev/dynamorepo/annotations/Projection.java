package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a typed projection of an entity: each component names an attribute of the
 * entity (by its Java name) with a compatible type. The processor checks that at compile time,
 * one error per bad component, and generates {@code <Projection>Schema.PROJECTION}, which get,
 * batch get, query and scan take to read only those attributes (a ProjectionExpression). Batch get
 * also reads the key attributes, which it needs to place each item in the order of the keys asked
 * for; no other attribute is read.
 *
 * <pre>{@code
 * @Projection(Order.class)
 * public record OrderSummary(String customerId, String orderId, long totalCents) {}
 *
 * Optional<OrderSummary> s = orders.get(orders.key("alice", "o-1"), OrderSummarySchema.PROJECTION);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Projection {
  /**
   * The entity projected.
   *
   * @return a {@link Table} class
   */
  Class<?> value();
}
