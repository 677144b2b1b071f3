package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import java.util.Objects;
import java.util.Set;

/** An immutable class with a hand-written builder: no setters, no public constructor. */
@Table(name = "products")
public final class Product {
  private final String sku;
  private final String title;
  private final long priceCents;
  private final Set<String> tags;

  private Product(Builder b) {
    this.sku = b.sku;
    this.title = b.title;
    this.priceCents = b.priceCents;
    this.tags = b.tags;
  }

  public static Builder builder() {
    return new Builder();
  }

  @PartitionKey
  public String getSku() {
    return sku;
  }

  public String getTitle() {
    return title;
  }

  public long getPriceCents() {
    return priceCents;
  }

  public Set<String> getTags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Product p && Objects.equals(p.sku, sku) && Objects.equals(p.title, title) && p.priceCents == priceCents
        && Objects.equals(p.tags, tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, title, priceCents, tags);
  }

  /** The builder the generated mapping reads items back through. */
  public static final class Builder {
    private String sku;
    private String title;
    private long priceCents;
    private Set<String> tags;

    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder priceCents(long priceCents) {
      this.priceCents = priceCents;
      return this;
    }

    public Builder withTags(Set<String> tags) {
      this.tags = tags;
      return this;
    }

    public Product build() {
      return new Product(this);
    }
  }
}
