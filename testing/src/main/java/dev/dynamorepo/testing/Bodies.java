package dev.dynamorepo.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;

/** Request and response bodies of the async client, as whole byte arrays. */
final class Bodies {

    private Bodies() {
    }

    /** Reads a whole stream; bodies of DynamoDB calls are small enough to hold in memory. */
    static CompletableFuture<byte[]> collect(Publisher<ByteBuffer> stream) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        stream.subscribe(new Subscriber<ByteBuffer>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                synchronized (bytes) {
                    bytes.write(chunk, 0, chunk.length);
                }
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                synchronized (bytes) {
                    result.complete(bytes.toByteArray());
                }
            }
        });
        return result;
    }

    /** A publisher that gives each subscriber the whole body in one buffer, then completes. */
    static SdkHttpContentPublisher publisher(byte[] body) {
        return new SdkHttpContentPublisher() {
            @Override
            public Optional<Long> contentLength() {
                return Optional.of((long) body.length);
            }

            @Override
            public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
                subscriber.onSubscribe(new OneShot(subscriber, body));
            }
        };
    }

    private static final class OneShot implements Subscription {
        private final Subscriber<? super ByteBuffer> subscriber;
        private final byte[] body;
        private final AtomicBoolean done = new AtomicBoolean();

        OneShot(Subscriber<? super ByteBuffer> subscriber, byte[] body) {
            this.subscriber = subscriber;
            this.body = body;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                if (done.compareAndSet(false, true)) {
                    subscriber.onError(new IllegalArgumentException("Reactive Streams §3.9: request " + n));
                }
                return;
            }
            // The flag keeps re-entrant request() calls from onNext from emitting twice.
            if (done.compareAndSet(false, true)) {
                if (body.length > 0) {
                    subscriber.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
                }
                subscriber.onComplete();
            }
        }

        @Override
        public void cancel() {
            done.set(true);
        }
    }
}
