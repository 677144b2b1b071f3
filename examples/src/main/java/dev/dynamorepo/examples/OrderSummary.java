package dev.dynamorepo.examples;

import dev.dynamorepo.annotations.Projection;

/** A typed projection of {@link Order}: reading it sends a ProjectionExpression of these attributes. */
@Projection(Order.class)
public record OrderSummary(String orderId, long totalCents, Order.Status status) {}
