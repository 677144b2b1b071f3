package dev.dynamorepo.processor;

import javax.tools.JavaFileObject;

/** Test helper: Enhanced Client converters as sources, good and bad. */
final class Converters {
  private Converters() {}

  /** {@code test.Money}, a type only a converter can store. */
  static JavaFileObject money() {
    return Sources.of("Money", "public record Money(long cents) {}\n");
  }

  /** {@code test.MoneyConverter}: Money as N, in cents. */
  static JavaFileObject moneyConverter() {
    return converter("MoneyConverter", "public final class MoneyConverter", "");
  }

  /** A Money converter with only a constructor that takes an argument. */
  static JavaFileObject converterWithoutNoArgConstructor() {
    return converter("NeedsArg", "public final class NeedsArg", "  public NeedsArg(int scale) {}\n");
  }

  private static JavaFileObject converter(String name, String declaration, String extra) {
    return Sources.of(name, """
        import software.amazon.awssdk.enhanced.dynamodb.*;
        import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

        %s implements AttributeConverter<Money> {
        %s  @Override public AttributeValue transformFrom(Money m) {
            return AttributeValue.fromN(Long.toString(m.cents()));
          }
          @Override public Money transformTo(AttributeValue v) {
            return new Money(Long.parseLong(v.n()));
          }
          @Override public EnhancedType<Money> type() { return EnhancedType.of(Money.class); }
          @Override public AttributeValueType attributeValueType() { return AttributeValueType.N; }
        }
        """.formatted(declaration, extra));
  }
}
