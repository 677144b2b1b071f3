package dev.dynamorepo.runtime.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed projection of entity {@code E}: the stored attributes to read (sent as a
 * ProjectionExpression of those, to which batch get adds the key attributes it places items by)
 * and the generated decoder into {@code P}. Generated
 * {@code <Projection>Schema.PROJECTION} constants are instances; the processor checked that every
 * component of {@code P} is an attribute of {@code E} with a compatible type.
 *
 * <pre>{@code
 * Optional<OrderSummary> s = orders.get(orders.key("alice", "o-1"), OrderSummarySchema.PROJECTION);
 * List<OrderSummary> page = orders.query("alice").project(OrderSummarySchema.PROJECTION).stream().toList();
 * }</pre>
 *
 * @param <E> the entity type
 * @param <P> the projection type
 */
public final class ProjectionSchema<E, P> {
  private final Class<E> entityType;
  private final Class<P> projectionType;
  private final List<String> attributes;
  private final Function<Map<String, AttributeValue>, P> decoder;

  private ProjectionSchema(Class<E> entityType, Class<P> projectionType, List<String> attributes,
      Function<Map<String, AttributeValue>, P> decoder) {
    this.entityType = entityType;
    this.projectionType = projectionType;
    this.attributes = List.copyOf(attributes);
    this.decoder = decoder;
  }

  /**
   * A projection; generated code calls this.
   *
   * @param entityType the entity class
   * @param projectionType the projection class
   * @param attributes the stored names of the attributes it reads
   * @param decoder the generated decoder
   * @param <E> the entity type
   * @param <P> the projection type
   * @return the projection
   */
  public static <E, P> ProjectionSchema<E, P> of(Class<E> entityType, Class<P> projectionType, List<String> attributes,
      Function<Map<String, AttributeValue>, P> decoder) {
    return new ProjectionSchema<>(Objects.requireNonNull(entityType), Objects.requireNonNull(projectionType), attributes,
        Objects.requireNonNull(decoder));
  }

  /** @return the entity class */
  public Class<E> entityType() {
    return entityType;
  }

  /** @return the projection class */
  public Class<P> projectionType() {
    return projectionType;
  }

  /** @return the stored names of the attributes it reads */
  public List<String> attributes() {
    return attributes;
  }

  /**
   * Decodes a projected item.
   *
   * @param item the attributes read
   * @return the projection
   */
  public P fromItem(Map<String, AttributeValue> item) {
    return decoder.apply(item);
  }

  /**
   * The ProjectionExpression of these attributes, plus {@code extra} (keys the runtime needs),
   * with name placeholders registered in {@code ctx}.
   *
   * @param ctx the request's placeholders
   * @param extra more stored names to read, such as the key attributes
   * @return the expression
   */
  public String expression(ExpressionContext ctx, List<String> extra) {
    StringBuilder out = new StringBuilder();
    java.util.Set<String> all = new java.util.LinkedHashSet<>(attributes);
    all.addAll(extra);
    for (String name : all) {
      out.append(out.length() == 0 ? "" : ", ").append(ctx.name(name));
    }
    return out.toString();
  }
}
