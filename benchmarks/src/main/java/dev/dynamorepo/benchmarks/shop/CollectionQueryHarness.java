package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.benchmarks.FakeHttpClient;
import dev.dynamorepo.benchmarks.Fixtures;
import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Counts the HTTP requests of a collection query: {@code shop.query(customerId).stream().toList()}
 * of a partition that fits in one page must be one Query request, returning every entity type,
 * decoded. The server is {@link FakeHttpClient#answeringQuery} (in process), which answers any Query with the
 * partition's items as their entity schemas store them, in Query order, without a
 * {@code LastEvaluatedKey}. It does not evaluate the request: the harness prints the request body
 * so that the key condition can be read. Exits with status 1 when a check fails.
 *
 * <pre>{@code java -cp target/benchmarks.jar dev.dynamorepo.benchmarks.shop.CollectionQueryHarness [items]}</pre>
 */
public final class CollectionQueryHarness {
  private CollectionQueryHarness() {}

  /**
   * Runs the check.
   *
   * @param args optionally the number of items of the partition (default 13: the profile, 3 orders, 9 lines)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 13;
    List<Shop> expected = ShopFixtures.partition(size);
    List<Map<String, AttributeValue>> items = ShopFixtures.items(expected);
    FakeHttpClient http = FakeHttpClient.answeringQuery(items);
    try (DynamoDbClient client = DynamoDbClient.builder()
        .httpClient(http)
        .region(Region.US_EAST_1)
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
        .build()) {
      ShopTable shop = new ShopTable(DynamoDb.of(client));
      http.reset();
      List<Shop> read = shop.query(ShopFixtures.CUSTOMER_ID).stream().toList();
      Map<String, Integer> requests = http.requests();
      long customers = read.stream().filter(e -> e instanceof Customer).count();
      long orders = read.stream().filter(e -> e instanceof Order).count();
      long lines = read.stream().filter(e -> e instanceof OrderLine).count();
      System.out.println("shop.query(\"" + ShopFixtures.CUSTOMER_ID + "\").stream().toList() of a partition of "
          + items.size() + " items");
      System.out.println("  read: " + read.size() + " entities (" + customers + " customer, " + orders + " orders, "
          + lines + " lines)");
      System.out.println("  requests: " + requests);
      System.out.println("  Query body: " + http.lastBody("Query"));
      Fixtures.check("the entities read", expected, read);
      Fixtures.check("requests", Map.of("Query", 1), requests);
      System.out.println("  OK: one Query request, every item decoded as its own type");
    } catch (IllegalStateException e) {
      System.out.println("  FAILED: " + e.getMessage());
      System.exit(1);
    }
  }
}
