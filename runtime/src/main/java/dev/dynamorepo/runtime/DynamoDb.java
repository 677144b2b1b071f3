package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.CursorCodec;
import dev.dynamorepo.runtime.internal.Engine;
import dev.dynamorepo.runtime.internal.Errors;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The connection to DynamoDB: one configured, thread-safe {@link DynamoDbClient} for synchronous
 * calls and one {@link DynamoDbAsyncClient} for asynchronous ones (made on first use from the
 * same settings), shared by every repository built on it, and the entry point for transactions.
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
 * OrderAsyncRepository asyncOrders = orders.async();
 * }</pre>
 *
 * <p>Every call goes out through the client of its kind: a synchronous call (also the many calls of
 * {@code deleteAll}, bulk writes and merged parallel scans) through the sync client, an async one
 * through the async client. Settings both should share (interceptors, retry strategy, timeouts,
 * metric publishers) are given once with {@link Builder#overrideConfiguration(Consumer)}; only the
 * HTTP client ({@link Builder#httpClient}, {@link Builder#asyncHttpClient}) and the customizers
 * {@link Builder#client(Consumer)} and {@link Builder#asyncClient(Consumer)} belong to one side.
 */
public final class DynamoDb implements AutoCloseable {
  private final Clients clients;
  private final Engine engine;
  private final TableNames tableNames;

  private DynamoDb(Clients clients, CursorCodec cursors, TableNames tableNames) {
    this(clients, new Engine(clients.sync(), clients::async, cursors), tableNames);
  }

  private DynamoDb(Clients clients, Engine engine, TableNames tableNames) {
    this.clients = clients;
    this.engine = engine;
    this.tableNames = tableNames;
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
   * Wraps a client the caller configured and owns; {@link #close()} leaves it open. Async
   * operations need an async client: use {@link #of(DynamoDbClient, DynamoDbAsyncClient)}.
   *
   * @param client an existing client
   * @return the connection
   */
  public static DynamoDb of(DynamoDbClient client) {
    return given(Objects.requireNonNull(client, "client"), null);
  }

  /**
   * Wraps an async client the caller configured and owns; synchronous calls wait for it.
   *
   * @param asyncClient an existing async client
   * @return the connection
   */
  public static DynamoDb of(DynamoDbAsyncClient asyncClient) {
    return given(null, Objects.requireNonNull(asyncClient, "asyncClient"));
  }

  /**
   * This connection's clients and cursor key with other table names; closing the copy closes
   * nothing.
   *
   * @param names how {@code @Table} names map to physical tables
   * @return the copy
   */
  public DynamoDb withTableNames(TableNames names) {
    // same engine (clients, cursor key, id blocks), owning nothing
    return new DynamoDb(clients.view(), engine, Objects.requireNonNull(names, "names"));
  }

  /**
   * Wraps a sync and an async client the caller configured and owns.
   *
   * @param client for synchronous calls
   * @param asyncClient for asynchronous calls
   * @return the connection
   */
  public static DynamoDb of(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
    return given(Objects.requireNonNull(client, "client"), Objects.requireNonNull(asyncClient, "asyncClient"));
  }

  /** A connection over clients the caller owns, with a random cursor key and the declared table names. */
  private static DynamoDb given(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
    return new DynamoDb(Clients.given(client, asyncClient), CursorCodec.random(), TableNames.asDeclared());
  }

  /**
   * The sync client underneath, for anything dynamo-repo does not cover.
   *
   * @return the client
   * @throws DynamoException when this connection wraps only an async client
   */
  public DynamoDbClient client() {
    return engine.client();
  }

  /**
   * The async client underneath, made on first use when the builder made this connection.
   *
   * @return the async client
   * @throws DynamoException when this connection wraps only a sync client
   */
  public DynamoDbAsyncClient asyncClient() {
    return clients.async();
  }

  Engine engine() {
    return engine;
  }

  /** @return how this connection maps {@code @Table} names to physical tables */
  public TableNames tableNames() {
    return tableNames;
  }

  /**
   * The names of all tables of the account and endpoint, following every page.
   *
   * @return the table names
   */
  public List<String> listTables() {
    try {
      List<String> names = new ArrayList<>();
      client().listTablesPaginator().tableNames().forEach(names::add);
      return names;
    } catch (RuntimeException e) {
      throw Errors.wrap("ListTables", "*", e);
    }
  }

  /**
   * Starts a write transaction: up to 100 actions on any tables, written all or nothing in one
   * TransactWriteItems call.
   *
   * @return the transaction builder
   */
  public Transaction transaction() {
    return new Transaction(this);
  }

  /**
   * Starts a bulk write: BatchWriteItem overwrites and deletes across tables, no conditions.
   *
   * @return the bulk write builder
   */
  public BulkWrite bulkWrite() {
    return new BulkWrite(this);
  }

  /**
   * Starts a read transaction: up to 100 items on any tables, read as one consistent snapshot in
   * one TransactGetItems call.
   *
   * @return the read builder
   */
  public ReadTransaction readTransaction() {
    return new ReadTransaction(this);
  }

  /** Closes the clients this connection created and does not share through caching. */
  @Override
  public void close() {
    clients.close();
  }

  /** Configures a {@link DynamoDb}; the settings mirror the Python helper's constructor. */
  public static final class Builder {
    private final ConnectionSettings settings = new ConnectionSettings();
    private TableNames tableNames = TableNames.asDeclared();

    private Builder() {}

    /** @param region the AWS region, such as {@code us-east-1} @return this */
    public Builder region(String region) {
      settings.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** @param endpoint another endpoint (DynamoDB Local, LocalStack, moto) @return this */
    public Builder endpoint(URI endpoint) {
      settings.endpoint = Objects.requireNonNull(endpoint, "endpoint");
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
      settings.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
      settings.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      settings.sessionToken = sessionToken;
      return this;
    }

    /**
     * Any credentials provider (IAM roles, SSO, web identity); with caching, connections given the
     * same provider object share a client.
     *
     * @param provider the provider
     * @return this
     */
    public Builder credentialsProvider(AwsCredentialsProvider provider) {
      settings.credentialsProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** @param profile a profile of the AWS config and credentials files @return this */
    public Builder profile(String profile) {
      settings.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * The HTTP client of the sync client (for example a tuned Apache client); the caller keeps
     * owning it. With caching, connections given the same object share a client.
     *
     * @param http the HTTP client
     * @return this
     */
    public Builder httpClient(SdkHttpClient http) {
      settings.httpClient = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * The HTTP client of the async client (for example a tuned Netty or CRT client); the caller
     * keeps owning it.
     *
     * @param http the async HTTP client
     * @return this
     */
    public Builder asyncHttpClient(SdkAsyncHttpClient http) {
      settings.asyncHttpClient = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * Settings for every client this connection makes, sync and async: execution interceptors,
     * retry strategy, API call timeouts, metric publishers. A {@link #client(Consumer)} or
     * {@link #asyncClient(Consumer)} customizer that sets its own override configuration replaces
     * this one on its side. With caching, connections given the same object share a client.
     *
     * <pre>{@code
     * DynamoDb dynamo = DynamoDb.builder()
     *     .region("eu-west-1")
     *     .overrideConfiguration(ClientOverrideConfiguration.builder()
     *         .addExecutionInterceptor(new AuditInterceptor())
     *         .apiCallTimeout(Duration.ofSeconds(5))
     *         .build())
     *     .build();
     * }</pre>
     *
     * @param configuration the configuration
     * @return this
     */
    public Builder overrideConfiguration(ClientOverrideConfiguration configuration) {
      settings.overrideConfiguration = Objects.requireNonNull(configuration, "configuration");
      return this;
    }

    /**
     * Settings for every client this connection makes, as {@link
     * #overrideConfiguration(ClientOverrideConfiguration)}.
     *
     * <pre>{@code
     * DynamoDb.builder().overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(5))).build();
     * }</pre>
     *
     * @param configuration edits a new configuration
     * @return this
     */
    public Builder overrideConfiguration(Consumer<ClientOverrideConfiguration.Builder> configuration) {
      ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder();
      configuration.accept(b);
      return overrideConfiguration(b.build());
    }

    /**
     * How {@code @Table} names map to physical tables, for per-environment names.
     *
     * @param names for example {@code TableNames.prefix("dev-")}
     * @return this
     */
    public Builder tableNames(TableNames names) {
      this.tableNames = Objects.requireNonNull(names, "names");
      return this;
    }

    /**
     * The key that seals page cursors (HMAC-SHA256): servers given the same key accept each other's
     * cursors. Without it each connection uses a random key, and its cursors are valid only for it.
     *
     * @param key at least 16 bytes, kept secret
     * @return this
     */
    public Builder cursorKey(byte[] key) {
      if (key == null || key.length < 16) {
        throw new DynamoException("cursorKey: at least 16 bytes are needed");
      }
      settings.cursorKey = key.clone();
      return this;
    }

    /**
     * Encrypts page cursors (AES-GCM) as well as sealing them, so that they do not show the last
     * key's values to whoever holds them.
     *
     * @param encrypt whether to encrypt
     * @return this
     */
    public Builder encryptCursors(boolean encrypt) {
      settings.encryptCursors = encrypt;
      return this;
    }

    /** @param caching share clients between connections built with equal settings @return this */
    public Builder caching(boolean caching) {
      settings.caching = caching;
      return this;
    }

    /**
     * Any other sync client parameter, applied last, to the sync client only (which every
     * synchronous call uses). Connections with customizers are never
     * shared through caching, since two lambdas cannot be compared; prefer
     * {@link #credentialsProvider} and {@link #httpClient}, which can.
     *
     * @param customizer edits the SDK's client builder
     * @return this
     */
    public Builder client(Consumer<DynamoDbClientBuilder> customizer) {
      settings.customizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /**
     * Any other async client parameter, applied last, to the async client only (which every
     * asynchronous call uses); as with {@link #client}, it turns off caching.
     *
     * @param customizer edits the SDK's async client builder
     * @return this
     */
    public Builder asyncClient(Consumer<DynamoDbAsyncClientBuilder> customizer) {
      settings.asyncCustomizers.add(Objects.requireNonNull(customizer, "customizer"));
      return this;
    }

    /**
     * Builds the connection, reusing cached clients for equal settings when caching is on. The
     * async client is made on the first async call.
     *
     * @return the connection
     */
    public DynamoDb build() {
      return new DynamoDb(settings.clients(), settings.cursors(), tableNames);
    }
  }
}
