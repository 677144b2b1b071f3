package dev.dynamorepo.it.catalog;

import static dev.dynamorepo.it.Publishers.collect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Page;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Queries of a single-table design whose collections are larger than DynamoDB's 1 MB page: 36
 * photos of ~40 KB and a product in one partition and in one partition of the overloaded index
 * gsi1. Every form (stream, page by cursor, publisher, async pages, count) returns every item,
 * in key order, once. Also ranges on a leading number component (reviews by stars).
 */
@WithDynamoDb
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogQueryTest {
  private static final String DATA = "d".repeat(40_000);
  private static final List<Integer> SEQS = IntStream.rangeClosed(10, 45).boxed().toList();

  private final AtomicInteger queries = new AtomicInteger();
  private DynamoDbClient client;
  private DynamoDbClient counted;
  private DynamoDbAsyncClient countedAsync;
  private PhotoRepository photos;
  private ProductRepository products;
  private ReviewRepository reviews;
  private CatalogItemTable catalog;

  @BeforeAll
  void load(DynamoDbClient client) {
    this.client = client;
    if (client.listTables().tableNames().contains("shop2")) {
      client.deleteTable(b -> b.tableName("shop2"));
    }
    ExecutionInterceptor countQueries = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if ("Query".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))) {
          queries.incrementAndGet();
        }
      }
    };
    LocalDynamoDb local = LocalDynamoDb.get();
    counted = DynamoDbClient.builder().endpointOverride(local.endpoint()).region(Region.of(local.region()))
        .credentialsProvider(local.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(countQueries).retryStrategy(b -> b.maxAttempts(1))).build();
    countedAsync = DynamoDbAsyncClient.builder().endpointOverride(local.endpoint()).region(Region.of(local.region()))
        .credentialsProvider(local.credentials()).httpClientBuilder(NettyNioAsyncHttpClient.builder())
        .overrideConfiguration(c -> c.addExecutionInterceptor(countQueries).retryStrategy(b -> b.maxAttempts(1))).build();
    DynamoDb dynamo = DynamoDb.of(counted, countedAsync);
    photos = new PhotoRepository(dynamo);
    products = new ProductRepository(dynamo);
    reviews = new ReviewRepository(dynamo);
    catalog = new CatalogItemTable(dynamo);
    catalog.createTable();
    // out of order on purpose: the keys, not the writes, give the order
    for (int i = SEQS.size() - 1; i >= 0; i--) {
      photos.put(new Photo("cam", "p1", SEQS.get(i), "b1", DATA));
    }
    products.put(new Product("cam", "p1", "b1", null, null, "a camera"));
    photos.put(new Photo("lens", "p2", 1, "b2", "small"));
    for (int stars = 1; stars <= 5; stars++) {
      reviews.put(new Review("rev", stars, "r1", "one"));
      reviews.put(new Review("rev", stars, "r2", "two"));
    }
  }

  @AfterAll
  void close() {
    counted.close();
    countedAsync.close();
  }

  private static List<String> photoSeqs(List<Photo> list) {
    return list.stream().map(p -> p.productId() + ":" + p.seq()).toList();
  }

  private static List<String> expectedPhotos() {
    return SEQS.stream().map(s -> "p1:" + s).toList();
  }

  private static String describe(CatalogItem item) {
    if (item instanceof Photo p) {
      return p.productId() + ":" + p.seq();
    }
    if (item instanceof Product p) {
      return "product " + p.productId();
    }
    return "review " + ((Review) item).reviewId();
  }

  /** Every page of the query from a null cursor to the last, at most 20. */
  private static <T> List<Page<T>> pages(Function<String, Page<T>> next) {
    List<Page<T>> out = new ArrayList<>();
    String cursor = null;
    do {
      Page<T> page = next.apply(cursor);
      out.add(page);
      cursor = page.cursor();
    } while (cursor != null && out.size() < 20);
    assertNull(out.get(out.size() - 1).cursor(), "the pages end");
    return out;
  }

  @Test
  void theCollectionIsLargerThanOnePage() {
    boolean more = client.query(b -> b.tableName("shop2").keyConditionExpression("pk = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAT#cam")))).hasLastEvaluatedKey();
    assertTrue(more, "one Query of CAT#cam stops at 1 MB");
    boolean moreInIndex = client.query(b -> b.tableName("shop2").indexName("gsi1").keyConditionExpression("gsi1pk = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("BATCH#b1")))).hasLastEvaluatedKey();
    assertTrue(moreInIndex, "one Query of BATCH#b1 stops at 1 MB");
  }

  @Test
  void entityStreamsReadEveryPage() {
    queries.set(0);
    assertEquals(expectedPhotos(), photoSeqs(photos.query("cam").stream().toList()));
    assertTrue(queries.get() >= 2, "more than one request: " + queries.get());
    List<String> down = new ArrayList<>(expectedPhotos());
    java.util.Collections.reverse(down);
    assertEquals(down, photoSeqs(photos.query("cam").descending().stream().toList()));
    assertEquals(expectedPhotos(), photoSeqs(photos.query("cam", "p1").stream().toList()));
    assertEquals(List.of("p1:40", "p1:41", "p1:42", "p1:43", "p1:44", "p1:45"),
        photoSeqs(photos.query("cam", "p1", s -> s.ge(40)).stream().toList()));
    assertEquals(36, photos.query("cam").count());
    assertEquals(30, photos.query("cam").limit(30).stream().count());
    assertEquals(List.of("p2:1"), photoSeqs(photos.query("lens").stream().toList()));
  }

  @Test
  void entityPagesChainByCursorAcrossTheMegabyte() {
    List<Page<Photo>> pages = pages(c -> photos.query("cam").page(c));
    assertTrue(pages.size() >= 2, "pages: " + pages.size());
    assertTrue(pages.get(0).items().size() < 36 && pages.get(0).hasMore(), "the first page stops at 1 MB");
    assertEquals(expectedPhotos(), photoSeqs(pages.stream().flatMap(p -> p.items().stream()).toList()));
    // a page size smaller than what fits in 1 MB
    List<Page<Photo>> small = pages(c -> photos.query("cam").pageSize(10).page(c));
    assertEquals(expectedPhotos(), photoSeqs(small.stream().flatMap(p -> p.items().stream()).toList()));
    assertTrue(small.size() >= 4, "10 per page: " + small.size());
  }

  @Test
  void collectionQueryReadsEveryPage() {
    List<String> expected = new ArrayList<>(expectedPhotos());
    expected.add("product p1");
    queries.set(0);
    assertEquals(expected, catalog.query("cam").stream().map(CatalogQueryTest::describe).toList());
    assertTrue(queries.get() >= 2, "more than one request: " + queries.get());
    List<Page<CatalogItem>> pages = pages(c -> catalog.query("cam").page(c));
    assertTrue(pages.size() >= 2);
    assertEquals(expected, pages.stream().flatMap(p -> p.items().stream()).map(CatalogQueryTest::describe).toList());
    assertEquals(37, catalog.query("cam").count());
  }

  @Test
  void theOverloadedIndexReadsEveryPage() {
    List<String> expected = new ArrayList<>(expectedPhotos());
    expected.add("product p1");
    queries.set(0);
    assertEquals(expected, catalog.queryByGsi1("b1").stream().map(CatalogQueryTest::describe).toList());
    assertTrue(queries.get() >= 2, "more than one request: " + queries.get());
    List<Page<CatalogItem>> pages = pages(c -> catalog.queryByGsi1("b1").page(c));
    assertTrue(pages.size() >= 2);
    assertEquals(expected, pages.stream().flatMap(p -> p.items().stream()).map(CatalogQueryTest::describe).toList());
    List<String> down = new ArrayList<>(expected);
    java.util.Collections.reverse(down);
    assertEquals(down, catalog.queryByGsi1("b1").descending().stream().map(CatalogQueryTest::describe).toList());
    assertEquals(expectedPhotos(), photoSeqs(photos.queryByGsi1("b1").stream().toList()));
    assertEquals(List.of("p1:44", "p1:45"), photoSeqs(photos.queryByGsi1("b1", "p1", s -> s.gt(43)).stream().toList()));
    List<Page<Photo>> photoPages = pages(c -> photos.queryByGsi1("b1").page(c));
    assertEquals(expectedPhotos(), photoSeqs(photoPages.stream().flatMap(p -> p.items().stream()).toList()));
    assertEquals(List.of("a camera"), products.queryByGsi1("b1").stream().map(Product::description).toList());
    assertEquals(37, catalog.queryByGsi1("b1").count());
  }

  @Test
  void asyncPublishersAndPagesReadEveryPage() throws Exception {
    PhotoAsyncRepository async = photos.async();
    assertEquals(expectedPhotos(), photoSeqs(collect(async.query("cam").publisher()).get(60, TimeUnit.SECONDS)));
    assertEquals(37, collect(catalog.queryByGsi1("b1").publisher()).get(60, TimeUnit.SECONDS).size());
    List<Photo> chained = new ArrayList<>();
    String cursor = null;
    int n = 0;
    do {
      Page<Photo> page = async.queryByGsi1("b1").pageAsync(cursor).get(60, TimeUnit.SECONDS);
      chained.addAll(page.items());
      cursor = page.cursor();
      n++;
    } while (cursor != null && n < 20);
    assertTrue(n >= 2, "pages: " + n);
    assertEquals(expectedPhotos(), photoSeqs(chained));
    assertEquals(36L, async.query("cam").countAsync().get(60, TimeUnit.SECONDS));
  }

  @Test
  void rangesOnALeadingNumberComponent() {
    Function<Query<Review, Review>, List<String>> run = q -> q.stream().map(r -> r.stars() + r.reviewId()).toList();
    assertEquals(List.of("3r1", "3r2"), run.apply(reviews.query("rev", s -> s.eq(3))));
    assertEquals(List.of("1r1", "1r2", "2r1", "2r2"), run.apply(reviews.query("rev", s -> s.lt(3))));
    assertEquals(List.of("1r1", "1r2", "2r1", "2r2", "3r1", "3r2"), run.apply(reviews.query("rev", s -> s.le(3))));
    assertEquals(List.of("4r1", "4r2", "5r1", "5r2"), run.apply(reviews.query("rev", s -> s.gt(3))));
    assertEquals(List.of("3r1", "3r2", "4r1", "4r2", "5r1", "5r2"), run.apply(reviews.query("rev", s -> s.ge(3))));
    assertEquals(List.of("2r1", "2r2", "3r1", "3r2"), run.apply(reviews.query("rev", s -> s.between(2, 3))));
    assertEquals(List.of("5r2", "5r1", "4r2", "4r1"), run.apply(reviews.query("rev", s -> s.ge(4)).descending()));
    assertEquals(List.of("4r1", "4r2"), run.apply(reviews.query("rev", 4)));
    assertEquals(List.of("4r2"), run.apply(reviews.query("rev", 4, id -> id.gt("r1"))));
    assertEquals(List.of(), run.apply(reviews.query("rev", s -> s.gt(5))));
    assertEquals(10, reviews.query("rev").count());
    assertEquals(10, catalog.query("rev").stream().filter(i -> i instanceof Review).count());
  }
}
