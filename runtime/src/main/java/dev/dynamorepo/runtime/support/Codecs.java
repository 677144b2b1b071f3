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
 * about twice as much per value (DESIGN.md, performance notes). The common scalars are each
 * their own class rather than one class around two lambdas, so every codec call site stays
 * monomorphic and the JIT inlines it. Rare types whose text form is intricate (Duration,
 * OffsetDateTime, ZonedDateTime) delegate to the Enhanced Client's own converters, which
 * guarantees the same text.
 */
public final class Codecs {
  /** {@code String} as S. */
  public static final Codec<String> STRING = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(String value) {
      return AttributeValue.createS(value);
    }

    @Override
    public String decode(AttributeValue value) {
      return value.s();
    }
  };
  /** {@code Boolean} as BOOL. */
  public static final Codec<Boolean> BOOLEAN = new Scalar<>(StoredType.BOOL) {
    @Override
    public AttributeValue encode(Boolean value) {
      return AttributeValue.createBool(value);
    }

    @Override
    public Boolean decode(AttributeValue value) {
      return value.bool();
    }
  };
  /** {@code Integer} as N. */
  public static final Codec<Integer> INTEGER = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Integer value) {
      return AttributeValue.createN(Integer.toString(value));
    }

    @Override
    public Integer decode(AttributeValue value) {
      return Integer.valueOf(value.n());
    }
  };
  /** {@code Long} as N. */
  public static final Codec<Long> LONG = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Long value) {
      return AttributeValue.createN(Long.toString(value));
    }

    @Override
    public Long decode(AttributeValue value) {
      return Long.valueOf(value.n());
    }
  };
  /** {@code Short} as N. */
  public static final Codec<Short> SHORT = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Short value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public Short decode(AttributeValue value) {
      return Short.valueOf(value.n());
    }
  };
  /** {@code Byte} as N. */
  public static final Codec<Byte> BYTE = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Byte value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public Byte decode(AttributeValue value) {
      return Byte.valueOf(value.n());
    }
  };
  /** {@code Float} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Float> FLOAT = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Float value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public Float decode(AttributeValue value) {
      return Float.valueOf(value.n());
    }
  };
  /** {@code Double} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Double> DOUBLE = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Double value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public Double decode(AttributeValue value) {
      return Double.valueOf(value.n());
    }
  };
  /** {@code BigDecimal} as N, written with {@code toString()} as the Enhanced Client does. */
  public static final Codec<BigDecimal> BIG_DECIMAL = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(BigDecimal value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigDecimal decode(AttributeValue value) {
      return new BigDecimal(value.n());
    }
  };
  /** {@code BigInteger} as N. */
  public static final Codec<BigInteger> BIG_INTEGER = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(BigInteger value) {
      return AttributeValue.createN(value.toString());
    }

    @Override
    public BigInteger decode(AttributeValue value) {
      return new BigInteger(value.n());
    }
  };
  /** {@code SdkBytes} as B. */
  public static final Codec<SdkBytes> SDK_BYTES = new Scalar<>(StoredType.B) {
    @Override
    public AttributeValue encode(SdkBytes value) {
      return AttributeValue.createB(value);
    }

    @Override
    public SdkBytes decode(AttributeValue value) {
      return value.b();
    }
  };
  /** {@code byte[]} as B (copied on the way in and out). */
  public static final Codec<byte[]> BYTE_ARRAY = new Scalar<>(StoredType.B) {
    @Override
    public AttributeValue encode(byte[] value) {
      return AttributeValue.createB(SdkBytes.fromByteArray(value));
    }

    @Override
    public byte[] decode(AttributeValue value) {
      return value.b().asByteArray();
    }
  };
  /** {@code ByteBuffer} as B. */
  public static final Codec<ByteBuffer> BYTE_BUFFER = new Scalar<>(StoredType.B) {
    @Override
    public AttributeValue encode(ByteBuffer value) {
      return AttributeValue.createB(SdkBytes.fromByteBuffer(value));
    }

    @Override
    public ByteBuffer decode(AttributeValue value) {
      return value.b().asByteBuffer();
    }
  };
  /** {@code UUID} as S. */
  public static final Codec<UUID> UUID_CODEC = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(UUID value) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public UUID decode(AttributeValue value) {
      return UUID.fromString(value.s());
    }
  };
  /** {@code Instant} as S in ISO-8601 ({@code 2020-01-02T03:04:05Z}). */
  public static final Codec<Instant> INSTANT = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(Instant value) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public Instant decode(AttributeValue value) {
      return Instant.parse(value.s());
    }
  };
  /** {@code Instant} as N epoch seconds, for the {@code @TimeToLive} attribute (DynamoDB's TTL reads only that). */
  public static final Codec<Instant> EPOCH_SECONDS = new Scalar<>(StoredType.N) {
    @Override
    public AttributeValue encode(Instant value) {
      return AttributeValue.createN(Long.toString(value.getEpochSecond()));
    }

    @Override
    public Instant decode(AttributeValue value) {
      return Instant.ofEpochSecond(new java.math.BigDecimal(value.n()).longValue());
    }
  };
  /** {@code LocalDate} as S in ISO-8601. */
  public static final Codec<LocalDate> LOCAL_DATE = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(LocalDate value) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public LocalDate decode(AttributeValue value) {
      return LocalDate.parse(value.s());
    }
  };
  /** {@code LocalDateTime} as S in ISO-8601. */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(LocalDateTime value) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public LocalDateTime decode(AttributeValue value) {
      return LocalDateTime.parse(value.s());
    }
  };
  /** {@code LocalTime} as S in ISO-8601. */
  public static final Codec<LocalTime> LOCAL_TIME = new Scalar<>(StoredType.S) {
    @Override
    public AttributeValue encode(LocalTime value) {
      return AttributeValue.createS(value.toString());
    }

    @Override
    public LocalTime decode(AttributeValue value) {
      return LocalTime.parse(value.s());
    }
  };
  /** {@code OffsetDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = lazy(StoredType.S, new java.util.function.Supplier<>() {
    @Override
    public AttributeConverter<OffsetDateTime> get() {
      return OffsetDateTimeAsStringAttributeConverter.create();
    }
  });
  /** {@code ZonedDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = lazy(StoredType.S, new java.util.function.Supplier<>() {
    @Override
    public AttributeConverter<ZonedDateTime> get() {
      return ZonedDateTimeAsStringAttributeConverter.create();
    }
  });
  /** {@code Duration} as N ({@code seconds.nanoseconds}), the Enhanced Client's converter. */
  public static final Codec<Duration> DURATION = lazy(StoredType.N, new java.util.function.Supplier<>() {
    @Override
    public AttributeConverter<Duration> get() {
      return DurationAttributeConverter.create();
    }
  });

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
    String typeName = values.getClass().getComponentType().getSimpleName();
    return new Scalar<>(StoredType.S) {
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
    };
  }

  /**
   * A list as L; null elements are stored as {@code NUL} and read back as null.
   *
   * @param element the element codec
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<List<T>> list(Codec<T> element) {
    return new CollectionCodec<>(StoredType.L, element, CollectionCodec.<T>list()) {
      @Override
      public AttributeValue encode(List<T> value) {
        int size = value.size();
        List<AttributeValue> out = new ArrayList<>(size);
        if (value instanceof java.util.RandomAccess) {
          for (int i = 0; i < size; i++) {
            out.add(encodeElement(element, value.get(i)));
          }
        } else {
          for (T v : value) {
            out.add(encodeElement(element, v));
          }
        }
        return AttributeValue.createL(out);
      }
    };
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
  @SuppressWarnings("unchecked")
  public static <T> Codec<Set<T>> set(Codec<T> element) {
    if (element == STRING) {
      return (Codec<Set<T>>) (Codec<?>) STRING_SET;
    }
    StoredType setType = setTypeOf(element.storedType());
    return new CollectionCodec<>(setType, element, CollectionCodec.<T>set()) {
      @Override
      public AttributeValue encode(Set<T> value) {
        return value.isEmpty() ? null : encodeSet(setType, element, value);
      }
    };
  }

  /** {@code Set<String>} as SS, copying the strings straight into the request (the common set). */
  private static final Codec<Set<String>> STRING_SET = new CollectionCodec<>(StoredType.SS, STRING, CollectionCodec.<String>set()) {
    @Override
    public AttributeValue encode(Set<String> value) {
      return value.isEmpty() ? null : AttributeValue.createSs(new ArrayList<>(value));
    }
  };

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
   * An Enhanced Client converter created on first use, so that a schema without these types does
   * not load the Enhanced Client's converter classes at start-up (time to first item).
   */
  private static <T> Codec<T> lazy(StoredType type, java.util.function.Supplier<AttributeConverter<T>> factory) {
    return new Scalar<>(type) {
      private volatile AttributeConverter<T> converter;

      private AttributeConverter<T> converter() {
        AttributeConverter<T> c = converter;
        if (c == null) {
          c = factory.get();
          converter = c;
        }
        return c;
      }

      @Override
      public AttributeValue encode(T value) {
        return converter().transformFrom(value);
      }

      @Override
      public T decode(AttributeValue value) {
        return converter().transformTo(value);
      }
    };
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
    switch (element) {
      case S:
        return StoredType.SS;
      case N:
        return StoredType.NS;
      case B:
        return StoredType.BS;
      default:
        throw new IllegalArgumentException("a set's elements must be stored as S, N or B, not " + element);
    }
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

  private static <T> AttributeValue encodeSet(StoredType setType, Codec<T> element, Collection<T> value) {
    List<String> strings = setType == StoredType.BS ? null : new ArrayList<>(value.size());
    List<SdkBytes> bytes = setType == StoredType.BS ? new ArrayList<>(value.size()) : null;
    for (T v : value) {
      AttributeValue e = element.encode(v);
      switch (setType) {
        case SS: strings.add(e.s()); break;
        case NS: strings.add(e.n()); break;
        default: bytes.add(e.b()); break;
      }
    }
    switch (setType) {
      case SS: return AttributeValue.createSs(strings);
      case NS: return AttributeValue.createNs(strings);
      default: return AttributeValue.createBs(bytes);
    }
  }

  /** A codec of a DynamoDB scalar type; subclasses hold the encoding itself. */
  private abstract static class Scalar<T> implements Codec<T> {
    private final StoredType type;

    Scalar(StoredType type) {
      this.type = type;
    }

    @Override
    public final StoredType storedType() {
      return type;
    }
  }

  /** Decoding shared by lists and sets: element by element into a new collection. */
  private abstract static class CollectionCodec<T, C extends Collection<T>> implements Codec<C> {
    private final StoredType type;
    private final Codec<T> element;
    private final java.util.function.IntFunction<C> factory;

    CollectionCodec(StoredType type, Codec<T> element, java.util.function.IntFunction<C> factory) {
      this.type = type;
      this.element = element;
      this.factory = factory;
    }

    /** No lambdas or method references on the first-item path: the first one costs the JVM a lambda bootstrap. */
    @SuppressWarnings("rawtypes")
    private static final java.util.function.IntFunction LIST = new java.util.function.IntFunction<List<Object>>() {
      @Override
      public List<Object> apply(int size) {
        return new ArrayList<>(size);
      }
    };
    @SuppressWarnings("rawtypes")
    private static final java.util.function.IntFunction SET = new java.util.function.IntFunction<Set<Object>>() {
      @Override
      public Set<Object> apply(int size) {
        return new LinkedHashSet<>(capacity(size));
      }
    };

    @SuppressWarnings("unchecked")
    static <X> java.util.function.IntFunction<Set<X>> set() {
      return SET;
    }

    @SuppressWarnings("unchecked")
    static <X> java.util.function.IntFunction<List<X>> list() {
      return LIST;
    }

    @Override
    public C decode(AttributeValue value) {
      switch (type) {
        case SS: {
          List<String> raw = value.ss();
          C out = factory.apply(raw.size());
          for (String r : raw) {
            out.add(element.decodeNullable(AttributeValue.createS(r)));
          }
          return out;
        }
        case NS: {
          List<String> raw = value.ns();
          C out = factory.apply(raw.size());
          for (String r : raw) {
            out.add(element.decodeNullable(AttributeValue.createN(r)));
          }
          return out;
        }
        case BS: {
          List<SdkBytes> raw = value.bs();
          C out = factory.apply(raw.size());
          for (SdkBytes r : raw) {
            out.add(element.decodeNullable(AttributeValue.createB(r)));
          }
          return out;
        }
        default: {
          List<AttributeValue> raw = value.l();
          C out = factory.apply(raw.size());
          for (AttributeValue r : raw) {
            out.add(element.decodeNullable(r));
          }
          return out;
        }
      }
    }

    @Override
    public StoredType storedType() {
      return type;
    }
  }
}
