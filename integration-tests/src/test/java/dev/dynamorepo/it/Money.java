package dev.dynamorepo.it;

/** A custom type stored through an Enhanced Client converter. */
public record Money(long cents, String currency) {}
