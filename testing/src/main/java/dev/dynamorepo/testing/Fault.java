package dev.dynamorepo.testing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.awssdk.http.SdkHttpFullResponse;

/** What an armed {@link FaultRule} does to one request. */
final class Fault {

    enum Kind { DROP_REQUEST, LOSE_RESPONSE, RESPOND }

    final Kind kind;
    final int status;
    final String errorCode;
    final String message;

    private Fault(Kind kind, int status, String errorCode, String message) {
        this.kind = kind;
        this.status = status;
        this.errorCode = errorCode;
        this.message = message;
    }

    static Fault drop() {
        return new Fault(Kind.DROP_REQUEST, 0, null, null);
    }

    static Fault lose() {
        return new Fault(Kind.LOSE_RESPONSE, 0, null, null);
    }

    static Fault respond(int status, String errorCode, String message) {
        return new Fault(Kind.RESPOND, status, errorCode, message);
    }

    /** The exception the SDK sees for a dropped request or a lost response. */
    java.io.IOException connectionReset(String operation) {
        return new java.net.SocketException("Connection reset (" + operation + ": "
                + (kind == Kind.DROP_REQUEST ? "request dropped" : "response lost")
                + " by FaultInjectingHttpClient)");
    }

    /** An error response shaped like DynamoDB's: JSON 1.0 body with {@code __type} and message. */
    static Recorded errorResponse(int status, String errorCode, String message) {
        String json = "{\"__type\":\"" + FaultRule.ERROR_PREFIX + errorCode + "\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullResponse response = SdkHttpFullResponse.builder()
                .statusCode(status)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(body.length))
                .putHeader("x-amzn-RequestId", "fault-" + UUID.randomUUID())
                .build();
        return new Recorded(response, body);
    }

    Recorded errorResponse() {
        return errorResponse(status, errorCode, message);
    }
}
