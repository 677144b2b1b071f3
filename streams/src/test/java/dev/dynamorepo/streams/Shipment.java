package dev.dynamorepo.streams;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** A test entity with a value of every DynamoDB type: S, N, B, BOOL, SS, NS, BS, M, L and NULL (note). */
@Table(name = "shipments")
public record Shipment(@PartitionKey String customerId, @SortKey String shipmentId,
                       long weightGrams, BigDecimal price, boolean fragile,
                       Set<String> tags, Set<Long> zones, SdkBytes label, Set<SdkBytes> seals,
                       Address destination, List<Parcel> parcels, Map<String, Integer> counts,
                       String note, Instant shippedAt) {

  /** A nested record, stored as a map holding a list. */
  public record Address(String street, String city, List<String> lines) {}

  /** A nested record inside a list. */
  public record Parcel(String sku, int quantity) {}
}
