package dev.dynamorepo.testing;

/**
 * One scripted fault for the requests of one operation, started by {@link FaultInjection#on(String)}:
 * optionally say how many requests it hits ({@link #times(int)}, {@link #always()}; the default is
 * the next one), then name the fault. Naming the fault arms the rule.
 *
 * <pre>{@code
 * faults.on("PutItem").loseResponse();                  // the next PutItem
 * faults.on("GetItem").times(2).throttle();             // the next two GetItems
 * faults.on("TransactWriteItems").always().serverError();
 * }</pre>
 *
 * <p>Rules apply in the order they were armed: a request takes the first armed rule for its
 * operation that still has requests left, so an {@code always()} rule hides later rules for the
 * same operation.
 */
public final class FaultRule {

    /** DynamoDB's error type prefix in a JSON error body's {@code __type}. */
    static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private final FaultInjection owner;
    private final String operation;
    private int times = 1;

    FaultRule(FaultInjection owner, String operation) {
        this.owner = owner;
        this.operation = operation;
    }

    /**
     * Makes the rule hit the next {@code n} matching requests instead of only the next one.
     *
     * <pre>{@code
     * faults.on("PutItem").times(3).dropRequest();
     * }</pre>
     *
     * @param n how many requests, at least 1
     * @return this rule, not armed yet
     */
    public FaultRule times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + n);
        }
        times = n;
        return this;
    }

    /**
     * Makes the rule hit every matching request until {@link FaultInjection#reset()}.
     *
     * <pre>{@code
     * faults.on("PutItem").always().throttle();   // the SDK gives up after its last attempt
     * }</pre>
     *
     * @return this rule, not armed yet
     */
    public FaultRule always() {
        times = Integer.MAX_VALUE;
        return this;
    }

    /**
     * The request never reaches the server; the SDK sees an {@link java.io.IOException} (connection
     * reset) and retries it as a network error.
     *
     * <pre>{@code
     * faults.on("PutItem").dropRequest();
     * }</pre>
     */
    public void dropRequest() {
        arm(Fault.drop());
    }

    /**
     * The request reaches the server, which applies it; its response is read and thrown away and
     * the SDK sees an {@link java.io.IOException} (connection reset), so it retries a write that
     * already happened, as after a real network failure.
     *
     * <pre>{@code
     * faults.on("PutItem").loseResponse();
     * }</pre>
     */
    public void loseResponse() {
        arm(Fault.lose());
    }

    /**
     * Answers HTTP 400 {@code ThrottlingException} without forwarding; the SDK maps it to
     * {@code software.amazon.awssdk.services.dynamodb.model.ThrottlingException} and retries it
     * with its throttling back-off.
     *
     * <pre>{@code
     * faults.on("Query").throttle();
     * }</pre>
     */
    public void throttle() {
        error(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
    }

    /**
     * Answers HTTP 400 {@code ProvisionedThroughputExceededException} without forwarding, as a
     * provisioned table over its capacity does.
     *
     * <pre>{@code
     * faults.on("PutItem").times(2).provisionedThroughputExceeded();
     * }</pre>
     */
    public void provisionedThroughputExceeded() {
        error(400, "ProvisionedThroughputExceededException", "The level of configured provisioned "
                + "throughput for the table was exceeded. Consider increasing your provisioning level "
                + "with the UpdateTable API.");
    }

    /**
     * Answers HTTP 500 {@code InternalServerError} without forwarding; the SDK retries it.
     *
     * <pre>{@code
     * faults.on("GetItem").serverError();
     * }</pre>
     */
    public void serverError() {
        error(500, "InternalServerError", "Internal server error");
    }

    /**
     * Answers any DynamoDB JSON error without forwarding, such as a 400
     * {@code TransactionConflictException}.
     *
     * <pre>{@code
     * faults.on("UpdateItem").error(400, "TransactionConflictException", "Transaction is ongoing for the item");
     * }</pre>
     *
     * @param status the HTTP status
     * @param errorCode the error type without its namespace, such as {@code ThrottlingException}
     * @param message the error message
     */
    public void error(int status, String errorCode, String message) {
        arm(Fault.respond(status, errorCode, message));
    }

    private void arm(Fault fault) {
        owner.arm(operation, times, fault);
    }
}
