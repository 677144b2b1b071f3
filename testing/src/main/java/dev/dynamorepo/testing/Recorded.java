package dev.dynamorepo.testing;

import software.amazon.awssdk.http.SdkHttpResponse;

/** A whole HTTP response held in memory: for synthetic errors and for idempotent replays. */
record Recorded(SdkHttpResponse response, byte[] body) {

    boolean successful() {
        return response.isSuccessful();
    }
}
