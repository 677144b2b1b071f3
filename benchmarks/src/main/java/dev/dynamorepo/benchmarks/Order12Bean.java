package dev.dynamorepo.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The JavaBean twin of {@link Order12} for the Enhanced Client's {@code TableSchema.fromBean} and for
 * the hand-built {@code StaticTableSchema}: same attribute names, same stored form. The version is a
 * {@code Long}, as the Enhanced Client's versioned-record extension expects (null means "new item").
 */
@DynamoDbBean
public class Order12Bean {
  private String pk;
  private String sk;
  private long totalCents;
  private int quantity;
  private boolean gift;
  private Instant createdAt;
  private BigDecimal price;
  private List<String> lines;
  private Set<String> tags;
  private Map<String, Integer> counts;
  private Status status;
  private Long version;

  /** An empty bean, for the mappers. */
  public Order12Bean() {}

  /**
   * Copies a record.
   *
   * @param o the record
   * @return the bean with the same values
   */
  public static Order12Bean of(Order12 o) {
    Order12Bean b = new Order12Bean();
    b.pk = o.pk();
    b.sk = o.sk();
    b.totalCents = o.totalCents();
    b.quantity = o.quantity();
    b.gift = o.gift();
    b.createdAt = o.createdAt();
    b.price = o.price();
    b.lines = o.lines();
    b.tags = o.tags();
    b.counts = o.counts();
    b.status = o.status();
    b.version = o.version();
    return b;
  }

  /** @return the record with the same values (a null version becomes 0) */
  public Order12 toRecord() {
    return new Order12(pk, sk, totalCents, quantity, gift, createdAt, price, lines, tags, counts, status,
        version == null ? 0 : version);
  }

  /** @return the partition key */
  @DynamoDbPartitionKey
  public String getPk() {
    return pk;
  }

  /** @param pk the partition key */
  public void setPk(String pk) {
    this.pk = pk;
  }

  /** @return the sort key */
  @DynamoDbSortKey
  public String getSk() {
    return sk;
  }

  /** @param sk the sort key */
  public void setSk(String sk) {
    this.sk = sk;
  }

  /** @return the total in cents */
  public long getTotalCents() {
    return totalCents;
  }

  /** @param totalCents the total in cents */
  public void setTotalCents(long totalCents) {
    this.totalCents = totalCents;
  }

  /** @return the quantity */
  public int getQuantity() {
    return quantity;
  }

  /** @param quantity the quantity */
  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  /** @return whether it is a gift */
  public boolean isGift() {
    return gift;
  }

  /** @param gift whether it is a gift */
  public void setGift(boolean gift) {
    this.gift = gift;
  }

  /** @return the creation time */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** @param createdAt the creation time */
  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** @return the price */
  public BigDecimal getPrice() {
    return price;
  }

  /** @param price the price */
  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  /** @return the order lines */
  public List<String> getLines() {
    return lines;
  }

  /** @param lines the order lines */
  public void setLines(List<String> lines) {
    this.lines = lines;
  }

  /** @return the tags */
  public Set<String> getTags() {
    return tags;
  }

  /** @param tags the tags */
  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  /** @return counts per line */
  public Map<String, Integer> getCounts() {
    return counts;
  }

  /** @param counts counts per line */
  public void setCounts(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** @return the status */
  public Status getStatus() {
    return status;
  }

  /** @param status the status */
  public void setStatus(Status status) {
    this.status = status;
  }

  /** @return the version, null for a new item */
  @DynamoDbVersionAttribute
  public Long getVersion() {
    return version;
  }

  /** @param version the version */
  public void setVersion(Long version) {
    this.version = version;
  }
}
