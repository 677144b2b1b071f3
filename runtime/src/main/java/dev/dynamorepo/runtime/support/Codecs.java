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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.DurationAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.OffsetDateTimeAsStringAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.internal.converter.attribute.ZonedDateTimeAsStringAttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codecs for every attribute type dynamo-repo supports, encoded exactly as the Enhanced
 * Client's default converters do so that either library reads what the other wrote.
 *
 * <p>Scalars use the SDK's builder-free {@code AttributeValue.createX} factories: the builders cost
 * about twice as much per value (DESIGN.md, performance notes). The built-in scalars share one
 * class (a switch on their kind) rather than one class each, because loading and verifying a class
 * per type was most of a schema's time to first item; no lambdas run on that path either. Rare
 * types whose text form is intricate (Duration, OffsetDateTime, ZonedDateTime) delegate to the
 * Enhanced Client's own converters, created on first use, which guarantees the same text.
 */
public final class Codecs {
  /** {@code String} as S. */
  public static final Codec<String> STRING = new Scalar<>(StoredType.S, Kind.STRING);
  /** {@code Boolean} as BOOL. */
  public static final Codec<Boolean> BOOLEAN = new Scalar<>(StoredType.BOOL, Kind.BOOLEAN);
  /** {@code Integer} as N. */
  public static final Codec<Integer> INTEGER = new Scalar<>(StoredType.N, Kind.INTEGER);
  /** {@code Long} as N. */
  public static final Codec<Long> LONG = new Scalar<>(StoredType.N, Kind.LONG);
  /** {@code Short} as N. */
  public static final Codec<Short> SHORT = new Scalar<>(StoredType.N, Kind.SHORT);
  /** {@code Byte} as N. */
  public static final Codec<Byte> BYTE = new Scalar<>(StoredType.N, Kind.BYTE);
  /** {@code Float} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Float> FLOAT = new Scalar<>(StoredType.N, Kind.FLOAT);
  /** {@code Double} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Double> DOUBLE = new Scalar<>(StoredType.N, Kind.DOUBLE);
  /** {@code BigDecimal} as N, written with {@code toString()} as the Enhanced Client does. */
  public static final Codec<BigDecimal> BIG_DECIMAL = new Scalar<>(StoredType.N, Kind.BIG_DECIMAL);
  /** {@code BigInteger} as N. */
  public static final Codec<BigInteger> BIG_INTEGER = new Scalar<>(StoredType.N, Kind.BIG_INTEGER);
  /** {@code SdkBytes} as B. */
  public static final Codec<SdkBytes> SDK_BYTES = new Scalar<>(StoredType.B, Kind.SDK_BYTES);
  /** {@code byte[]} as B (copied on the way in and out). */
  public static final Codec<byte[]> BYTE_ARRAY = new Scalar<>(StoredType.B, Kind.BYTE_ARRAY);
  /** {@code ByteBuffer} as B. */
  public static final Codec<ByteBuffer> BYTE_BUFFER = new Scalar<>(StoredType.B, Kind.BYTE_BUFFER);
  /** {@code UUID} as S. */
  public static final Codec<UUID> UUID_CODEC = new Scalar<>(StoredType.S, Kind.UUID_CODEC);
  /** {@code Instant} as S in ISO-8601 ({@code 2020-01-02T03:04:05Z}). */
  public static final Codec<Instant> INSTANT = new Scalar<>(StoredType.S, Kind.INSTANT);
  /** {@code Instant} as N epoch seconds, for the {@code @TimeToLive} attribute (DynamoDB's TTL reads only that). */
  public static final Codec<Instant> EPOCH_SECONDS = new Scalar<>(StoredType.N, Kind.EPOCH_SECONDS);
  /** {@code LocalDate} as S in ISO-8601. */
  public static final Codec<LocalDate> LOCAL_DATE = new Scalar<>(StoredType.S, Kind.LOCAL_DATE);
  /** {@code LocalDateTime} as S in ISO-8601. */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(StoredType.S, Kind.LOCAL_DATE_TIME);
  /** {@code LocalTime} as S in ISO-8601. */
  public static final Codec<LocalTime> LOCAL_TIME = new Scalar<>(StoredType.S, Kind.LOCAL_TIME);
  /** {@code OffsetDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(StoredType.S, Kind.OFFSET_DATE_TIME);
  /** {@code ZonedDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = new Scalar<>(StoredType.S, Kind.ZONED_DATE_TIME);
  /** {@code Duration} as N ({@code seconds.nanoseconds}), the Enhanced Client's converter. */
  public static final Codec<Duration> DURATION = new Scalar<>(StoredType.N, Kind.DURATION);

  private Codecs() {}

  /**
   * An enum stored as S by its {@code toString()}, as the Enhanced Client's enum converter does.
   *
   * @param values the enum's {@code values()}
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> forEnum(E[] values) {
    Map<String, E> byText = new HashMap<>();
    for (E value : values) {
      byText.put(value.toString(), value);
    }
    return new EnumCodec<>(byText, values.getClass().getComponentType().getSimpleName());
  }

  /** An enum by its text. */
  private static final class EnumCodec<E> implements Codec<E> {
    private final Map<String, E> byText;
    private final String typeName;

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

  /**
   * A list as L; null elements are stored as {@code NUL} and read back as null.
   *
   * @param element the element codec
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<List<T>> list(Codec<T> element) {
    return new Containers.CollectionCodec<>(StoredType.L, element);
  }

  /**
   * A set as SS, NS or BS by its element's stored type; an empty set is not stored (DynamoDB
   * refuses empty sets) and a missing one reads back as null.
   *
   * @param element a codec storing S, N or B
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<Set<T>> set(Codec<T> element) {
    return new Containers.CollectionCodec<>(setTypeOf(element.storedType()), element);
  }

  /**
   * A map with string keys as M; null values are stored as {@code NUL}.
   *
   * @param valueCodec the value codec
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<Map<String, T>> map(Codec<T> valueCodec) {
    return new Containers.MapCodec<>(valueCodec);
  }

  /**
   * An {@code Optional}: empty is not stored, and a missing attribute reads back as empty.
   *
   * @param inner the codec of the contained value
   * @param <T> the contained type
   * @return the codec
   */
  public static <T> Codec<Optional<T>> optional(Codec<T> inner) {
    return new Containers.OptionalCodec<>(inner);
  }

  /**
   * A nested record or bean stored as M, from the generated item functions.
   *
   * @param toItem the generated encoder
   * @param fromItem the generated decoder
   * @param <T> the nested type
   * @return the codec
   */
  public static <T> Codec<T> nested(Function<T, Map<String, AttributeValue>> toItem,
      Function<Map<String, AttributeValue>, T> fromItem) {
    return new Containers.NestedCodec<>(toItem, fromItem);
  }

  /**
   * A custom type through an Enhanced Client {@link AttributeConverter} (the {@code @Convert}
   * annotation).
   *
   * @param converter the converter, reused for every value
   * @param <T> the converted type
   * @return the codec
   */
  public static <T> Codec<T> converter(AttributeConverter<T> converter) {
    return new ConverterCodec<>(converter);
  }

  /**
   * A scalar codec from two functions. A value stored as another type, or one {@code decode}
   * throws on, is refused with a {@code DynamoException} that names neither.
   *
   * <pre>{@code
   * Codec<Year> year = Codecs.scalar(StoredType.N, y -> AttributeValue.fromN(y.toString()), v -> Year.parse(v.n()));
   * }</pre>
   *
   * @param type the stored type
   * @param encode value to attribute
   * @param decode attribute to value
   * @param <T> the Java type
   * @return the codec
   */
  public static <T> Codec<T> scalar(StoredType type, Function<T, AttributeValue> encode, Function<AttributeValue, T> decode) {
    AttributeValue.Type sdk = type.sdkType();
    return new Codec<>() {
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
    };
  }


  private static StoredType setTypeOf(StoredType element) {
    // if, not switch: an enum switch makes javac add a switch-map class, one more to load at start-up
    if (element == StoredType.S) {
      return StoredType.SS;
    } else if (element == StoredType.N) {
      return StoredType.NS;
    } else if (element == StoredType.B) {
      return StoredType.BS;
    }
    throw new IllegalArgumentException("a set's elements must be stored as S, N or B, not " + element);
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

  /**
   * Every built-in scalar codec is this one class, told apart by its {@link Kind}: one class to
   * load and verify instead of one per type, which was most of a schema's start-up cost (time to
   * first item). Generated {@code toItem} encodes the common scalars inline; decoding and
   * collection elements come through here.
   */
  private static final class Scalar<T> implements Codec<T> {
    private final StoredType type;
    private final AttributeValue.Type sdk;
    private final int kind;

    Scalar(StoredType type, int kind) {
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
  }

  /** The built-in scalars' kinds (compile-time constants: javac inlines them, so this class is never loaded). */
  private static final class Kind {
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

  /** A custom type through an Enhanced Client converter, which gets only values of its own stored type. */
  private static final class ConverterCodec<T> implements Codec<T> {
    private final AttributeConverter<T> converter;
    private final StoredType type;
    private final AttributeValue.Type sdk;

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
  }

  /** The Enhanced Client converters, created when a schema first uses one (holder idiom). */
  private static final class Converters {
    static final AttributeConverter<OffsetDateTime> OFFSET_DATE_TIME = OffsetDateTimeAsStringAttributeConverter.create();
    static final AttributeConverter<ZonedDateTime> ZONED_DATE_TIME = ZonedDateTimeAsStringAttributeConverter.create();
    static final AttributeConverter<Duration> DURATION = DurationAttributeConverter.create();

    private Converters() {}
  }
}
