package dev.dynamorepo.testing;

import dev.dynamorepo.runtime.DynamoDb;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Provides one DynamoDB-compatible server per JVM for tests, starting moto single-threaded on a free
 * loopback port unless {@code DYNAMODB_ENDPOINT} names a server that is already running.
 *
 * <p>moto is served with {@code threaded=False} because its transactions are not thread-safe: the
 * threaded {@code moto_server} loses acknowledged writes under concurrent transactions. The server
 * log goes to {@code dynamo-repo-moto-PORT.log} under {@code java.io.tmpdir}, and a shutdown hook
 * stops the server when the JVM exits.
 *
 * <pre>{@code
 * LocalDynamoDb local = LocalDynamoDb.get();
 * DynamoDbClient ddb = local.client();
 * ddb.createTable(b -> b.tableName("orders")
 *     .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
 *     .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
 *     .billingMode(BillingMode.PAY_PER_REQUEST));
 * local.deleteAllTables();
 * }</pre>
 *
 * <p>Environment: {@code DYNAMODB_ENDPOINT} (use this endpoint, start nothing), {@code AWS_REGION}
 * and {@code AWS_ACCESS_KEY_ID} (honoured only together with {@code DYNAMODB_ENDPOINT}),
 * {@code DYNAMO_REPO_PYTHON} (the interpreter that runs moto, default {@code python3}).
 */
public final class LocalDynamoDb {

    static final String ENDPOINT_ENV = "DYNAMODB_ENDPOINT";
    static final String PYTHON_ENV = "DYNAMO_REPO_PYTHON";
    private static final String DEFAULT_PYTHON = "python3";
    private static final String DEFAULT_REGION = "us-east-1";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 50;
    private static final AwsCredentialsProvider TEST_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    // The launch line from shared/MOTO.md: the same werkzeug app as moto_server, but threaded=False.
    private static final String MOTO_SCRIPT = "import sys; from werkzeug.serving import run_simple; "
            + "from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app; "
            + "run_simple(\"127.0.0.1\", int(sys.argv[1]), "
            + "DomainDispatcherApplication(create_backend_app), threaded=False)";

    private static final Object LOCK = new Object();
    private static volatile LocalDynamoDb instance;
    // Remembered so that a missing server costs one startup attempt per JVM, not one per test.
    private static IllegalStateException failure;

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final Process process;
    private final Path log;
    private final LocalClients clients;

    private LocalDynamoDb(URI endpoint, String region, AwsCredentialsProvider credentials,
                          Process process, Path log) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.process = process;
        this.log = log;
        this.clients = new LocalClients(endpoint, region, credentials);
    }

    /**
     * Returns the JVM-wide server, starting moto on first use unless {@code DYNAMODB_ENDPOINT} is set.
     *
     * @return the shared instance, the same on every call
     * @throws IllegalStateException if no server can be had; the message says how to provide one
     */
    public static LocalDynamoDb get() {
        LocalDynamoDb local = instance;
        if (local != null) {
            return local;
        }
        synchronized (LOCK) {
            if (instance == null) {
                if (failure != null) {
                    throw new IllegalStateException(failure.getMessage(), failure);
                }
                try {
                    instance = create();
                } catch (IllegalStateException e) {
                    failure = e;
                    throw e;
                }
            }
            return instance;
        }
    }

    private static LocalDynamoDb create() {
        String external = env(ENDPOINT_ENV);
        if (external != null) {
            return external(external);
        }
        return start(Objects.requireNonNullElse(env(PYTHON_ENV), DEFAULT_PYTHON));
    }

    private static LocalDynamoDb external(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw NoServer.because(ENDPOINT_ENV + "=" + endpoint + " is not a URI (" + e.getMessage() + ")", null);
        }
        String region = Objects.requireNonNullElse(env("AWS_REGION"), DEFAULT_REGION);
        // Real AWS needs real credentials; DynamoDB Local and LocalStack accept anything non-empty.
        AwsCredentialsProvider credentials = env("AWS_ACCESS_KEY_ID") != null
                ? DefaultCredentialsProvider.builder().build()
                : TEST_CREDENTIALS;
        return register(new LocalDynamoDb(uri, region, credentials, null, null));
    }

    /**
     * Starts a new moto server with the given interpreter and waits until it answers; package-private
     * so that tests can check the failure message without touching the JVM-wide instance.
     */
    static LocalDynamoDb start(String pythonExecutable) {
        int port = freePort();
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "dynamo-repo-moto-" + port + ".log");
        Process process = launch(pythonExecutable, port, log);
        URI endpoint = URI.create("http://" + LOOPBACK + ":" + port);
        LocalDynamoDb local = new LocalDynamoDb(endpoint, DEFAULT_REGION, TEST_CREDENTIALS, process, log);
        try {
            local.awaitReady(pythonExecutable);
        } catch (RuntimeException e) {
            local.stop();
            throw e;
        }
        return register(local);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw NoServer.because("no free port on " + LOOPBACK + " (" + e.getMessage() + ")", null);
        }
    }

    private static Process launch(String python, int port, Path log) {
        ProcessBuilder builder = new ProcessBuilder(python, "-c", MOTO_SCRIPT, Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try {
            return builder.start();
        } catch (IOException e) {
            throw NoServer.because("could not run " + python + " (" + e.getMessage() + ")", log);
        }
    }

    private void awaitReady(String python) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try (DynamoDbClient probe = probeClient()) {
            while (!answers(probe)) {
                if (!process.isAlive()) {
                    throw NoServer.because(python + " exited with code " + process.exitValue()
                            + " before moto answered on " + endpoint, log);
                }
                if (System.nanoTime() > deadline) {
                    throw NoServer.because("moto did not answer on " + endpoint + " within "
                            + STARTUP_TIMEOUT.toSeconds() + " s", log);
                }
                pause();
            }
        }
    }

    // A TCP connect first: refused connections are cheap, SDK exceptions with stack traces are not.
    private boolean answers(DynamoDbClient probe) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
        } catch (IOException e) {
            return false;
        }
        try {
            probe.listTables(b -> b.limit(1));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for moto to start", e);
        }
    }

    private static LocalDynamoDb register(LocalDynamoDb local) {
        Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "dynamo-repo-local-dynamodb-stop"));
        return local;
    }

    private void stop() {
        clients.close();
        if (process != null) {
            destroy(process);
        }
    }

    private static void destroy(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Returns the server's endpoint, such as {@code http://127.0.0.1:41234} for a moto it started.
     *
     * @return the endpoint to pass to {@code endpointOverride}
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns the region clients sign for: {@code us-east-1}, or {@code AWS_REGION} when
     * {@code DYNAMODB_ENDPOINT} and {@code AWS_REGION} are both set.
     *
     * @return the region id
     */
    public String region() {
        return region;
    }

    /**
     * Returns the credentials clients use: static {@code test}/{@code test}, or the SDK's default
     * chain when {@code DYNAMODB_ENDPOINT} and {@code AWS_ACCESS_KEY_ID} are both set.
     *
     * @return the credentials provider
     */
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /**
     * Tells whether this instance launched moto itself rather than using {@code DYNAMODB_ENDPOINT}.
     *
     * @return {@code true} if a moto process was started for this JVM
     */
    public boolean isMoto() {
        return process != null;
    }

    /**
     * Builds a new client for this server (endpoint, region, credentials, URL-connection HTTP, at
     * most 3 attempts per call); the caller owns it and must close it.
     *
     * <pre>{@code
     * try (DynamoDbClient own = LocalDynamoDb.get().newClient()) {
     *     own.listTables();
     * }
     * }</pre>
     *
     * @return a new client
     */
    public DynamoDbClient newClient() {
        return clients.newSync(LocalClients.MAX_ATTEMPTS, UrlConnectionHttpClient.builder());
    }

    /**
     * Builds a new client for this server over the given HTTP client, with the SDK's standard retry
     * mode left on so that it retries injected faults as it would in production; the caller owns
     * (and closes) both.
     *
     * <pre>{@code
     * FaultInjectingHttpClient faults = FaultInjectingHttpClient.create();
     * DynamoDbClient ddb = LocalDynamoDb.get().newClient(faults);
     * }</pre>
     *
     * @param http the HTTP client, such as a {@link FaultInjectingHttpClient}
     * @return a new client
     */
    public DynamoDbClient newClient(SdkHttpClient http) {
        return clients.newSync(http);
    }

    LocalClients clients() {
        return clients;
    }

    // Short timeouts and no retries: the startup loop does its own retrying against its own deadline.
    private DynamoDbClient probeClient() {
        return clients.newSync(1, UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(1))
                .socketTimeout(Duration.ofSeconds(2)));
    }

    /**
     * Returns the client shared by all tests in this JVM, created on first use and closed at exit;
     * do not close it.
     *
     * <pre>{@code
     * LocalDynamoDb.get().client().listTables();
     * }</pre>
     *
     * @return the shared client
     */
    public DynamoDbClient client() {
        return clients.sharedSync();
    }

    /**
     * Returns the async client shared by all tests in this JVM (Netty, at most 3 attempts per call),
     * created on first use and closed at exit; do not close it.
     *
     * <pre>{@code
     * List<String> names = LocalDynamoDb.get().asyncClient().listTables().join().tableNames();
     * }</pre>
     *
     * @return the shared async client
     */
    public DynamoDbAsyncClient asyncClient() {
        return clients.sharedAsync();
    }

    /**
     * Returns the dynamo-repo connection shared by all tests in this JVM, built on this server's
     * endpoint, region and credentials with at most 3 attempts per call; closed at exit, so tests
     * must not close it.
     *
     * <pre>{@code
     * OrderRepository orders = new OrderRepository(LocalDynamoDb.get().dynamoDb());
     * }</pre>
     *
     * @return the shared connection
     */
    public DynamoDb dynamoDb() {
        return clients.sharedDynamoDb();
    }

    /**
     * Deletes every table on the server, following all ListTables pages, and waits until they are
     * gone; tests call it to start from an empty server.
     */
    public void deleteAllTables() {
        DynamoDbClient client = client();
        // Collect first so that deleting never shifts the pages still being listed.
        List<String> names = new ArrayList<>();
        client.listTablesPaginator().tableNames().forEach(names::add);
        for (String name : names) {
            try {
                client.deleteTable(b -> b.tableName(name));
            } catch (ResourceNotFoundException alreadyGone) {
                // Someone else deleted it between the listing and now: the goal is reached.
            }
        }
        // Real DynamoDB deletes asynchronously; moto deletes at once, so this costs one call per table.
        try (DynamoDbWaiter waiter = client.waiter()) {
            for (String name : names) {
                waiter.waitUntilTableNotExists(b -> b.tableName(name));
            }
        }
    }

    /**
     * Describes this server for test logs.
     *
     * @return the endpoint and whether it is a moto this JVM started
     */
    @Override
    public String toString() {
        return "LocalDynamoDb[" + endpoint + (isMoto() ? ", moto, log " + log : ", external") + "]";
    }
}
