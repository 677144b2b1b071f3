package dev.dynamorepo.runtime.support;

import dev.dynamorepo.runtime.support.ScalarCodec.Kind;
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
  public static final Codec<String> STRING = new ScalarCodec<>(StoredType.S, Kind.STRING);
  /** {@code Boolean} as BOOL. */
  public static final Codec<Boolean> BOOLEAN = new ScalarCodec<>(StoredType.BOOL, Kind.BOOLEAN);
  /** {@code Integer} as N. */
  public static final Codec<Integer> INTEGER = new ScalarCodec<>(StoredType.N, Kind.INTEGER);
  /** {@code Long} as N. */
  public static final Codec<Long> LONG = new ScalarCodec<>(StoredType.N, Kind.LONG);
  /** {@code Short} as N. */
  public static final Codec<Short> SHORT = new ScalarCodec<>(StoredType.N, Kind.SHORT);
  /** {@code Byte} as N. */
  public static final Codec<Byte> BYTE = new ScalarCodec<>(StoredType.N, Kind.BYTE);
  /** {@code Float} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Float> FLOAT = new ScalarCodec<>(StoredType.N, Kind.FLOAT);
  /** {@code Double} as N; NaN and infinities are refused before sending (naming the attribute), as DynamoDB cannot store them. */
  public static final Codec<Double> DOUBLE = new ScalarCodec<>(StoredType.N, Kind.DOUBLE);
  /** {@code BigDecimal} as N, written with {@code toString()} as the Enhanced Client does. */
  public static final Codec<BigDecimal> BIG_DECIMAL = new ScalarCodec<>(StoredType.N, Kind.BIG_DECIMAL);
  /** {@code BigInteger} as N. */
  public static final Codec<BigInteger> BIG_INTEGER = new ScalarCodec<>(StoredType.N, Kind.BIG_INTEGER);
  /** {@code SdkBytes} as B. */
  public static final Codec<SdkBytes> SDK_BYTES = new ScalarCodec<>(StoredType.B, Kind.SDK_BYTES);
  /** {@code byte[]} as B (copied on the way in and out). */
  public static final Codec<byte[]> BYTE_ARRAY = new ScalarCodec<>(StoredType.B, Kind.BYTE_ARRAY);
  /** {@code ByteBuffer} as B. */
  public static final Codec<ByteBuffer> BYTE_BUFFER = new ScalarCodec<>(StoredType.B, Kind.BYTE_BUFFER);
  /** {@code UUID} as S. */
  public static final Codec<UUID> UUID_CODEC = new ScalarCodec<>(StoredType.S, Kind.UUID_CODEC);
  /** {@code Instant} as S in ISO-8601 ({@code 2020-01-02T03:04:05Z}). */
  public static final Codec<Instant> INSTANT = new ScalarCodec<>(StoredType.S, Kind.INSTANT);
  /** {@code Instant} as N epoch seconds, for the {@code @TimeToLive} attribute (DynamoDB's TTL reads only that). */
  public static final Codec<Instant> EPOCH_SECONDS = new ScalarCodec<>(StoredType.N, Kind.EPOCH_SECONDS);
  /** {@code LocalDate} as S in ISO-8601. */
  public static final Codec<LocalDate> LOCAL_DATE = new ScalarCodec<>(StoredType.S, Kind.LOCAL_DATE);
  /** {@code LocalDateTime} as S in ISO-8601. */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = new ScalarCodec<>(StoredType.S, Kind.LOCAL_DATE_TIME);
  /** {@code LocalTime} as S in ISO-8601. */
  public static final Codec<LocalTime> LOCAL_TIME = new ScalarCodec<>(StoredType.S, Kind.LOCAL_TIME);
  /** {@code OffsetDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = new ScalarCodec<>(StoredType.S, Kind.OFFSET_DATE_TIME);
  /** {@code ZonedDateTime} as S, the Enhanced Client's converter. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = new ScalarCodec<>(StoredType.S, Kind.ZONED_DATE_TIME);
  /** {@code Duration} as N ({@code seconds.nanoseconds}), the Enhanced Client's converter. */
  public static final Codec<Duration> DURATION = new ScalarCodec<>(StoredType.N, Kind.DURATION);

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
    return new FunctionCodec<>(type, encode, decode);
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
}
