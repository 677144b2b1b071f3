package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Projection;

/** Three attributes of an order, one of them a reserved word ({@code status}). */
@Projection(Order.class)
public record OrderSummary(String orderId, long totalCents, Status status) {}
