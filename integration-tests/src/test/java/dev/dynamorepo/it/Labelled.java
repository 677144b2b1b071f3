package dev.dynamorepo.it;

/** An interface with a default method: behaviour, not a stored attribute. */
public interface Labelled {
  default String label() {
    return "invoice";
  }
}
