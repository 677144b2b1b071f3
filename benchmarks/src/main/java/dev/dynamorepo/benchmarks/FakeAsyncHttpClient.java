package dev.dynamorepo.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The async twin of {@link FakeHttpClient}: an in-process {@link SdkAsyncHttpClient} that answers
 * every DynamoDB call with the same canned 200 ({@code {"Item": ...}} for GetItem, {@code {}} for
 * everything else, correct {@code x-amz-crc32}). It reads the request body publisher to the end,
 * then gives the response handler the headers and a publisher of the body, and completes the
 * returned future once the body has been delivered, as Netty does.
 *
 * <p>Where the response is delivered is the caller's choice: inline (on the thread that sent the
 * request, so a benchmark counts only CPU work on one thread) or on an executor standing in for an
 * event loop (so requests overlap as they do over a real connection pool).
 */
public final class FakeAsyncHttpClient implements SdkAsyncHttpClient {
  private final FakeHttpClient.Canned getItem;
  private final FakeHttpClient.Canned other =
      new FakeHttpClient.Canned("{}".getBytes(StandardCharsets.UTF_8));
  private final Executor eventLoop;
  private final boolean capture;
  private final Map<String, String> lastBodies = new ConcurrentHashMap<>();

  /**
   * A client that answers GetItem with {@code item}.
   *
   * @param item the item every GetItem returns
   * @param eventLoop runs the response delivery; {@code Runnable::run} delivers inline
   * @param capture whether to keep the last request body per operation, for {@link #lastBody}
   */
  public FakeAsyncHttpClient(Map<String, AttributeValue> item, Executor eventLoop, boolean capture) {
    this.getItem = new FakeHttpClient.Canned(
        ("{\"Item\":" + FakeHttpClient.json(item) + "}").getBytes(StandardCharsets.UTF_8));
    this.eventLoop = eventLoop;
    this.capture = capture;
  }

  /**
   * The last request body sent for an operation (only when capturing).
   *
   * @param operation such as {@code PutItem}
   * @return the JSON body, or null
   */
  public String lastBody(String operation) {
    return lastBodies.get(operation);
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    String target = request.request().firstMatchingHeader("X-Amz-Target").orElse("");
    String operation = target.substring(target.indexOf('.') + 1);
    FakeHttpClient.Canned canned = "GetItem".equals(operation) ? getItem : other;
    SdkAsyncHttpResponseHandler handler = request.responseHandler();
    CompletableFuture<Void> done = new CompletableFuture<>();
    request.requestContentPublisher().subscribe(new Subscriber<ByteBuffer>() {
      private final ByteArrayOutputStream body = capture ? new ByteArrayOutputStream() : null;

      @Override
      public void onSubscribe(Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer chunk) {
        if (body != null) {
          byte[] bytes = new byte[chunk.remaining()];
          chunk.get(bytes);
          body.write(bytes, 0, bytes.length);
        } else {
          chunk.position(chunk.limit()); // read, as a real client would send it
        }
      }

      @Override
      public void onError(Throwable t) {
        handler.onError(t);
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        if (body != null) {
          lastBodies.put(operation, body.toString(StandardCharsets.UTF_8));
        }
        eventLoop.execute(() -> respond(canned, handler, done));
      }
    });
    return done;
  }

  private static void respond(FakeHttpClient.Canned canned, SdkAsyncHttpResponseHandler handler,
      CompletableFuture<Void> done) {
    try {
      handler.onHeaders(canned.response);
      handler.onStream(new OneChunk(canned.body, done));
    } catch (RuntimeException e) {
      handler.onError(e);
      done.completeExceptionally(e);
    }
  }

  /** A publisher of one body chunk; completes {@code done} once the subscriber has it all. */
  private static final class OneChunk implements Publisher<ByteBuffer> {
    private final byte[] body;
    private final CompletableFuture<Void> done;

    OneChunk(byte[] body, CompletableFuture<Void> done) {
      this.body = body;
      this.done = done;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> s) {
      s.onSubscribe(new Subscription() {
        private boolean sent;

        @Override
        public void request(long n) {
          if (sent || n <= 0) {
            return; // re-entrant request from onNext, or nothing asked for
          }
          sent = true;
          s.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
          s.onComplete();
          done.complete(null);
        }

        @Override
        public void cancel() {
          if (!sent) {
            sent = true;
            done.complete(null);
          }
        }
      });
    }
  }

  @Override
  public String clientName() {
    return "fake-async";
  }

  @Override
  public void close() {}
}
