package dev.dynamorepo.it;

import dev.dynamorepo.annotations.PartitionKey;
import java.time.Instant;

/** A base class that many entities extend: the id and audit fields live here, not in the entity. */
public abstract class Audited {
  private String id;
  private String createdBy;
  private Instant changedAt;

  @PartitionKey
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public void setChangedAt(Instant changedAt) {
    this.changedAt = changedAt;
  }
}
