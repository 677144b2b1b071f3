package dev.dynamorepo.it;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores {@link Money} as the text {@code "1250 EUR"}. */
public final class MoneyConverter implements AttributeConverter<Money> {
  @Override
  public AttributeValue transformFrom(Money input) {
    return AttributeValue.fromS(input.cents() + " " + input.currency());
  }

  @Override
  public Money transformTo(AttributeValue input) {
    String[] parts = input.s().split(" ");
    return new Money(Long.parseLong(parts[0]), parts[1]);
  }

  @Override
  public EnhancedType<Money> type() {
    return EnhancedType.of(Money.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
