package dev.dynamorepo.processor.model;

/** Model: the DynamoDB type a value is stored as, as far as the processor can know it. */
public enum Stored {
  S, N, B, BOOL, SS, NS, BS, L, M,
  /** Chosen at run time by an {@code @Convert} converter. */
  CONVERTED;

  /** @return true for S, N and B: the types a key or set element can have */
  public boolean scalarKey() {
    return this == S || this == N || this == B;
  }

  /** @return the set type holding elements of this type, or null when there is none */
  public Stored setOf() {
    switch (this) {
      case S:
        return SS;
      case N:
        return NS;
      case B:
        return BS;
      default:
        return null;
    }
  }
}
