package test;

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Sample entities, compiled with them and called reflectively by the tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A lookup from inside this class loader, which the Enhanced Client needs to build lambdas. */
  public static MethodHandles.Lookup lookup() {
    return MethodHandles.lookup();
  }

  public static Everything everything() {
    Address home = new Address("1 Main St", "75001", List.of("floor 2"));
    Node root = new Node("root", List.of(new Node("leaf", List.of(), null)), null);
    return new Everything("id-1", 7L, true, (byte) 1, (short) 2, 3, 4.5f, 6.25,
        false, (byte) -1, (short) -2, -3, -4L, -4.5f, -6.25,
        new BigDecimal("1.50"), new BigInteger("123456789012345678901234567890"),
        SdkBytes.fromUtf8String("sdk"), ByteBuffer.wrap(new byte[] {9, 8}),
        Color.GREEN, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        Instant.parse("2020-01-02T03:04:05Z"), LocalDate.of(2020, 1, 2), LocalDateTime.of(2020, 1, 2, 3, 4, 5),
        LocalTime.of(3, 4, 5), OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
        ZonedDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneId.of("Europe/Paris")), Duration.ofSeconds(12, 5),
        List.of("a", "b"), Set.of("x"), Set.of(1, 2), Set.of(SdkBytes.fromUtf8String("z")), Set.of(Color.RED),
        Map.of("k", 1), home, List.of(home), Map.of("home", home), Optional.of("nick"), Optional.empty(),
        root, new Money(1234), "kept", "never stored", 42);
  }

  /** The same with nulls and empty collections. */
  public static Everything sparse() {
    return new Everything("id-2", 0L, false, (byte) 0, (short) 0, 0, 0f, 0d,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, List.of(), Set.of(), null, null, null, Map.of(), null, null, null,
        Optional.empty(), Optional.empty(), null, null, null, null, 0);
  }

  public static Account account() {
    Profile friend = new Profile();
    friend.setDisplayName("Bob");
    friend.setAge(40);
    friend.setFriends(List.of());
    Profile profile = new Profile();
    profile.setDisplayName("Ann");
    profile.setAge(30);
    profile.setFriends(List.of(friend));
    Account a = new Account();
    a.setId(5L);
    a.setVersion(3);
    a.setName("ann");
    a.setActive(false);
    a.setLevel(7);
    a.setBalance(new BigDecimal("10.25"));
    a.setAvatar(new byte[] {1, 2, 3});
    a.setColor(Color.GREEN);
    a.setCreated(Instant.parse("2021-02-03T04:05:06.789Z"));
    a.setTimeout(Duration.ofMillis(1500));
    a.setRoles(List.of("admin", "dev"));
    a.setTags(Set.of("t1"));
    a.setLimits(Map.of("daily", 10));
    a.setProfile(profile);
    a.setCredit(new Money(99));
    a.setScratch("not stored");
    return a;
  }
}
