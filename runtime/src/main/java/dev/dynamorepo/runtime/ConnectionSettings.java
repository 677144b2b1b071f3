package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.ClientCache;
import dev.dynamorepo.runtime.internal.CursorCodec;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The settings a {@link DynamoDb.Builder} collects for the SDK clients and the page cursors, and
 * what is made from them: the sync and async clients (new ones the connection owns, or with
 * caching ones shared through {@link ClientCache} by every connection with equal settings) and the
 * cursor codec. The builder checks each value as it is given.
 */
final class ConnectionSettings {
  String region;
  URI endpoint;
  String accessKeyId;
  String secretAccessKey;
  String sessionToken;
  String profile;
  AwsCredentialsProvider credentialsProvider;
  SdkHttpClient httpClient;
  SdkAsyncHttpClient asyncHttpClient;
  ClientOverrideConfiguration overrideConfiguration;
  final List<Consumer<DynamoDbClientBuilder>> customizers = new ArrayList<>();
  final List<Consumer<DynamoDbAsyncClientBuilder>> asyncCustomizers = new ArrayList<>();
  boolean caching;
  byte[] cursorKey;
  boolean encryptCursors;

  /** The clients: shared when caching is on and the settings can be compared, new ones otherwise. */
  Clients clients() {
    return caching && shareable() ? shared() : owned();
  }

  /** Seals (and encrypts) page cursors: with the given key, or a random one valid for this connection only. */
  CursorCodec cursors() {
    return cursorKey == null ? CursorCodec.random(encryptCursors) : new CursorCodec(cursorKey, encryptCursors);
  }

  /** Whether clients made from these settings may be shared: customizers are lambdas, which cannot be compared. */
  private boolean shareable() {
    return customizers.isEmpty() && asyncCustomizers.isEmpty();
  }

  /** New clients, which the connection closes; the async one is made on first use. */
  private Clients owned() {
    return new Clients(newClient(), true, null, this::newAsyncClient, true);
  }

  /** The clients every connection with these settings shares; no connection closes them. */
  private Clients shared() {
    List<Object> key = cacheKey();
    DynamoDbClient sync = ClientCache.shared(with(key, "sync"), this::newClient);
    return new Clients(sync, false, null, () -> ClientCache.shared(with(key, "async"), this::newAsyncClient), false);
  }

  private static List<Object> with(List<Object> key, String kind) {
    List<Object> out = new ArrayList<>(key);
    out.add(kind);
    return out;
  }

  private List<Object> cacheKey() {
    // The secret is part of the key so that different credentials never share a client; the
    // key is never printed. Providers and HTTP clients compare by identity.
    return Arrays.asList(region, endpoint, accessKeyId, secretAccessKey, sessionToken, profile, credentialsProvider,
        httpClient, asyncHttpClient, overrideConfiguration);
  }

  private DynamoDbClient newClient() {
    DynamoDbClientBuilder b = DynamoDbClient.builder();
    common(b);
    if (httpClient != null) {
      b.httpClient(httpClient);
    }
    customizers.forEach(c -> c.accept(b));
    return b.build();
  }

  private DynamoDbAsyncClient newAsyncClient() {
    DynamoDbAsyncClientBuilder b = DynamoDbAsyncClient.builder();
    common(b);
    if (asyncHttpClient != null) {
      b.httpClient(asyncHttpClient);
    }
    asyncCustomizers.forEach(c -> c.accept(b));
    return b.build();
  }

  private void common(AwsClientBuilder<?, ?> b) {
    if (region != null) {
      b.region(Region.of(region));
    }
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    AwsCredentialsProvider credentials = credentials();
    if (credentials != null) {
      b.credentialsProvider(credentials);
    }
    if (overrideConfiguration != null) {
      b.overrideConfiguration(overrideConfiguration);
    }
  }

  private AwsCredentialsProvider credentials() {
    if (credentialsProvider != null) {
      return credentialsProvider;
    }
    if (accessKeyId != null) {
      return StaticCredentialsProvider.create(sessionToken == null
          ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
          : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken));
    }
    return profile == null ? null : ProfileCredentialsProvider.create(profile);
  }
}
