package dev.dynamorepo.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decode time of a 3-attribute projection ({@link Order12Summary}) vs the whole 12-attribute
 * {@link Order12}, each from the item the server returns for it: the full item for
 * {@code Order12Schema.fromItem}; for {@code Order12SummarySchema.PROJECTION.fromItem}, only the
 * projected attributes (sk, totalCents, status: the ProjectionExpression the runtime sends for this
 * projection, as ProductionHarness shows). Also the projection decoded from the full item (same work, bigger map), and
 * the hand-written full decoder as the bar.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProjectionDecodeBenchmark {
  private Map<String, AttributeValue> fullItem;
  private Map<String, AttributeValue> projectedItem;

  /** Builds both items and checks the decoders agree with the fixed order. */
  @Setup
  public void setup() {
    Order12 order = Fixtures.order();
    fullItem = Order12Schema.toItem(order);
    projectedItem = new HashMap<>();
    for (String name : Order12SummarySchema.PROJECTION.attributes()) {
      projectedItem.put(name, fullItem.get(name));
    }
    Order12Summary expected = new Order12Summary(order.sk(), order.totalCents(), order.status());
    Fixtures.check("full fromItem", order, Order12Schema.fromItem(fullItem));
    Fixtures.check("projection fromItem", expected, Order12SummarySchema.PROJECTION.fromItem(projectedItem));
    Fixtures.check("projection fromItem (full item)", expected, Order12SummarySchema.PROJECTION.fromItem(fullItem));
  }

  /** @return the whole entity from the whole item */
  @Benchmark
  public Order12 fullGenerated() {
    return Order12Schema.fromItem(fullItem);
  }

  /** @return the whole entity, hand-written decoder */
  @Benchmark
  public Order12 fullHandWritten() {
    return HandWritten.fromItem(fullItem);
  }

  /** @return the projection from the projected item */
  @Benchmark
  public Order12Summary projection() {
    return Order12SummarySchema.PROJECTION.fromItem(projectedItem);
  }

  /** @return the projection from the whole item */
  @Benchmark
  public Order12Summary projectionFromFullItem() {
    return Order12SummarySchema.PROJECTION.fromItem(fullItem);
  }
}
