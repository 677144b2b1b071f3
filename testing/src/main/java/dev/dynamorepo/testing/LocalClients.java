package dev.dynamorepo.testing;

import dev.dynamorepo.runtime.DynamoDb;
import java.net.URI;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the clients of one {@link LocalDynamoDb} and keeps the JVM-wide shared ones, so that
 * {@code LocalDynamoDb} itself stays about the server process.
 */
final class LocalClients {

    // moto answers some malformed requests with HTTP 500; the SDK default would retry them 9 times.
    static final int MAX_ATTEMPTS = 3;

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final Shared<DynamoDbClient> sync = new Shared<>(() -> newSync(MAX_ATTEMPTS, UrlConnectionHttpClient.builder()));
    private final Shared<DynamoDbAsyncClient> async = new Shared<>(this::newAsync);
    private final Shared<DynamoDb> dynamo = new Shared<>(this::newDynamoDb);

    LocalClients(URI endpoint, String region, AwsCredentialsProvider credentials) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
    }

    DynamoDbClient sharedSync() {
        return sync.get();
    }

    DynamoDbAsyncClient sharedAsync() {
        return async.get();
    }

    DynamoDb sharedDynamoDb() {
        return dynamo.get();
    }

    DynamoDbClient newSync(int maxAttempts, UrlConnectionHttpClient.Builder http) {
        return configure(DynamoDbClient.builder())
                .httpClientBuilder(http)
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(maxAttempts)))
                .build();
    }

    // Standard retries on purpose: fault-injection tests rely on the SDK retrying as in production.
    DynamoDbClient newSync(SdkHttpClient http) {
        return configure(DynamoDbClient.builder())
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    DynamoDbAsyncClient newAsync() {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(MAX_ATTEMPTS)))
                .build();
    }

    // Standard retries on purpose, as for the sync fault-injecting client.
    DynamoDbAsyncClient newAsync(SdkAsyncHttpClient http) {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    private DynamoDbClientBuilder configure(DynamoDbClientBuilder builder) {
        return builder.endpointOverride(endpoint).region(Region.of(region)).credentialsProvider(credentials);
    }

    // Region, endpoint and credentials go through the DynamoDb builder itself (not a customizer) so
    // that the async client DynamoDb creates on demand gets them too; both keep retries small.
    private DynamoDb newDynamoDb() {
        // Both apache5 and url-connection are on the classpath: name one.
        return DynamoDb.builder().region(region).endpoint(endpoint).credentialsProvider(credentials)
                .client(b -> b.httpClientBuilder(UrlConnectionHttpClient.builder())
                        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS))))
                .asyncClient(b -> b.overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS))))
                .build();
    }

    /** Closes the shared clients that were created; the JVM shutdown hook calls it. */
    void close() {
        dynamo.close(DynamoDb::close);
        async.close(DynamoDbAsyncClient::close);
        sync.close(DynamoDbClient::close);
    }

    /** A value created on first use, once, and closed only if it was created. */
    private static final class Shared<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Shared(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    if (value == null) {
                        value = factory.get();
                    }
                    current = value;
                }
            }
            return current;
        }

        synchronized void close(java.util.function.Consumer<T> closer) {
            if (value != null) {
                closer.accept(value);
            }
        }
    }
}
