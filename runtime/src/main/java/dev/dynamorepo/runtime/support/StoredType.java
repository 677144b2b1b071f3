package dev.dynamorepo.runtime.support;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The DynamoDB data type an attribute is stored as. */
public enum StoredType {
  /** String. */
  S,
  /** Number. */
  N,
  /** Binary. */
  B,
  /** Boolean. */
  BOOL,
  /** String set. */
  SS,
  /** Number set. */
  NS,
  /** Binary set. */
  BS,
  /** List. */
  L,
  /** Map, also nested records and beans. */
  M;

  /** The same type in the SDK's enum, which {@code AttributeValue.type()} answers in one field read. */
  AttributeValue.Type sdkType() {
    return AttributeValue.Type.valueOf(name());
  }

  /**
   * The key type for a key attribute.
   *
   * @return S, N or B
   * @throws IllegalStateException when this type cannot be a key
   */
  public ScalarAttributeType scalarType() {
    switch (this) {
      case S:
        return ScalarAttributeType.S;
      case N:
        return ScalarAttributeType.N;
      case B:
        return ScalarAttributeType.B;
      default:
        throw new IllegalStateException(this + " cannot be a key type");
    }
  }
}
