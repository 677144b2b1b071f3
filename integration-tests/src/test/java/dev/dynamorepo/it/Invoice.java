package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Table;
import java.util.Objects;

/** A bean whose key and audit attributes are inherited from {@link Audited}. */
@Table(name = "invoices")
public class Invoice extends Audited implements Labelled {
  private long cents;

  public long getCents() {
    return cents;
  }

  public void setCents(long cents) {
    this.cents = cents;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Invoice i && Objects.equals(i.getId(), getId()) && Objects.equals(i.getCreatedBy(), getCreatedBy())
        && Objects.equals(i.getChangedAt(), getChangedAt()) && i.cents == cents;
  }

  @Override
  public int hashCode() {
    return Objects.hash(getId(), cents);
  }
}
