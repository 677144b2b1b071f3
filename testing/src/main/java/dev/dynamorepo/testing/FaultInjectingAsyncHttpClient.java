package dev.dynamorepo.testing;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/**
 * The async counterpart of {@link FaultInjectingHttpClient}: an {@link SdkAsyncHttpClient} under a
 * {@link DynamoDbAsyncClient} with the same script, faults, counters and idempotency emulation
 * (inherited from {@link FaultInjection}). Thread-safe.
 *
 * <pre>{@code
 * try (FaultInjectingAsyncHttpClient faults = FaultInjectingAsyncHttpClient.create();
 *      DynamoDbAsyncClient ddb = faults.clientFor(LocalDynamoDb.get())) {
 *     faults.on("PutItem").loseResponse();
 *     CompletionException e = assertThrows(CompletionException.class,
 *         () -> ddb.putItem(createOnlyRequest).join());
 *     assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
 * }
 * }</pre>
 *
 * <p>A request is forwarded untouched unless a rule hits it or its body is needed for the
 * idempotency emulation; then the whole response is read into memory before the SDK sees it.
 */
public final class FaultInjectingAsyncHttpClient extends FaultInjection implements SdkAsyncHttpClient {

    private final SdkAsyncHttpClient delegate;

    private FaultInjectingAsyncHttpClient(SdkAsyncHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Wraps a new {@link NettyNioAsyncHttpClient}, closed with this client.
     *
     * <pre>{@code
     * FaultInjectingAsyncHttpClient faults = FaultInjectingAsyncHttpClient.create();
     * }</pre>
     *
     * @return a client with no faults armed
     */
    public static FaultInjectingAsyncHttpClient create() {
        return wrap(NettyNioAsyncHttpClient.create());
    }

    /**
     * Wraps the given async HTTP client, which {@link #close()} closes.
     *
     * <pre>{@code
     * FaultInjectingAsyncHttpClient faults = FaultInjectingAsyncHttpClient.wrap(AwsCrtAsyncHttpClient.create());
     * }</pre>
     *
     * @param delegate the client that talks to the server
     * @return a client with no faults armed
     */
    public static FaultInjectingAsyncHttpClient wrap(SdkAsyncHttpClient delegate) {
        return new FaultInjectingAsyncHttpClient(delegate);
    }

    /**
     * Builds a {@link DynamoDbAsyncClient} for the server over this HTTP client, with the SDK's
     * standard retry mode (3 attempts); the caller closes it.
     *
     * <pre>{@code
     * DynamoDbAsyncClient ddb = faults.clientFor(LocalDynamoDb.get());
     * }</pre>
     *
     * @param local the server
     * @return a new client the caller owns
     */
    public DynamoDbAsyncClient clientFor(LocalDynamoDb local) {
        return local.clients().newAsync(this);
    }

    /**
     * Runs the request through the script: forwarded, dropped, answered or replayed.
     *
     * <pre>{@code
     * faults.execute(request).join();   // what the SDK does
     * }</pre>
     *
     * @param request the request from the SDK
     * @return completes when the response was handed to the request's handler
     */
    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        String operation = operationOf(request.request());
        Optional<Fault> fault = next(operation);
        SdkAsyncHttpResponseHandler handler = request.responseHandler();
        if (fault.isPresent() && fault.get().kind == Fault.Kind.DROP_REQUEST) {
            return fail(handler, fault.get().connectionReset(operation));
        }
        if (fault.isPresent() && fault.get().kind == Fault.Kind.RESPOND) {
            return deliver(handler, fault.get().errorResponse());
        }
        if (fault.isEmpty() && !tracksBody(operation)) {
            countForwarded(operation);
            return delegate.execute(request);
        }
        return exchange(operation, request).handle((answer, error) -> {
            if (error != null) {
                return fail(handler, unwrap(error));
            }
            return fault.isPresent() ? fail(handler, fault.get().connectionReset(operation)) : deliver(handler, answer);
        }).thenCompose(done -> done);
    }

    // The whole response in memory: to remember it for replays, or to throw it away.
    private CompletableFuture<Recorded> exchange(String operation, AsyncExecuteRequest request) {
        if (!tracksBody(operation)) {
            return forward(operation, request, request.requestContentPublisher());
        }
        return Bodies.collect(request.requestContentPublisher()).thenCompose(body -> {
            Optional<Ticket> ticket = lookUp(operation, body);
            if (ticket.isPresent() && ticket.get().answer() != null) {
                return CompletableFuture.completedFuture(ticket.get().answer());
            }
            // Re-sent from memory: the SDK's publisher was consumed reading the token.
            return forward(operation, request, Bodies.publisher(body)).thenApply(response -> {
                ticket.ifPresent(t -> remember(t, response));
                return response;
            });
        });
    }

    private CompletableFuture<Recorded> forward(String operation, AsyncExecuteRequest request,
                                                SdkHttpContentPublisher content) {
        Capture capture = new Capture();
        AsyncExecuteRequest copy = AsyncExecuteRequest.builder()
                .request(request.request())
                .requestContentPublisher(content)
                .responseHandler(capture)
                .fullDuplex(request.fullDuplex())
                .httpExecutionAttributes(request.httpExecutionAttributes())
                .metricCollector(request.metricCollector().orElse(null))
                .build();
        countForwarded(operation);
        delegate.execute(copy).whenComplete((ignored, error) -> {
            if (error != null) {
                capture.result.completeExceptionally(error);
            }
        });
        return capture.result;
    }

    private static CompletableFuture<Void> deliver(SdkAsyncHttpResponseHandler handler, Recorded answer) {
        handler.onHeaders(answer.response());
        handler.onStream(Bodies.publisher(answer.body()));
        return CompletableFuture.completedFuture(null);
    }

    // Both, as the Netty client does on a failure: the SDK listens to the handler and the future.
    private static CompletableFuture<Void> fail(SdkAsyncHttpResponseHandler handler, Throwable error) {
        handler.onError(error);
        return CompletableFuture.failedFuture(error);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
    }

    /**
     * Names this client in SDK metrics and logs.
     *
     * <pre>{@code
     * assertEquals("FaultInjecting(NettyNio)", faults.clientName());
     * }</pre>
     *
     * @return {@code FaultInjecting(} the wrapped client's name {@code )}
     */
    @Override
    public String clientName() {
        return "FaultInjecting(" + delegate.clientName() + ")";
    }

    /**
     * Closes the wrapped HTTP client; {@link DynamoDbAsyncClient}s built on this one must be closed too.
     *
     * <pre>{@code
     * try (FaultInjectingAsyncHttpClient faults = FaultInjectingAsyncHttpClient.create()) { ... }
     * }</pre>
     */
    @Override
    public void close() {
        delegate.close();
    }

    /** Reads a whole response from the wrapped client into memory. */
    private static final class Capture implements SdkAsyncHttpResponseHandler {
        final CompletableFuture<Recorded> result = new CompletableFuture<>();
        private volatile SdkHttpResponse headers;

        @Override
        public void onHeaders(SdkHttpResponse response) {
            headers = response;
        }

        @Override
        public void onStream(Publisher<ByteBuffer> stream) {
            Bodies.collect(stream).whenComplete((body, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(new Recorded(headers, body));
                }
            });
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }
    }
}
