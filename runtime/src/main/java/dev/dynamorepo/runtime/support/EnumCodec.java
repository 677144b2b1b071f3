package dev.dynamorepo.runtime.support;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An enum stored as S by its text, refusing text that is no constant of it ({@link Codecs#forEnum}). */
final class EnumCodec<E> implements Codec<E> {
  private final Map<String, E> byText;
  private final String typeName;

  /** A codec over the constants by their {@code toString()}; {@code typeName} is for messages. */
  EnumCodec(Map<String, E> byText, String typeName) {
    this.byText = byText;
    this.typeName = typeName;
  }

  @Override
  public AttributeValue encode(E value) {
    return AttributeValue.createS(value.toString());
  }

  @Override
  public E decode(AttributeValue value) {
    Containers.expect(value, AttributeValue.Type.S, StoredType.S);
    E constant = byText.get(value.s());
    if (constant == null) {
      throw DecodeFailure.of(value, "not a constant of " + typeName);
    }
    return constant;
  }

  @Override
  public StoredType storedType() {
    return StoredType.S;
  }
}
