package test;

import dev.dynamorepo.annotations.Attribute;
import dev.dynamorepo.annotations.Convert;
import dev.dynamorepo.annotations.Ignore;
import dev.dynamorepo.annotations.IndexPartitionKey;
import dev.dynamorepo.annotations.IndexSortKey;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** A record entity with an attribute of every supported type (byte[] is on the bean). */
@Table(name = "everything")
public record Everything(
    @PartitionKey String id,
    @SortKey long seq,
    boolean flag,
    byte b,
    short s,
    int i,
    float f,
    double d,
    Boolean boxedFlag,
    Byte boxedB,
    Short boxedS,
    Integer boxedI,
    Long boxedL,
    Float boxedF,
    Double boxedD,
    BigDecimal decimal,
    BigInteger integer,
    SdkBytes sdkBytes,
    ByteBuffer buffer,
    @IndexPartitionKey("by-color") Color color,
    UUID uuid,
    @IndexSortKey("by-color") Instant instant,
    LocalDate date,
    LocalDateTime dateTime,
    LocalTime time,
    OffsetDateTime offset,
    ZonedDateTime zoned,
    Duration duration,
    List<String> list,
    Set<String> strings,
    Set<Integer> numbers,
    Set<SdkBytes> binaries,
    Set<Color> colors,
    Map<String, Integer> map,
    Address address,
    List<Address> addresses,
    Map<String, Address> addressBook,
    Optional<String> nickname,
    Optional<Address> maybeAddress,
    Node tree,
    @Convert(MoneyConverter.class) Money price,
    @Attribute("renamed") String original,
    @Ignore String note,
    @Ignore int ignoredNumber) {}
