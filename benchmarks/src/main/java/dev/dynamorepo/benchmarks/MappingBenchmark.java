package dev.dynamorepo.benchmarks;

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
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item mapping of the 12-attribute {@link Order12}, both ways, by four mappers: the generated
 * {@code Order12Schema}, the Enhanced Client's {@code TableSchema.fromBean}, a hand-built
 * {@code StaticTableSchema}, and {@link HandWritten} code. Also the generated schema behind the
 * Enhanced Client's interface ({@code Order12Schema.tableSchema()}), as Enhanced Client users adopt it.
 *
 * <p>The setup checks that all mappers write the same item and read back the same values, so the
 * numbers compare equal work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MappingBenchmark {
  private Order12 order;
  private Order12Bean bean;
  private Map<String, AttributeValue> item;
  private TableSchema<Order12Bean> beanSchema;
  private TableSchema<Order12Bean> staticSchema;
  private TableSchema<Order12> generatedTableSchema;

  /** Builds the schemas and the fixed order and item, and checks the mappers agree. */
  @Setup
  public void setup() {
    order = Fixtures.order();
    bean = Fixtures.bean();
    beanSchema = TableSchema.fromBean(Order12Bean.class);
    staticSchema = StaticSchemas.order12();
    generatedTableSchema = Order12Schema.tableSchema();
    item = HandWritten.toItem(order);

    Fixtures.check("generated toItem", item, Order12Schema.toItem(order));
    Fixtures.check("bean itemToMap", item, beanSchema.itemToMap(bean, true));
    Fixtures.check("static itemToMap", item, staticSchema.itemToMap(bean, true));
    Fixtures.check("generated tableSchema itemToMap", item, generatedTableSchema.itemToMap(order, true));
    Fixtures.check("hand-written fromItem", order, HandWritten.fromItem(item));
    Fixtures.check("generated fromItem", order, Order12Schema.fromItem(item));
    Fixtures.check("bean mapToItem", order, beanSchema.mapToItem(item).toRecord());
    Fixtures.check("static mapToItem", order, staticSchema.mapToItem(item).toRecord());
    Fixtures.check("generated tableSchema mapToItem", order, generatedTableSchema.mapToItem(item));
  }

  /** @return the generated encoder's item */
  @Benchmark
  public Map<String, AttributeValue> toItemGenerated() {
    return Order12Schema.toItem(order);
  }

  /** @return the generated encoder's item, through the Enhanced Client's interface */
  @Benchmark
  public Map<String, AttributeValue> toItemGeneratedTableSchema() {
    return generatedTableSchema.itemToMap(order, true);
  }

  /** @return the bean schema's item ({@code ignoreNulls = true}, as {@code putItem} does) */
  @Benchmark
  public Map<String, AttributeValue> toItemBean() {
    return beanSchema.itemToMap(bean, true);
  }

  /** @return the static schema's item */
  @Benchmark
  public Map<String, AttributeValue> toItemStatic() {
    return staticSchema.itemToMap(bean, true);
  }

  /** @return the hand-written encoder's item */
  @Benchmark
  public Map<String, AttributeValue> toItemHandWritten() {
    return HandWritten.toItem(order);
  }

  /** @return the generated decoder's order */
  @Benchmark
  public Order12 fromItemGenerated() {
    return Order12Schema.fromItem(item);
  }

  /** @return the generated decoder's order, through the Enhanced Client's interface */
  @Benchmark
  public Order12 fromItemGeneratedTableSchema() {
    return generatedTableSchema.mapToItem(item);
  }

  /** @return the bean schema's bean */
  @Benchmark
  public Order12Bean fromItemBean() {
    return beanSchema.mapToItem(item);
  }

  /** @return the static schema's bean */
  @Benchmark
  public Order12Bean fromItemStatic() {
    return staticSchema.mapToItem(item);
  }

  /** @return the hand-written decoder's order */
  @Benchmark
  public Order12 fromItemHandWritten() {
    return HandWritten.fromItem(item);
  }
}
