package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Convert;
import dev.dynamorepo.annotations.Ignore;
import dev.dynamorepo.annotations.PartitionKey;
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

/** Every supported attribute type, for the round trip and the Enhanced Client interop tests. */
@Table(name = "everything")
public record Everything(
    @PartitionKey String id,
    boolean flag, byte tiny, short small, int count, long big, float ratio, double precise,
    Integer boxedInt, Long boxedLong, Boolean boxedFlag,
    BigDecimal amount, BigInteger huge,
    SdkBytes blob, ByteBuffer buffer,
    Status status, UUID uuid,
    Instant instant, LocalDate date, LocalDateTime dateTime, LocalTime time,
    OffsetDateTime offset, ZonedDateTime zoned, Duration duration,
    List<String> names, Set<String> tags, Set<Long> numbers, Set<SdkBytes> blobs,
    Map<String, Integer> scores, List<Map<String, List<Long>>> deep,
    Address address, List<Address> history,
    Optional<String> nickname,
    @Convert(MoneyConverter.class) Money price,
    @Ignore String transientNote) {}
