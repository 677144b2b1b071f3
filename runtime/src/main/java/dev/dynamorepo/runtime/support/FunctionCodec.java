package dev.dynamorepo.runtime.support;

import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A scalar codec from two functions ({@link Codecs#scalar}): a value stored as another type, or one
 * {@code decode} throws on, is refused with a message that names neither.
 */
final class FunctionCodec<T> implements Codec<T> {
  private final StoredType type;
  private final AttributeValue.Type sdk;
  private final Function<T, AttributeValue> encode;
  private final Function<AttributeValue, T> decode;

  /** A codec storing {@code type} through the given functions. */
  FunctionCodec(StoredType type, Function<T, AttributeValue> encode, Function<AttributeValue, T> decode) {
    this.type = type;
    this.sdk = type.sdkType();
    this.encode = encode;
    this.decode = decode;
  }

  @Override
  public AttributeValue encode(T value) {
    return encode.apply(value);
  }

  @Override
  public T decode(AttributeValue value) {
    Containers.expect(value, sdk, type);
    try {
      return decode.apply(value);
    } catch (DecodeFailure f) {
      throw f;
    } catch (RuntimeException e) {
      throw DecodeFailure.unreadable(value, "value", e);
    }
  }

  @Override
  public StoredType storedType() {
    return type;
  }
}
