package dev.dynamorepo.runtime.support;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A custom type through an Enhanced Client converter ({@link Codecs#converter}), which gets only
 * values of its own stored type.
 */
final class ConverterCodec<T> implements Codec<T> {
  private final AttributeConverter<T> converter;
  private final StoredType type;
  private final AttributeValue.Type sdk;

  /** A codec storing what the converter declares it stores. */
  ConverterCodec(AttributeConverter<T> converter) {
    this.converter = converter;
    this.type = storedTypeOf(converter.attributeValueType());
    this.sdk = type.sdkType();
  }

  @Override
  public AttributeValue encode(T value) {
    return converter.transformFrom(value);
  }

  @Override
  public T decode(AttributeValue value) {
    Containers.expect(value, sdk, type);
    try {
      return converter.transformTo(value);
    } catch (RuntimeException e) {
      throw DecodeFailure.of(value, "refused by " + converter.getClass().getSimpleName()
          + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  public StoredType storedType() {
    return type;
  }

  private static StoredType storedTypeOf(AttributeValueType type) {
    switch (type) {
      case S: return StoredType.S;
      case N: return StoredType.N;
      case B: return StoredType.B;
      case BOOL: return StoredType.BOOL;
      case SS: return StoredType.SS;
      case NS: return StoredType.NS;
      case BS: return StoredType.BS;
      case L: return StoredType.L;
      default: return StoredType.M;
    }
  }
}
