package dev.dynamorepo.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Careful hand-written mapping of {@link Order12}, the bar the generated code must meet: the SDK's
 * builder-free {@code AttributeValue.createX} factories, presized collections, no lambdas, no
 * reflection; the same stored form as the Enhanced Client (nulls left out, empty sets left out,
 * null list elements and map values as NUL).
 */
public final class HandWritten {
  private HandWritten() {}

  /**
   * Encodes an order.
   *
   * @param o the order
   * @return its item
   */
  public static Map<String, AttributeValue> toItem(Order12 o) {
    Map<String, AttributeValue> m = new HashMap<>(16); // 12 entries fit without a resize
    if (o.pk() != null) {
      m.put("pk", AttributeValue.createS(o.pk()));
    }
    if (o.sk() != null) {
      m.put("sk", AttributeValue.createS(o.sk()));
    }
    m.put("totalCents", AttributeValue.createN(Long.toString(o.totalCents())));
    m.put("quantity", AttributeValue.createN(Integer.toString(o.quantity())));
    m.put("gift", AttributeValue.createBool(o.gift()));
    if (o.createdAt() != null) {
      m.put("createdAt", AttributeValue.createS(o.createdAt().toString()));
    }
    if (o.price() != null) {
      m.put("price", AttributeValue.createN(o.price().toString()));
    }
    List<String> lines = o.lines();
    if (lines != null) {
      List<AttributeValue> l = new ArrayList<>(lines.size());
      for (int i = 0, n = lines.size(); i < n; i++) {
        String s = lines.get(i);
        l.add(s == null ? AttributeValue.createNul(true) : AttributeValue.createS(s));
      }
      m.put("lines", AttributeValue.createL(l));
    }
    Set<String> tags = o.tags();
    if (tags != null && !tags.isEmpty()) {
      m.put("tags", AttributeValue.createSs(new ArrayList<>(tags)));
    }
    Map<String, Integer> counts = o.counts();
    if (counts != null) {
      Map<String, AttributeValue> cm = new LinkedHashMap<>(capacity(counts.size()));
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        Integer v = e.getValue();
        cm.put(e.getKey(), v == null ? AttributeValue.createNul(true) : AttributeValue.createN(v.toString()));
      }
      m.put("counts", AttributeValue.createM(cm));
    }
    if (o.status() != null) {
      m.put("status", AttributeValue.createS(o.status().toString()));
    }
    m.put("version", AttributeValue.createN(Long.toString(o.version())));
    return m;
  }

  /**
   * Decodes an item.
   *
   * @param m the item
   * @return the order; missing attributes are null or zero
   */
  public static Order12 fromItem(Map<String, AttributeValue> m) {
    AttributeValue v;
    String pk = (v = m.get("pk")) == null ? null : v.s();
    String sk = (v = m.get("sk")) == null ? null : v.s();
    String n = (v = m.get("totalCents")) == null ? null : v.n();
    long totalCents = n == null ? 0L : Long.parseLong(n);
    n = (v = m.get("quantity")) == null ? null : v.n();
    int quantity = n == null ? 0 : Integer.parseInt(n);
    Boolean b = (v = m.get("gift")) == null ? null : v.bool();
    boolean gift = b != null && b;
    String s = (v = m.get("createdAt")) == null ? null : v.s();
    Instant createdAt = s == null ? null : Instant.parse(s);
    n = (v = m.get("price")) == null ? null : v.n();
    BigDecimal price = n == null ? null : new BigDecimal(n);
    List<String> lines = null;
    if ((v = m.get("lines")) != null && v.nul() == null) {
      List<AttributeValue> l = v.l();
      lines = new ArrayList<>(l.size());
      for (int i = 0, size = l.size(); i < size; i++) {
        lines.add(l.get(i).s()); // NUL has no s(): null
      }
    }
    Set<String> tags = null;
    if ((v = m.get("tags")) != null && v.nul() == null) {
      tags = new LinkedHashSet<>(v.ss());
    }
    Map<String, Integer> counts = null;
    if ((v = m.get("counts")) != null && v.nul() == null) {
      Map<String, AttributeValue> cm = v.m();
      counts = new LinkedHashMap<>(capacity(cm.size()));
      for (Map.Entry<String, AttributeValue> e : cm.entrySet()) {
        String cn = e.getValue().n();
        counts.put(e.getKey(), cn == null ? null : Integer.valueOf(cn));
      }
    }
    s = (v = m.get("status")) == null ? null : v.s();
    Status status = s == null ? null : Status.valueOf(s);
    n = (v = m.get("version")) == null ? null : v.n();
    long version = n == null ? 0L : Long.parseLong(n);
    return new Order12(pk, sk, totalCents, quantity, gift, createdAt, price, lines, tags, counts, status, version);
  }

  private static int capacity(int size) {
    return (int) (size / 0.75f) + 1;
  }
}
