package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.BatchGet;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Get;
import dev.dynamorepo.runtime.ReadConsistency;
import dev.dynamorepo.testing.CleanTables;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Typed projections read exactly their attributes, on get, batch get, query (table and index) and scan. */
@WithDynamoDb
@CleanTables
class ProjectionTest {
  private final List<Object> requests = new ArrayList<>();
  private OrderRepository orders;
  private CustomerRepository customers;
  private EventRepository events;

  @BeforeEach
  void setUp(LocalDynamoDb local) {
    DynamoDbClient client = DynamoDbClient.builder().endpointOverride(local.endpoint())
        .region(software.amazon.awssdk.regions.Region.of(local.region())).credentialsProvider(local.credentials())
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
          @Override
          public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            requests.add(context.request());
          }
        })).build();
    DynamoDb dynamo = DynamoDb.of(client);
    orders = new OrderRepository(dynamo);
    customers = new CustomerRepository(dynamo);
    events = new EventRepository(dynamo);
    orders.createTable();
    customers.createTable();
    events.createTable();
    for (int i = 0; i < 5; i++) {
      orders.put(new Order("alice", "o-" + i, 100 + i, Set.of("gift"), Instant.EPOCH, Status.PAID, "a long note " + i));
    }
    customers.put(new Customer("c1", "Ann", "ann@x", Map.of("tier", "gold"), 3));
    events.put(new Event("s1", 1, "click", "2026-01-01", 1, "t", 5L, null, null, null, null));
    requests.clear();
  }

  /** The names a request's ProjectionExpression reads. */
  private static Set<String> projected(Object request) {
    if (request instanceof software.amazon.awssdk.services.dynamodb.model.GetItemRequest r) {
      return new TreeSet<>(r.expressionAttributeNames().values());
    }
    if (request instanceof software.amazon.awssdk.services.dynamodb.model.QueryRequest r) {
      assertTrue(r.projectionExpression() != null, "a ProjectionExpression is sent");
      return new TreeSet<>(r.expressionAttributeNames().values());
    }
    if (request instanceof software.amazon.awssdk.services.dynamodb.model.ScanRequest r) {
      return new TreeSet<>(r.expressionAttributeNames().values());
    }
    var b = (software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest) request;
    return new TreeSet<>(b.requestItems().values().iterator().next().expressionAttributeNames().values());
  }

  @Test
  void getAndBatchGetReadOnlyTheProjection() {
    assertEquals(Optional.of(new OrderSummary("o-1", 101, Status.PAID)), orders.get(Get.of(orders.key("alice", "o-1")).project(OrderSummarySchema.PROJECTION)));
    assertEquals(Set.of("orderId", "status", "totalCents"), projected(requests.get(0)));
    assertEquals(Optional.of(new CustomerName("c1", "Ann")), customers.get(Get.of(customers.key("c1")).project(CustomerNameSchema.PROJECTION)));
    List<OrderSummary> two = orders.getAll(BatchGet.of(List.of(orders.key("alice", "o-2"), orders.key("alice", "o-9"), orders.key("alice", "o-0"))).project(OrderSummarySchema.PROJECTION));
    assertEquals(List.of(new OrderSummary("o-2", 102, Status.PAID), new OrderSummary("o-0", 100, Status.PAID)), two);
    assertEquals(Set.of("customerId", "orderId", "status", "totalCents"), projected(requests.get(2)), "plus the keys, to order results");
  }

  @Test
  void queriesAndScansReadOnlyTheProjection() {
    List<OrderSummary> q = orders.query("alice", sk -> sk.beginsWith("o-")).project(OrderSummarySchema.PROJECTION).stream().toList();
    assertEquals(5, q.size());
    assertEquals(new OrderSummary("o-0", 100, Status.PAID), q.get(0));
    assertTrue(projected(requests.get(0)).containsAll(Set.of("orderId", "status", "totalCents")));
    assertEquals(2, orders.query("alice").pageSize(2).project(OrderSummarySchema.PROJECTION).page(null).items().size());
    requests.clear();
    List<CustomerName> s = customers.scanner().project(CustomerNameSchema.PROJECTION).stream().toList();
    assertEquals(List.of(new CustomerName("c1", "Ann")), s);
    assertEquals(Set.of("id", "name"), projected(requests.get(0)));
    assertEquals(1, events.queryByType("click").project(EventTypeSchema.PROJECTION).stream().count());
  }

  @Test
  void optionsComposeInAnyOrderAroundAProjection() {
    // before: project(..) had to come last (pageSize no longer compiled after it), and get(key, projection)
    // could never be strongly consistent.
    var query = orders.query("alice").project(OrderSummarySchema.PROJECTION).pageSize(2).consistency(ReadConsistency.STRONG)
        .descending();
    dev.dynamorepo.runtime.Page<OrderSummary> page = query.page(null);
    assertEquals(List.of("o-4", "o-3"), page.items().stream().map(OrderSummary::orderId).toList());
    var q = (software.amazon.awssdk.services.dynamodb.model.QueryRequest) requests.get(0);
    assertEquals(2, q.limit());
    assertEquals(Boolean.TRUE, q.consistentRead());
    assertEquals(Boolean.FALSE, q.scanIndexForward());
    assertEquals(Set.of("orderId", "status", "totalCents"), read(q.projectionExpression(), q.expressionAttributeNames()));
    assertEquals(List.of("o-2", "o-1"), query.page(page.cursor()).items().stream().map(OrderSummary::orderId).toList(),
        "the projected query's cursor resumes it");

    requests.clear();
    Get<Order, OrderSummary> get = Get.of(orders.key("alice", "o-1")).consistency(ReadConsistency.STRONG)
        .project(OrderSummarySchema.PROJECTION);
    assertEquals(Optional.of(new OrderSummary("o-1", 101, Status.PAID)), orders.get(get));
    var g = (software.amazon.awssdk.services.dynamodb.model.GetItemRequest) requests.get(0);
    assertEquals(Boolean.TRUE, g.consistentRead());
    assertEquals(Set.of("orderId", "status", "totalCents"), read(g.projectionExpression(), g.expressionAttributeNames()));

    var summaries = orders.scanner().project(OrderSummarySchema.PROJECTION).filter(OrderSchema.TOTAL_CENTS.ge(103L)).stream()
        .map(OrderSummary::orderId).sorted().toList();
    assertEquals(List.of("o-3", "o-4"), summaries);
  }

  /** The attributes a ProjectionExpression reads, its placeholders resolved. */
  private static Set<String> read(String projection, Map<String, String> names) {
    Set<String> out = new TreeSet<>();
    for (String token : projection.split(",\\s*")) {
      out.add(names.getOrDefault(token, token));
    }
    return out;
  }

  @Test
  void theAsyncRepositoryTakesTheSameRequest(OrderAsyncRepository async) {
    Get<Order, OrderSummary> get = Get.of(orders.key("alice", "o-1")).consistency(ReadConsistency.STRONG)
        .project(OrderSummarySchema.PROJECTION);
    assertEquals(Optional.of(new OrderSummary("o-1", 101, Status.PAID)), async.get(get).join());
    assertEquals(List.of(new OrderSummary("o-1", 101, Status.PAID)),
        async.getAll(dev.dynamorepo.runtime.BatchGet.of(List.of(orders.key("alice", "o-1"))).project(OrderSummarySchema.PROJECTION)
            .consistency(ReadConsistency.STRONG)).join());
  }

  @Test
  void requestValuesAreImmutableSoAQueryCanBeKeptAndReused() {
    var ascending = orders.query("alice").pageSize(10);
    var descending = ascending.descending();
    var projected = ascending.project(OrderSummarySchema.PROJECTION);
    assertEquals("o-0", ascending.stream().findFirst().orElseThrow().orderId(), "descending() made a new query");
    assertEquals("o-4", descending.stream().findFirst().orElseThrow().orderId());
    assertEquals("o-0", projected.stream().findFirst().orElseThrow().orderId());
    Get<Order, Order> plain = Get.of(orders.key("alice", "o-2"));
    plain.project(OrderSummarySchema.PROJECTION);
    assertEquals("a long note 2", orders.get(plain).orElseThrow().note(), "project(..) made a new request");
  }

  @Test
  void aReadTransactionReadsProjections() {
    var read = orders.dynamo().readTransaction();
    var summary = read.get(orders, Get.of(orders.key("alice", "o-3")).project(OrderSummarySchema.PROJECTION));
    var whole = read.get(orders, orders.key("alice", "o-4"));
    var result = read.execute();
    assertEquals(Optional.of(new OrderSummary("o-3", 103, Status.PAID)), result.get(summary));
    assertEquals("a long note 4", result.get(whole).orElseThrow().note());
  }
}
