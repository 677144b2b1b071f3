package dev.dynamorepo.benchmarks;

import static software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension.AttributeTags.versionAttribute;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** The Enhanced Client's {@code StaticTableSchema} for {@link Order12Bean}, built by hand: no reflection. */
public final class StaticSchemas {
  private StaticSchemas() {}

  /** @return a new static schema, equivalent to {@code TableSchema.fromBean(Order12Bean.class)} */
  public static TableSchema<Order12Bean> order12() {
    return StaticTableSchema.builder(Order12Bean.class)
        .newItemSupplier(Order12Bean::new)
        .addAttribute(String.class, a -> a.name("pk").getter(Order12Bean::getPk).setter(Order12Bean::setPk)
            .tags(primaryPartitionKey()))
        .addAttribute(String.class, a -> a.name("sk").getter(Order12Bean::getSk).setter(Order12Bean::setSk)
            .tags(primarySortKey()))
        .addAttribute(Long.class, a -> a.name("totalCents").getter(Order12Bean::getTotalCents)
            .setter(Order12Bean::setTotalCents))
        .addAttribute(Integer.class, a -> a.name("quantity").getter(Order12Bean::getQuantity)
            .setter(Order12Bean::setQuantity))
        .addAttribute(Boolean.class, a -> a.name("gift").getter(Order12Bean::isGift).setter(Order12Bean::setGift))
        .addAttribute(Instant.class, a -> a.name("createdAt").getter(Order12Bean::getCreatedAt)
            .setter(Order12Bean::setCreatedAt))
        .addAttribute(BigDecimal.class, a -> a.name("price").getter(Order12Bean::getPrice).setter(Order12Bean::setPrice))
        .addAttribute(EnhancedType.listOf(String.class), a -> a.name("lines").getter(Order12Bean::getLines)
            .setter(Order12Bean::setLines))
        .addAttribute(EnhancedType.setOf(String.class), a -> a.name("tags").getter(Order12Bean::getTags)
            .setter(Order12Bean::setTags))
        .addAttribute(EnhancedType.mapOf(String.class, Integer.class), a -> a.name("counts")
            .getter(Order12Bean::getCounts).setter(Order12Bean::setCounts))
        .addAttribute(Status.class, a -> a.name("status").getter(Order12Bean::getStatus).setter(Order12Bean::setStatus))
        .addAttribute(Long.class, a -> a.name("version").getter(Order12Bean::getVersion).setter(Order12Bean::setVersion)
            .tags(versionAttribute()))
        .build();
  }
}
