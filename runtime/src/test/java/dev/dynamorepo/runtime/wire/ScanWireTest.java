package dev.dynamorepo.runtime.wire;

import static dev.dynamorepo.runtime.wire.CannedHttp.ok;
import static dev.dynamorepo.runtime.wire.QueryWireTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoException;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.runtime.Scan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scan on the wire: whole-table pages, one worker's segment, merged segments, filters and counts. */
class ScanWireTest extends WireTest {
  static final Order A = QueryWireTest.A;
  static final Order B = QueryWireTest.B;

  private Scan<Order, Order> scanner() {
    return side == Side.SYNC ? orders.scanner() : ordersAsync.scanner();
  }

  @BothSides
  void aScanReadsEveryPage(Side side) {
    on(side);
    Map<String, Object> last = Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-1"));
    http.on("Scan", page(List.of(A), last), page(List.of(B), null));
    assertEquals(List.of(A, B), call(() -> orders.scan().toList(), () -> collect(ordersAsync.scan())));
    List<Sent> sent = sent("Scan");
    assertEquals(Map.of("TableName", "orders"), sent.get(0).body(), "a plain scan sends the table only");
    assertEquals(last, sent.get(1).get("ExclusiveStartKey"));
  }

  @BothSides
  void oneWorkersSegmentWithItsOptions(Side side) {
    on(side);
    http.on("Scan", page(List.of(B), null));
    Scan<Order, Order> scan = scanner().segment(2, 4).pageSize(100).filter(OrderSchema.TOTAL.ge(20L))
        .consistency(ReadConsistency.STRONG);
    Page<Order> page = call(() -> scan.page(null), () -> scan.pageAsync(null));
    assertEquals(List.of(B), page.items());
    Sent sent = only("Scan");
    assertEquals(new BigDecimal(2), sent.get("Segment"));
    assertEquals(new BigDecimal(4), sent.get("TotalSegments"));
    assertEquals(new BigDecimal(100), sent.get("Limit"));
    assertEquals(Boolean.TRUE, sent.get("ConsistentRead"));
    assertEquals("total >= 20", sent.expr("FilterExpression"));
  }

  @BothSides
  void mergedSegmentsEachGoOutOnThisSidesClient(Side side) {
    on(side);
    http.onEach("Scan", s -> page(List.of(((BigDecimal) s.get("Segment")).intValue() == 1 ? B : A), null));
    Scan<Order, Order> scan = scanner().segments(3).filter(OrderSchema.STATUS.eq("NEW"));
    List<Order> all = call(() -> scan.stream().toList(), () -> collect(scan.publisher()));
    assertEquals(3, all.size());
    assertEquals(Set.of(A, B), Set.copyOf(all));
    List<Sent> sent = sent("Scan");
    assertEquals(Set.of(0, 1, 2), Set.copyOf(sent.stream().map(s -> ((BigDecimal) s.get("Segment")).intValue()).toList()));
    sent.forEach(s -> assertEquals(new BigDecimal(3), s.get("TotalSegments")));
    sent.forEach(s -> assertEquals("status = 'NEW'", s.expr("FilterExpression")));
  }

  @BothSides
  void aMergedScanHasNoPages(Side side) {
    on(side);
    Scan<Order, Order> scan = scanner().segments(2);
    DynamoException e = fails(DynamoException.class, () -> scan.page(null), () -> scan.pageAsync(null));
    assertTrue(e.getMessage().contains("'orders'") && e.getMessage().contains("segment"), e.getMessage());
    nothingSent();
  }

  @BothSides
  void countsAddUpEverySegmentsPages(Side side) {
    on(side);
    Map<String, Object> last = Map.of("customerId", Map.of("S", "alice"), "orderId", Map.of("S", "o-1"));
    http.onEach("Scan", s -> ((BigDecimal) s.get("Segment")).intValue() == 0 && s.get("ExclusiveStartKey") == null
        ? ok(Map.of("Count", 4, "LastEvaluatedKey", last)) : ok(Map.of("Count", 1)));
    Scan<Order, Order> scan = scanner().segments(2);
    assertEquals(6L, call(scan::count, scan::countAsync));
    List<Sent> sent = sent("Scan");
    assertEquals(3, sent.size());
    sent.forEach(s -> assertEquals("COUNT", s.get("Select")));
    sent.forEach(s -> assertNull(s.get("Limit")));
  }
}
