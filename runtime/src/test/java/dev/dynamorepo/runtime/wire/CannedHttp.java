package dev.dynamorepo.runtime.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * An HTTP client, sync and async, that DynamoDB never sees: it records every request (operation
 * from {@code X-Amz-Target}, the JSON body, which client sent it) and answers from a script, with
 * the {@code x-amz-crc32} header DynamoDB sends, so the SDK checks responses as in production.
 * Scripted answers are used in order per operation; after them, the operation's fallback answers,
 * and an operation with neither gets {@code 200 {}}. Thread-safe.
 */
final class CannedHttp implements SdkHttpClient, SdkAsyncHttpClient {
  private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";
  private final List<Sent> sent = new ArrayList<>();
  private final Map<String, Deque<Function<Sent, Answer>>> queued = new HashMap<>();
  private final Map<String, Function<Sent, Answer>> fallback = new HashMap<>();

  /** A response: status and JSON body. */
  record Answer(int status, String body) {}

  /** @return 200 with this body (a map written as JSON, or JSON text) */
  static Answer ok(Object body) {
    return new Answer(200, body instanceof String s ? s : WireJson.write(body));
  }

  /** @return DynamoDB's error response of this type, with more members such as {@code Item} */
  static Answer error(int status, String type, Map<String, Object> members) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("__type", ERROR_PREFIX + type);
    body.put("message", "canned " + type);
    body.putAll(members);
    return new Answer(status, WireJson.write(body));
  }

  /** Queues answers for the next requests of an operation, in order. */
  synchronized CannedHttp on(String operation, Answer... answers) {
    Deque<Function<Sent, Answer>> queue = queued.computeIfAbsent(operation, o -> new ArrayDeque<>());
    for (Answer a : answers) {
      queue.add(s -> a);
    }
    return this;
  }

  /** Answers every request of an operation that finds no queued answer. */
  synchronized CannedHttp onEach(String operation, Function<Sent, Answer> answer) {
    fallback.put(operation, answer);
    return this;
  }

  /** @return every request so far, in the order they arrived */
  synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** @return the requests of one operation so far */
  synchronized List<Sent> sent(String operation) {
    return sent.stream().filter(s -> s.operation().equals(operation)).toList();
  }

  @SuppressWarnings("unchecked")
  private Answer answer(SdkHttpRequest request, byte[] body, boolean async) {
    String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
    String operation = target.substring(target.indexOf('.') + 1);
    Sent s = new Sent(operation, async, (Map<String, Object>) WireJson.parse(new String(body, StandardCharsets.UTF_8)));
    Function<Sent, Answer> next;
    synchronized (this) {
      sent.add(s);
      Deque<Function<Sent, Answer>> queue = queued.get(operation);
      next = queue != null && !queue.isEmpty() ? queue.poll() : fallback.getOrDefault(operation, x -> ok("{}"));
    }
    return next.apply(s);
  }

  private static SdkHttpResponse headers(Answer answer, byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    return SdkHttpResponse.builder().statusCode(answer.status())
        .putHeader("Content-Type", "application/x-amz-json-1.0")
        .putHeader("Content-Length", Integer.toString(body.length))
        .putHeader("x-amz-crc32", Long.toString(crc.getValue()))
        .putHeader("x-amzn-RequestId", "CANNED")
        .build();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        byte[] sentBody;
        try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
          sentBody = in.readAllBytes();
        }
        Answer answer = answer(request.httpRequest(), sentBody, false);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder().response(headers(answer, body))
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ByteArrayOutputStream collected = new ByteArrayOutputStream();
    request.requestContentPublisher().subscribe(new Subscriber<ByteBuffer>() {
      @Override
      public void onSubscribe(Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer buffer) {
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        collected.write(chunk, 0, chunk.length);
      }

      @Override
      public void onError(Throwable error) {
        request.responseHandler().onError(error);
        done.completeExceptionally(error);
      }

      @Override
      public void onComplete() {
        Answer answer = answer(request.request(), collected.toByteArray(), true);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        SdkAsyncHttpResponseHandler handler = request.responseHandler();
        handler.onHeaders(headers(answer, body));
        handler.onStream(oneShot(body));
        done.complete(null);
      }
    });
    return done;
  }

  /** A publisher that hands its subscriber the whole body in one buffer, then completes. */
  private static Publisher<ByteBuffer> oneShot(byte[] body) {
    return subscriber -> subscriber.onSubscribe(new Subscription() {
      private boolean finished;

      @Override
      public void request(long n) {
        if (!finished && n > 0) {
          finished = true;
          subscriber.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
          subscriber.onComplete();
        }
      }

      @Override
      public void cancel() {
        finished = true;
      }
    });
  }

  @Override
  public String clientName() {
    return "canned";
  }

  @Override
  public void close() {}
}
