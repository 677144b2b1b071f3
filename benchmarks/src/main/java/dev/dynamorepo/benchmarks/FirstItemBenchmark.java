package dev.dynamorepo.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cost of the first item in a fresh JVM: one call per fork, no warm-up, so class loading,
 * schema creation (reflection for the bean schema, static initialisers for the generated one) and
 * interpretation are all counted. Each method encodes the fixture and decodes it back.
 *
 * <p>This counts from the benchmark call, not from JVM start (JMH's own start-up comes first);
 * {@link FirstItemHarness} measures from process spawn.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstItemBenchmark {
  /** @return the round-tripped order, generated schema */
  @Benchmark
  public Object generated() {
    return FirstItem.generated();
  }

  /** @return the round-tripped bean, {@code TableSchema.fromBean} created in the call */
  @Benchmark
  public Object bean() {
    return FirstItem.bean();
  }

  /** @return the round-tripped bean, {@code StaticTableSchema} built in the call */
  @Benchmark
  public Object staticSchema() {
    return FirstItem.staticSchema();
  }

  /** @return the round-tripped order, hand-written code */
  @Benchmark
  public Object handWritten() {
    return FirstItem.handWritten();
  }

  /** The first item, one way per mapper; shared by the JMH benchmark and the process harness. */
  static final class FirstItem {
    private FirstItem() {}

    static Object generated() {
      Map<String, AttributeValue> item = Order12Schema.toItem(Fixtures.order());
      return Order12Schema.fromItem(item);
    }

    static Object bean() {
      TableSchema<Order12Bean> schema = TableSchema.fromBean(Order12Bean.class);
      Map<String, AttributeValue> item = schema.itemToMap(Fixtures.bean(), true);
      return schema.mapToItem(item);
    }

    static Object staticSchema() {
      TableSchema<Order12Bean> schema = StaticSchemas.order12();
      Map<String, AttributeValue> item = schema.itemToMap(Fixtures.bean(), true);
      return schema.mapToItem(item);
    }

    static Object handWritten() {
      Map<String, AttributeValue> item = HandWritten.toItem(Fixtures.order());
      return HandWritten.fromItem(item);
    }

    static Object run(String variant) {
      switch (variant) {
        case "generated": return generated();
        case "bean": return bean();
        case "static": return staticSchema();
        case "hand": return handWritten();
        case "baseline": return "nothing mapped";
        default: throw new IllegalArgumentException("unknown variant " + variant
            + "; use generated, bean, static, hand or baseline");
      }
    }
  }
}
