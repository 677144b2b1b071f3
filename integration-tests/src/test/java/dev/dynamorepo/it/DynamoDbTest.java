package dev.dynamorepo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.testing.LocalDynamoDb;
import dev.dynamorepo.testing.WithDynamoDb;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** The connection builder: endpoint and credentials, caching, client parameters. */
@WithDynamoDb
class DynamoDbTest {
  private static DynamoDb.Builder configured(LocalDynamoDb local) {
    return DynamoDb.builder().region(local.region()).endpoint(local.endpoint()).credentials("test", "test");
  }

  @Test
  void builtConnectionTalksToTheEndpoint(LocalDynamoDb local) {
    try (DynamoDb dynamo = configured(local).build()) {
      new CustomerRepository(dynamo).createTable();
      assertTrue(dynamo.listTables().contains("customers"));
    }
  }

  @Test
  void cachingSharesOneClientForEqualSettings(LocalDynamoDb local) {
    DynamoDb a = configured(local).caching(true).build();
    DynamoDb b = configured(local).caching(true).build();
    DynamoDb other = configured(local).credentials("test", "other-secret").caching(true).build();
    DynamoDb uncached = configured(local).build();
    assertSame(a.client(), b.client());
    assertNotSame(a.client(), other.client());
    assertNotSame(a.client(), uncached.client());
    a.close();
    assertTrue(b.listTables() != null, "closing a cached connection leaves the shared client open");
    uncached.close();
  }

  @Test
  void clientParametersReachTheSdkClient(LocalDynamoDb local) {
    AtomicInteger calls = new AtomicInteger();
    try (DynamoDb dynamo = configured(local).client(b -> b.overrideConfiguration(o -> o
        .apiCallTimeout(Duration.ofSeconds(10))
        .addExecutionInterceptor(new ExecutionInterceptor() {
          @Override
          public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.incrementAndGet();
          }
        }))).build()) {
      dynamo.listTables();
      assertEquals(1, calls.get());
    }
  }

  @Test
  void errorsNameTheTableAndOperationButNeverTheCredentials() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    int port = closedPort;
    try (DynamoDb dynamo = DynamoDb.builder().region("us-east-1").endpoint(java.net.URI.create("http://127.0.0.1:" + port))
        .credentials("AKIDSECRETID", "very-secret-key", "secret-session-token")
        .client(b -> b.overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))).build()) {
      var e = org.junit.jupiter.api.Assertions.assertThrows(dev.dynamorepo.runtime.DynamoException.class,
          () -> new CustomerRepository(dynamo).get("c1"));
      String all = e.getMessage() + " " + e.getCause();
      assertTrue(e.getMessage().contains("'customers'") && e.getMessage().contains("GetItem"), e.getMessage());
      for (String secret : new String[] {"very-secret-key", "secret-session-token"}) {
        assertTrue(!all.contains(secret), "a secret leaked: " + all);
      }
    }
  }

  @Test
  void sessionCredentialsAreAccepted(LocalDynamoDb local) {
    try (DynamoDb dynamo = DynamoDb.builder().region(local.region()).endpoint(local.endpoint())
        .credentials("test", "test", "session-token").build()) {
      assertTrue(dynamo.listTables() != null);
    }
  }
}
