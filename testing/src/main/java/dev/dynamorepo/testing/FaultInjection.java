package dev.dynamorepo.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The scripted side of {@link FaultInjectingHttpClient} and {@link FaultInjectingAsyncHttpClient}:
 * fault rules per DynamoDB operation, request counters, and the emulation of DynamoDB's idempotent
 * {@code ClientRequestToken} replay that moto lacks. Thread-safe.
 *
 * <pre>{@code
 * faults.on("PutItem").loseResponse();
 * faults.emulateIdempotency(true);
 * ...
 * assertEquals(1, faults.forwarded("PutItem"));
 * faults.reset();
 * }</pre>
 *
 * <p>The operation of a request is the part of its {@code X-Amz-Target} header after the dot:
 * {@code DynamoDB_20120810.PutItem} is {@code PutItem}.
 */
public abstract class FaultInjection {

    static final String TRANSACT_WRITE = "TransactWriteItems";
    private static final String TOKEN_FIELD = "ClientRequestToken";

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> forwarded = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> faulted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> replayed = new ConcurrentHashMap<>();
    private final Map<String, Remembered> tokens = new HashMap<>();
    private volatile boolean idempotency;

    FaultInjection() {
    }

    /**
     * Starts a rule for the requests of one operation; name the fault to arm it.
     *
     * <pre>{@code
     * faults.on("PutItem").times(2).throttle();
     * }</pre>
     *
     * @param operation the DynamoDB operation, such as {@code PutItem} or {@code TransactWriteItems}
     * @return the rule, armed once its fault is named
     */
    public FaultRule on(String operation) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("operation must be a DynamoDB operation name such as PutItem");
        }
        return new FaultRule(this, operation);
    }

    /**
     * Starts a rule for requests of any operation.
     *
     * <pre>{@code
     * faults.onAny().always().serverError();
     * }</pre>
     *
     * @return the rule, armed once its fault is named
     */
    public FaultRule onAny() {
        return new FaultRule(this, null);
    }

    /**
     * Turns on DynamoDB's idempotency for {@code TransactWriteItems}: a request whose
     * {@code ClientRequestToken} belongs to an earlier successful one with the same body (compared as
     * JSON) gets the earlier response again without reaching the server; the same token with another
     * body gets HTTP 400 {@code IdempotentParameterMismatchException}. Off by default. Tokens are
     * remembered until {@link #reset()}, not for DynamoDB's 10 minutes.
     *
     * <pre>{@code
     * faults.emulateIdempotency(true);
     * faults.on("TransactWriteItems").loseResponse();   // the SDK's retry is now answered by the replay
     * }</pre>
     *
     * @param enabled whether to emulate it
     */
    public void emulateIdempotency(boolean enabled) {
        idempotency = enabled;
    }

    /**
     * Counts the requests of an operation that reached this client, whatever happened to them.
     *
     * <pre>{@code
     * assertEquals(2, faults.requests("PutItem"));   // the first attempt and the SDK's retry
     * }</pre>
     *
     * @param operation the operation, such as {@code PutItem}
     * @return how many since creation or the last {@link #reset()}
     */
    public int requests(String operation) {
        return count(requests, operation);
    }

    /**
     * Counts the requests of an operation that were forwarded to the server (including those whose
     * response was then lost).
     *
     * <pre>{@code
     * assertEquals(0, faults.forwarded("PutItem"));   // the request was dropped
     * }</pre>
     *
     * @param operation the operation, such as {@code PutItem}
     * @return how many since creation or the last {@link #reset()}
     */
    public int forwarded(String operation) {
        return count(forwarded, operation);
    }

    /**
     * Counts the requests of an operation that a rule hit.
     *
     * <pre>{@code
     * assertEquals(1, faults.faulted("PutItem"));
     * }</pre>
     *
     * @param operation the operation, such as {@code PutItem}
     * @return how many since creation or the last {@link #reset()}
     */
    public int faulted(String operation) {
        return count(faulted, operation);
    }

    /**
     * Counts the requests of an operation that the idempotency emulation answered itself: a replay
     * or an {@code IdempotentParameterMismatchException}.
     *
     * <pre>{@code
     * assertEquals(1, faults.replayed("TransactWriteItems"));
     * }</pre>
     *
     * @param operation the operation, such as {@code TransactWriteItems}
     * @return how many since creation or the last {@link #reset()}
     */
    public int replayed(String operation) {
        return count(replayed, operation);
    }

    /**
     * Disarms every rule, zeroes the counters and forgets remembered tokens; the idempotency switch
     * keeps its setting.
     *
     * <pre>{@code
     * @AfterEach void clearFaults() { faults.reset(); }
     * }</pre>
     */
    public synchronized void reset() {
        rules.clear();
        tokens.clear();
        requests.clear();
        forwarded.clear();
        faulted.clear();
        replayed.clear();
    }

    synchronized void arm(String operation, int times, Fault fault) {
        rules.add(new Rule(operation, times, fault));
    }

    /** Counts the request and takes the fault of the first matching rule with requests left. */
    synchronized Optional<Fault> next(String operation) {
        increment(requests, operation);
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (rule.operation == null || rule.operation.equals(operation)) {
                if (rule.remaining != Integer.MAX_VALUE && --rule.remaining == 0) {
                    it.remove();
                }
                increment(faulted, operation);
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    void countForwarded(String operation) {
        increment(forwarded, operation);
    }

    /** Whether the body must be read before forwarding, to look up its token. */
    boolean tracksBody(String operation) {
        return idempotency && TRANSACT_WRITE.equals(operation);
    }

    /**
     * Looks the request's token up: empty if it has none (forward as usual), else a ticket that
     * either carries the answer (replay or mismatch) or must be given the server's response.
     */
    Optional<Ticket> lookUp(String operation, byte[] body) {
        if (!tracksBody(operation)) {
            return Optional.empty();
        }
        JsonNode json = JsonNode.parser().parse(body);
        Optional<JsonNode> token = json.field(TOKEN_FIELD).filter(JsonNode::isString);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        String key = token.get().asString();
        Remembered earlier;
        synchronized (this) {
            earlier = tokens.get(key);
        }
        if (earlier == null) {
            return Optional.of(new Ticket(key, json, null));
        }
        increment(replayed, operation);
        Recorded answer = earlier.body.equals(json) ? earlier.response
                : Fault.errorResponse(400, "IdempotentParameterMismatchException",
                        "The request uses the same client token as a previous, but non-identical request.");
        return Optional.of(new Ticket(key, json, answer));
    }

    /** Remembers a successful response for the ticket's token; failures are not replayed. */
    void remember(Ticket ticket, Recorded response) {
        if (response.successful()) {
            synchronized (this) {
                tokens.putIfAbsent(ticket.token, new Remembered(ticket.body, response));
            }
        }
    }

    static String operationOf(SdkHttpRequest request) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        return target.substring(target.lastIndexOf('.') + 1);
    }

    private static int count(Map<String, AtomicInteger> counters, String operation) {
        AtomicInteger counter = counters.get(operation);
        return counter == null ? 0 : counter.get();
    }

    private static void increment(Map<String, AtomicInteger> counters, String operation) {
        counters.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    }

    /** A request's token and body, and the answer if the emulation gives one itself. */
    record Ticket(String token, JsonNode body, Recorded answer) {
    }

    private record Remembered(JsonNode body, Recorded response) {
    }

    private static final class Rule {
        final String operation;
        final Fault fault;
        int remaining;

        Rule(String operation, int remaining, Fault fault) {
            this.operation = operation;
            this.remaining = remaining;
            this.fault = fault;
        }
    }
}
