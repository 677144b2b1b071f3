package test;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Money as N, in cents. */
public final class MoneyConverter implements AttributeConverter<Money> {
  @Override
  public AttributeValue transformFrom(Money m) {
    return AttributeValue.fromN(Long.toString(m.cents()));
  }

  @Override
  public Money transformTo(AttributeValue v) {
    return new Money(Long.parseLong(v.n()));
  }

  @Override
  public EnhancedType<Money> type() {
    return EnhancedType.of(Money.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.N;
  }
}
