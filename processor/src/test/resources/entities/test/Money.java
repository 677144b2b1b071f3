package test;

/** A type only a converter can store. */
public record Money(long cents) {}
