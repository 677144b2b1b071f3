package dev.dynamorepo.streams;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.dynamorepo.streams.Shipment.Address;
import dev.dynamorepo.streams.Shipment.Parcel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** The entities of the recorded event, and the event read as the Lambda Java runtime reads it. */
final class Fixtures {
  static final Instant SHIPPED = Instant.parse("2026-01-02T03:04:05Z");

  /** The item the recorded INSERT wrote (note is stored as NULL). */
  static final Shipment INSERTED = new Shipment("alice", "s-1", 1200, new BigDecimal("12.5"), true,
      Set.of("gift", "express"), Set.of(3L, 7L), bytes("label-1"), Set.of(bytes("seal-a"), bytes("seal-b")),
      new Address("1 Main St", "Dublin", List.of("Floor 2", "Door B")),
      List.of(new Parcel("book", 2), new Parcel("mug", 1)), Map.of("scans", 0), null, SHIPPED);

  /** The item after the recorded MODIFY, which the REMOVE then deleted. */
  static final Shipment MODIFIED = new Shipment("alice", "s-1", 1350, new BigDecimal("12.5"), false,
      Set.of("gift"), Set.of(3L, 7L, 11L), bytes("label-2"), Set.of(bytes("seal-a")),
      new Address("1 Main St", "Dublin", List.of()),
      List.of(new Parcel("book", 3)), Map.of("scans", 1, "returns", 0), "leave at the door", SHIPPED);

  private Fixtures() {}

  static SdkBytes bytes(String text) {
    return SdkBytes.fromString(text, StandardCharsets.UTF_8);
  }

  /** Reads a JSON resource with the Lambda runtime's own serializer for DynamodbEvent. */
  static DynamodbEvent event(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return LambdaEventSerializers.serializerFor(DynamodbEvent.class, Fixtures.class.getClassLoader()).fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
