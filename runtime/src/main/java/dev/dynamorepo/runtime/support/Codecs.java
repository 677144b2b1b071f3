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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
  public static final Codec<String> STRING = Scalar.of(StoredType.S, 0);
  /** {@code Boolean} as BOOL. */
  public static final Codec<Boolean> BOOLEAN = Scalar.of(StoredType.BOOL, 1);
  /** {@code Integer} as N. */
  public static final Codec<Integer> INTEGER = Scalar.of(StoredType.N, 2);
  /** {@code Long} as N. */
  public static final Codec<Long> LONG = Scalar.of(StoredType.N, 3);
  /** {@code Short} as N. */
  public static final Codec<Short> SHORT = Scalar.of(StoredType.N, 4);
  /** {@code Byte} as N. */
  public static final Codec<Byte> BYTE = Scalar.of(StoredType.N, 5);
  /** {@code Float} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Float> FLOAT = Scalar.of(StoredType.N, 6);
  /** {@code Double} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Double> DOUBLE = Scalar.of(StoredType.N, 7);
  /** {@code BigDecimal} as N, written with {@code toString()} as the Enhanced Client does. */
  public static final Codec<BigDecimal> BIG_DECIMAL = Scalar.of(StoredType.N, 8);
  /** {@code BigInteger} as N. */
  public static final Codec<BigInteger> BIG_INTEGER = Scalar.of(StoredType.N, 9);
  /** {@code SdkBytes} as B. */
  public static final Codec<SdkBytes> SDK_BYTES = Scalar.of(StoredType.B, 10);
  /** {@code byte[]} as B (copied on the way in and out). */
  public static final Codec<byte[]> BYTE_ARRAY = Scalar.of(StoredType.B, 11);
  /** {@code ByteBuffer} as B. */
  public static final Codec<ByteBuffer> BYTE_BUFFER = Scalar.of(StoredType.B, 12);
  /** {@code UUID} as S. */
  public static final Codec<UUID> UUID_CODEC = Scalar.of(StoredType.S, 13);
  /** {@code Instant} as S in ISO-8601 ({@code 2020-01-02T03:04:05Z}). */
  public static final Codec<Instant> INSTANT = Scalar.of(StoredType.S, 14);
  /** {@code Instant} as N epoch seconds, for the {@code @TimeToLive} attribute (DynamoDB's TTL reads only that). */
  public static final Codec<Instant> EPOCH_SECONDS = Scalar.of(StoredType.N, 15);
  /** {@code LocalDate} as S in ISO-8601. */
  public static final Codec<LocalDate> LOCAL_DATE = Scalar.of(StoredType.S, 16);
  /** {@code LocalDateTime} as S in ISO-8601. */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = Scalar.of(StoredType.S, 17);
  /** {@code LocalTime} as S in ISO-8601. */
  public static final Codec<LocalTime> LOCAL_TIME = Scalar.of(StoredType.S, 18);
  /** {@code OffsetDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = Scalar.of(StoredType.S, 19);
  /** {@code ZonedDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = Scalar.of(StoredType.S, 20);
  /** {@code Duration} as N ({@code seconds.nanoseconds}), the Enhanced Client's converter. */
  public static final Codec<Duration> DURATION = Scalar.of(StoredType.N, 21);

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
      E constant = byText.get(value.s());
      if (constant == null) {
        throw new IllegalArgumentException("'" + value.s() + "' is not a constant of " + typeName);
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
    return new CollectionCodec<>(StoredType.L, element);
  }

  /** A list or map element: null and values that encode to nothing are stored as {@code NUL}. */
  private static <T> AttributeValue encodeElement(Codec<T> codec, T value) {
    AttributeValue encoded = value == null ? null : codec.encode(value);
    return encoded == null ? AttributeValue.createNul(true) : encoded;
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
    return new CollectionCodec<>(setTypeOf(element.storedType()), element);
  }

  /**
   * A map with string keys as M; null values are stored as {@code NUL}.
   *
   * @param valueCodec the value codec
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<Map<String, T>> map(Codec<T> valueCodec) {
    return new Codec<>() {
      @Override
      public AttributeValue encode(Map<String, T> value) {
        Map<String, AttributeValue> out = new LinkedHashMap<>(capacity(value.size()));
        for (Map.Entry<String, T> e : value.entrySet()) {
          out.put(e.getKey(), encodeElement(valueCodec, e.getValue()));
        }
        return AttributeValue.createM(out);
      }

      @Override
      public Map<String, T> decode(AttributeValue value) {
        Map<String, T> out = new LinkedHashMap<>(capacity(value.m().size()));
        for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
          out.put(e.getKey(), valueCodec.decodeNullable(e.getValue()));
        }
        return out;
      }

      @Override
      public StoredType storedType() {
        return StoredType.M;
      }
    };
  }

  /**
   * An {@code Optional}: empty is not stored, and a missing attribute reads back as empty.
   *
   * @param inner the codec of the contained value
   * @param <T> the contained type
   * @return the codec
   */
  public static <T> Codec<Optional<T>> optional(Codec<T> inner) {
    return new Codec<>() {
      @Override
      public AttributeValue encode(Optional<T> value) {
        return value.map(inner::encode).orElse(null);
      }

      @Override
      public Optional<T> decode(AttributeValue value) {
        return Optional.ofNullable(inner.decodeNullable(value));
      }

      @Override
      public Optional<T> decodeNullable(AttributeValue value) {
        return Optional.ofNullable(inner.decodeNullable(value));
      }

      @Override
      public StoredType storedType() {
        return inner.storedType();
      }
    };
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
    return scalar(StoredType.M, v -> AttributeValue.createM(toItem.apply(v)), v -> fromItem.apply(v.m()));
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
    StoredType type = storedTypeOf(converter.attributeValueType());
    return scalar(type, converter::transformFrom, converter::transformTo);
  }

  /**
   * A scalar codec from two functions.
   *
   * @param type the stored type
   * @param encode value to attribute
   * @param decode attribute to value
   * @param <T> the Java type
   * @return the codec
   */
  public static <T> Codec<T> scalar(StoredType type, Function<T, AttributeValue> encode, Function<AttributeValue, T> decode) {
    return new Codec<>() {
      @Override
      public AttributeValue encode(T value) {
        return encode.apply(value);
      }

      @Override
      public T decode(AttributeValue value) {
        return decode.apply(value);
      }

      @Override
      public StoredType storedType() {
        return type;
      }
    };
  }


  private static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
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
   * Every built-in scalar codec is this one class, told apart by {@code kind}: one class to load
   * and verify instead of one per type, which is most of a schema's start-up cost (time to first
   * item). Generated {@code toItem}/{@code fromItem} code encodes and decodes the common scalars
   * inline, so the switch is off their hot path.
   */
  private static final class Scalar<T> implements Codec<T> {
    private final StoredType type;
    private final int kind;

    private Scalar(StoredType type, int kind) {
      this.type = type;
      this.kind = kind;
    }

    static <T> Codec<T> of(StoredType type, int kind) {
      return new Scalar<>(type, kind);
    }

    @Override
    public AttributeValue encode(T value) {
      switch (kind) {
        case 0: return AttributeValue.createS((String) value);
        case 1: return AttributeValue.createBool((Boolean) value);
        case 2: return AttributeValue.createN(value.toString());
        case 3: return AttributeValue.createN(value.toString());
        case 4: return AttributeValue.createN(value.toString());
        case 5: return AttributeValue.createN(value.toString());
        case 6: return AttributeValue.createN(value.toString());
        case 7: return AttributeValue.createN(value.toString());
        case 8: return AttributeValue.createN(value.toString());
        case 9: return AttributeValue.createN(value.toString());
        case 10: return AttributeValue.createB((SdkBytes) value);
        case 11: return AttributeValue.createB(SdkBytes.fromByteArray((byte[]) value));
        case 12: return AttributeValue.createB(SdkBytes.fromByteBuffer((ByteBuffer) value));
        case 13: return AttributeValue.createS(value.toString());
        case 14: return AttributeValue.createS(value.toString());
        case 15: return AttributeValue.createN(Long.toString(((Instant) value).getEpochSecond()));
        case 16: return AttributeValue.createS(value.toString());
        case 17: return AttributeValue.createS(value.toString());
        case 18: return AttributeValue.createS(value.toString());
        case 19: return Converters.OFFSET_DATE_TIME.transformFrom((OffsetDateTime) value);
        case 20: return Converters.ZONED_DATE_TIME.transformFrom((ZonedDateTime) value);
        case 21: return Converters.DURATION.transformFrom((Duration) value);
        default: throw new AssertionError(kind);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T decode(AttributeValue value) {
      return (T) decodeAny(value);
    }

    private Object decodeAny(AttributeValue value) {
      switch (kind) {
        case 0: return value.s();
        case 1: return value.bool();
        case 2: return Integer.valueOf(value.n());
        case 3: return Long.valueOf(value.n());
        case 4: return Short.valueOf(value.n());
        case 5: return Byte.valueOf(value.n());
        case 6: return Float.valueOf(value.n());
        case 7: return Double.valueOf(value.n());
        case 8: return new BigDecimal(value.n());
        case 9: return new BigInteger(value.n());
        case 10: return value.b();
        case 11: return value.b().asByteArray();
        case 12: return value.b().asByteBuffer();
        case 13: return UUID.fromString(value.s());
        case 14: return Instant.parse(value.s());
        case 15: return Instant.ofEpochSecond(new BigDecimal(value.n()).longValue());
        case 16: return LocalDate.parse(value.s());
        case 17: return LocalDateTime.parse(value.s());
        case 18: return LocalTime.parse(value.s());
        case 19: return Converters.OFFSET_DATE_TIME.transformTo(value);
        case 20: return Converters.ZONED_DATE_TIME.transformTo(value);
        case 21: return Converters.DURATION.transformTo(value);
        default: throw new AssertionError(kind);
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

  /**
   * Lists (L) and sets (SS, NS, BS) in one class, element by element; an empty set is not stored
   * (DynamoDB refuses empty sets) and a missing one reads back as null.
   */
  private static final class CollectionCodec<T, C extends Collection<T>> implements Codec<C> {
    private final StoredType type;
    private final Codec<T> element;

    CollectionCodec(StoredType type, Codec<T> element) {
      this.type = type;
      this.element = element;
    }

    @Override
    @SuppressWarnings("unchecked")
    public AttributeValue encode(C value) {
      if (type == StoredType.L) {
        List<AttributeValue> out = new ArrayList<>(value.size());
        if (value instanceof java.util.RandomAccess) {
          List<T> list = (List<T>) value;
          for (int i = 0, size = list.size(); i < size; i++) {
            out.add(encodeElement(element, list.get(i)));
          }
        } else {
          for (T v : value) {
            out.add(encodeElement(element, v));
          }
        }
        return AttributeValue.createL(out);
      }
      if (value.isEmpty()) {
        return null;
      }
      if (element == STRING) { // the common set: copy the strings straight into the request
        @SuppressWarnings("unchecked")
        Collection<String> strings = (Collection<String>) value;
        return AttributeValue.createSs(new ArrayList<>(strings));
      }
      if (type == StoredType.BS) {
        List<SdkBytes> bytes = new ArrayList<>(value.size());
        for (T v : value) {
          bytes.add(element.encode(v).b());
        }
        return AttributeValue.createBs(bytes);
      }
      List<String> strings = new ArrayList<>(value.size());
      for (T v : value) {
        AttributeValue e = element.encode(v);
        strings.add(type == StoredType.SS ? e.s() : e.n());
      }
      return type == StoredType.SS ? AttributeValue.createSs(strings) : AttributeValue.createNs(strings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public C decode(AttributeValue value) {
      if (type == StoredType.L) {
        List<AttributeValue> raw = value.l();
        List<T> out = new ArrayList<>(raw.size());
        for (AttributeValue r : raw) {
          out.add(element.decodeNullable(r));
        }
        return (C) out;
      }
      Set<T> out;
      if (type == StoredType.BS) {
        List<SdkBytes> raw = value.bs();
        out = new LinkedHashSet<>(capacity(raw.size()));
        for (SdkBytes r : raw) {
          out.add(element.decodeNullable(AttributeValue.createB(r)));
        }
      } else {
        boolean ss = type == StoredType.SS;
        List<String> raw = ss ? value.ss() : value.ns();
        out = new LinkedHashSet<>(capacity(raw.size()));
        for (String r : raw) {
          out.add(element.decodeNullable(ss ? AttributeValue.createS(r) : AttributeValue.createN(r)));
        }
      }
      return (C) out;
    }

    @Override
    public StoredType storedType() {
      return type;
    }
  }
}
