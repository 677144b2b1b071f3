package dev.dynamorepo.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An {@link SdkHttpClient} under a {@link DynamoDbClient} that drops requests, loses responses
 * after the server applied them, answers throttling or HTTP 500 errors, and emulates DynamoDB's
 * idempotent {@code ClientRequestToken} replay, so that tests can prove what code does when the
 * network or DynamoDB misbehaves, with the SDK's own retries doing what they do in production.
 * The script and counters are inherited from {@link FaultInjection}; thread-safe.
 *
 * <pre>{@code
 * try (FaultInjectingHttpClient faults = FaultInjectingHttpClient.create();
 *      DynamoDbClient ddb = faults.clientFor(LocalDynamoDb.get())) {
 *     faults.on("PutItem").loseResponse();
 *     // the server stores the item, the SDK retries, the retry's condition fails:
 *     assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b
 *         .tableName("orders").item(item).conditionExpression("attribute_not_exists(id)")));
 *     assertEquals(2, faults.forwarded("PutItem"));
 *     // dynamo-repo code under test runs over it too:
 *     OrderRepository orders = new OrderRepository(DynamoDb.of(ddb));
 * }
 * }</pre>
 */
public final class FaultInjectingHttpClient extends FaultInjection implements SdkHttpClient {

    private final SdkHttpClient delegate;

    private FaultInjectingHttpClient(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Wraps a new {@link UrlConnectionHttpClient}, closed with this client.
     *
     * <pre>{@code
     * FaultInjectingHttpClient faults = FaultInjectingHttpClient.create();
     * }</pre>
     *
     * @return a client with no faults armed
     */
    public static FaultInjectingHttpClient create() {
        return wrap(UrlConnectionHttpClient.create());
    }

    /**
     * Wraps the given HTTP client, which {@link #close()} closes.
     *
     * <pre>{@code
     * FaultInjectingHttpClient faults = FaultInjectingHttpClient.wrap(ApacheHttpClient.create());
     * }</pre>
     *
     * @param delegate the client that talks to the server
     * @return a client with no faults armed
     */
    public static FaultInjectingHttpClient wrap(SdkHttpClient delegate) {
        return new FaultInjectingHttpClient(delegate);
    }

    /**
     * Builds a {@link DynamoDbClient} for the server over this HTTP client, with the SDK's standard
     * retry mode (3 attempts) so that it retries injected faults itself; the caller closes it.
     * Same as {@code local.newClient(this)}.
     *
     * <pre>{@code
     * DynamoDbClient ddb = faults.clientFor(LocalDynamoDb.get());
     * }</pre>
     *
     * @param local the server
     * @return a new client the caller owns
     */
    public DynamoDbClient clientFor(LocalDynamoDb local) {
        return local.newClient(this);
    }

    /**
     * Prepares the request; the script decides its fate when the SDK calls it.
     *
     * <pre>{@code
     * HttpExecuteResponse response = faults.prepareRequest(request).call();   // what the SDK does
     * }</pre>
     *
     * @param request the request from the SDK
     * @return the call to execute
     */
    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            private volatile ExecutableHttpRequest forwarded;

            @Override
            public HttpExecuteResponse call() throws IOException {
                return execute(request, call -> forwarded = call);
            }

            @Override
            public void abort() {
                ExecutableHttpRequest call = forwarded;
                if (call != null) {
                    call.abort();
                }
            }
        };
    }

    private HttpExecuteResponse execute(HttpExecuteRequest request, Consumer<ExecutableHttpRequest> started)
            throws IOException {
        String operation = operationOf(request.httpRequest());
        Optional<Fault> fault = next(operation);
        if (fault.isPresent() && fault.get().kind == Fault.Kind.DROP_REQUEST) {
            throw fault.get().connectionReset(operation);
        }
        if (fault.isPresent() && fault.get().kind == Fault.Kind.RESPOND) {
            return toResponse(fault.get().errorResponse());
        }
        boolean lose = fault.isPresent();
        if (!tracksBody(operation) && !lose) {
            return forward(operation, request, started);
        }
        Recorded answer = exchange(operation, request, started);
        if (lose) {
            throw fault.get().connectionReset(operation);
        }
        return toResponse(answer);
    }

    // Reads the whole response, so that it can be remembered for replays or thrown away.
    private Recorded exchange(String operation, HttpExecuteRequest request,
                              Consumer<ExecutableHttpRequest> started) throws IOException {
        if (!tracksBody(operation)) {
            return read(forward(operation, request, started));
        }
        // The body is read once here and re-sent from memory: the SDK's provider need not replay.
        byte[] body = readBody(request);
        HttpExecuteRequest resend = HttpExecuteRequest.builder()
                .request(request.httpRequest())
                .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(body))
                .metricCollector(request.metricCollector().orElse(null))
                .build();
        Optional<Ticket> ticket = lookUp(operation, body);
        if (ticket.isPresent() && ticket.get().answer() != null) {
            return ticket.get().answer();
        }
        Recorded response = read(forward(operation, resend, started));
        ticket.ifPresent(t -> remember(t, response));
        return response;
    }

    private HttpExecuteResponse forward(String operation, HttpExecuteRequest request,
                                        Consumer<ExecutableHttpRequest> started)
            throws IOException {
        ExecutableHttpRequest call = delegate.prepareRequest(request);
        started.accept(call);
        countForwarded(operation);
        return call.call();
    }

    private static byte[] readBody(HttpExecuteRequest request) throws IOException {
        Optional<ContentStreamProvider> provider = request.contentStreamProvider();
        if (provider.isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = provider.get().newStream()) {
            return in.readAllBytes();
        }
    }

    private static Recorded read(HttpExecuteResponse response) throws IOException {
        Optional<AbortableInputStream> stream = response.responseBody();
        if (stream.isEmpty()) {
            return new Recorded(response.httpResponse(), new byte[0]);
        }
        try (InputStream in = stream.get()) {
            return new Recorded(response.httpResponse(), in.readAllBytes());
        }
    }

    private static HttpExecuteResponse toResponse(Recorded recorded) {
        return HttpExecuteResponse.builder()
                .response(recorded.response())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(recorded.body())))
                .build();
    }

    /**
     * Names this client in SDK metrics and logs.
     *
     * <pre>{@code
     * assertEquals("FaultInjecting(UrlConnection)", faults.clientName());
     * }</pre>
     *
     * @return {@code FaultInjecting(} the wrapped client's name {@code )}
     */
    @Override
    public String clientName() {
        return "FaultInjecting(" + delegate.clientName() + ")";
    }

    /**
     * Closes the wrapped HTTP client; {@link DynamoDbClient}s built on this one must be closed too.
     *
     * <pre>{@code
     * try (FaultInjectingHttpClient faults = FaultInjectingHttpClient.create()) { ... }
     * }</pre>
     */
    @Override
    public void close() {
        delegate.close();
    }
}
