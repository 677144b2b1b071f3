package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.ClientCache;
import dev.dynamorepo.runtime.internal.Errors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The connection to DynamoDB: one configured, thread-safe {@link DynamoDbClient} shared by every
 * repository built on it, and the entry point for transactions.
 *
 * <pre>{@code
 * DynamoDb dynamo = DynamoDb.builder()
 *     .region("us-east-1")
 *     .endpoint(URI.create("http://127.0.0.1:8000"))   // optional
 *     .credentials("id", "secret")                     // optional: the SDK's default chain otherwise
 *     .caching(true)                                   // equal settings share one client
 *     .client(b -> b.overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(5))))
 *     .build();
 * OrderRepository orders = new OrderRepository(dynamo);
 * }</pre>
 *
 * <p>Retries follow the SDK's retry strategy (standard mode unless configured through
 * {@link Builder#client(Consumer)}).
 */
public final class DynamoDb implements AutoCloseable {
  private final DynamoDbClient client;
  private final boolean owned;

  private DynamoDb(DynamoDbClient client, boolean owned) {
    this.client = client;
    this.owned = owned;
  }

  /**
   * Starts configuring a connection.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Wraps a client the caller configured and owns; {@link #close()} leaves it open.
   *
   * @param client an existing client
   * @return the connection
   */
  public static DynamoDb of(DynamoDbClient client) {
    return new DynamoDb(Objects.requireNonNull(client, "client"), false);
  }

  /** @return the one client underneath, for anything dynamo-repo does not cover */
  public DynamoDbClient client() {
    return client;
  }

  /**
   * The names of all tables of the account and endpoint, following every page.
   *
   * @return the table names
   */
  public List<String> listTables() {
    try {
      List<String> names = new ArrayList<>();
      client.listTablesPaginator().tableNames().forEach(names::add);
      return names;
    } catch (RuntimeException e) {
      throw Errors.wrap("ListTables", "*", e);
    }
  }

  /**
   * Starts a transaction: up to 100 actions on any tables, written all or nothing in one
   * TransactWriteItems call.
   *
   * @return the transaction builder
   */
  public Transaction transaction() {
    return new Transaction(this);
  }

  /**
   * Closes the client if this connection created it and does not share it through caching.
   */
  @Override
  public void close() {
    if (owned) {
      client.close();
    }
  }

  /** Configures a {@link DynamoDb}; the settings mirror the Python helper's constructor. */
  public static final class Builder {
    private String region;
    private URI endpoint;
    private String accessKeyId;
    private String secretAccessKey;
    private String sessionToken;
    private String profile;
    private boolean caching;
    private final List<Consumer<DynamoDbClientBuilder>> customizers = new ArrayList<>();

    private Builder() {}

    /** @param region the AWS region, such as {@code us-east-1} @return this */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** @param endpoint another endpoint (DynamoDB Local, LocalStack, moto) @return this */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** @param accessKeyId the access key id @param secretAccessKey the secret key @return this */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      return credentials(accessKeyId, secretAccessKey, null);
    }

    /**
     * Static credentials.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret key
     * @param sessionToken a temporary session token, or null
     * @return this
     */
    public Builder credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
      this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
      this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      this.sessionToken = sessionToken;
      return this;
    }

    /** @param profile a profile of the AWS config and credentials files @return this */
    public Builder profile(String profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** @param caching share one client between connections built with equal settings @return this */
    public Builder caching(boolean caching) {
      this.caching = caching;
      return this;
    }

    /**
     * Any other client parameter, applied last. Connections with customizers are never shared
     * through caching, since two lambdas cannot be compared.
     *
     * @param customizer edits the SDK's client builder
     * @return this
     */
    public Builder client(Consumer<DynamoDbClientBuilder> customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /**
     * Builds the connection, reusing a cached client for equal settings when caching is on.
     *
     * @return the connection
     */
    public DynamoDb build() {
      if (caching && customizers.isEmpty()) {
        return new DynamoDb(ClientCache.shared(cacheKey(), this::newClient), false);
      }
      return new DynamoDb(newClient(), true);
    }

    private List<Object> cacheKey() {
      // The secret is part of the key so that different credentials never share a client; the
      // key is never printed.
      return java.util.Arrays.asList(region, endpoint, accessKeyId, secretAccessKey, sessionToken, profile);
    }

    private DynamoDbClient newClient() {
      DynamoDbClientBuilder b = DynamoDbClient.builder();
      if (region != null) {
        b.region(Region.of(region));
      }
      if (endpoint != null) {
        b.endpointOverride(endpoint);
      }
      AwsCredentialsProvider credentials = credentialsProvider();
      if (credentials != null) {
        b.credentialsProvider(credentials);
      }
      customizers.forEach(c -> c.accept(b));
      return b.build();
    }

    private AwsCredentialsProvider credentialsProvider() {
      if (accessKeyId != null) {
        return StaticCredentialsProvider.create(sessionToken == null
            ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
            : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken));
      }
      return profile == null ? null : ProfileCredentialsProvider.create(profile);
    }
  }
}
