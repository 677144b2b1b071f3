package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Projection;

/** A customer's id and name ({@code name} is a reserved word). */
@Projection(Customer.class)
public record CustomerName(String id, String name) {}
