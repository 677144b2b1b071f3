package dev.dynamorepo.runtime.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.DurationAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.OffsetDateTimeAsStringAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.ZonedDateTimeAsStringAttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every built-in scalar codec is this one class, told apart by its {@link Kind}: one class to
 * load and verify instead of one per type, which was most of a schema's start-up cost (time to
 * first item). Generated {@code toItem} encodes the common scalars inline; decoding and
 * collection elements come through here.
 */
final class ScalarCodec<T> implements Codec<T> {
  private final StoredType type;
  private final AttributeValue.Type sdk;
  private final int kind;

  /** The codec of one built-in scalar: a {@link Kind} stored as {@code type}. */
  ScalarCodec(StoredType type, int kind) {
    this.type = type;
    this.sdk = type.sdkType();
    this.kind = kind;
  }

  @Override
  public AttributeValue encode(T value) {
    switch (kind) {
      case Kind.BOOLEAN: return AttributeValue.createBool((Boolean) value);
      case Kind.SDK_BYTES: return AttributeValue.createB((SdkBytes) value);
      case Kind.BYTE_ARRAY: return AttributeValue.createB(SdkBytes.fromByteArray((byte[]) value));
      case Kind.BYTE_BUFFER: return AttributeValue.createB(SdkBytes.fromByteBuffer((ByteBuffer) value));
      case Kind.EPOCH_SECONDS: return AttributeValue.createN(Long.toString(((Instant) value).getEpochSecond()));
      case Kind.OFFSET_DATE_TIME: return Converters.OFFSET_DATE_TIME.transformFrom((OffsetDateTime) value);
      case Kind.ZONED_DATE_TIME: return Converters.ZONED_DATE_TIME.transformFrom((ZonedDateTime) value);
      case Kind.DURATION: return Converters.DURATION.transformFrom((Duration) value);
      // every other scalar is its toString(), as S or N
      default: return type == StoredType.N ? AttributeValue.createN(value.toString()) : AttributeValue.createS(value.toString());
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public T decode(AttributeValue value) {
    // The stored type is checked before reading its field: the field of another type is null (or
    // an empty list), which used to come out as a null, a NullPointerException or an empty value.
    Containers.expect(value, sdk, type);
    try {
      return (T) decodeAny(value);
    } catch (RuntimeException e) {
      throw DecodeFailure.unreadable(value, Kind.name(kind), e);
    }
  }

  private Object decodeAny(AttributeValue value) {
    switch (kind) {
      case Kind.STRING: return value.s();
      case Kind.BOOLEAN: return value.bool();
      case Kind.INTEGER: return Integer.valueOf(value.n());
      case Kind.LONG: return Long.valueOf(value.n());
      case Kind.SHORT: return Short.valueOf(value.n());
      case Kind.BYTE: return Byte.valueOf(value.n());
      case Kind.FLOAT: return Float.valueOf(value.n());
      case Kind.DOUBLE: return Double.valueOf(value.n());
      case Kind.BIG_DECIMAL: return new BigDecimal(value.n());
      case Kind.BIG_INTEGER: return new BigInteger(value.n());
      case Kind.SDK_BYTES: return value.b();
      case Kind.BYTE_ARRAY: return value.b().asByteArray();
      case Kind.BYTE_BUFFER: return value.b().asByteBuffer();
      case Kind.UUID_CODEC: return UUID.fromString(value.s());
      case Kind.INSTANT: return Instant.parse(value.s());
      case Kind.EPOCH_SECONDS: return Instant.ofEpochSecond(new BigDecimal(value.n()).longValue());
      case Kind.LOCAL_DATE: return LocalDate.parse(value.s());
      case Kind.LOCAL_DATE_TIME: return LocalDateTime.parse(value.s());
      case Kind.LOCAL_TIME: return LocalTime.parse(value.s());
      case Kind.OFFSET_DATE_TIME: return Converters.OFFSET_DATE_TIME.transformTo(value);
      case Kind.ZONED_DATE_TIME: return Converters.ZONED_DATE_TIME.transformTo(value);
      case Kind.DURATION: return Converters.DURATION.transformTo(value);
      default: throw new AssertionError(kind);
    }
  }

  @Override
  public StoredType storedType() {
    return type;
  }

  /** The built-in scalars' kinds (compile-time constants: javac inlines them, so this class is never loaded). */
  static final class Kind {
    static final int STRING = 0;
    static final int BOOLEAN = 1;
    static final int INTEGER = 2;
    static final int LONG = 3;
    static final int SHORT = 4;
    static final int BYTE = 5;
    static final int FLOAT = 6;
    static final int DOUBLE = 7;
    static final int BIG_DECIMAL = 8;
    static final int BIG_INTEGER = 9;
    static final int SDK_BYTES = 10;
    static final int BYTE_ARRAY = 11;
    static final int BYTE_BUFFER = 12;
    static final int UUID_CODEC = 13;
    static final int INSTANT = 14;
    static final int EPOCH_SECONDS = 15;
    static final int LOCAL_DATE = 16;
    static final int LOCAL_DATE_TIME = 17;
    static final int LOCAL_TIME = 18;
    static final int OFFSET_DATE_TIME = 19;
    static final int ZONED_DATE_TIME = 20;
    static final int DURATION = 21;

    private Kind() {}

    /** The Java type of a kind, for messages (loads this class, on a failure only). */
    static String name(int kind) {
      return List.of("String", "Boolean", "Integer", "Long", "Short", "Byte", "Float", "Double", "BigDecimal",
          "BigInteger", "SdkBytes", "byte[]", "ByteBuffer", "UUID", "Instant", "Instant (epoch seconds)", "LocalDate",
          "LocalDateTime", "LocalTime", "OffsetDateTime", "ZonedDateTime", "Duration").get(kind);
    }
  }

  /** The Enhanced Client converters, created when a schema first uses one (holder idiom). */
  private static final class Converters {
    static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME = OffsetDateTimeAsStringAttributeConverter.create();
    static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME = ZonedDateTimeAsStringAttributeConverter.create();
    static final AttributeConverter<Duration> DURATION = DurationAttributeConverter.create();

    private Converters() {}
  }
}
