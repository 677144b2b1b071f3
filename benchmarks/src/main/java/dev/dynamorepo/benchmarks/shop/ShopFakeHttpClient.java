package dev.dynamorepo.benchmarks.shop;

import dev.dynamorepo.benchmarks.FakeHttpClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An in-process {@link SdkHttpClient} for {@link CollectionQueryHarness}: answers every Query with
 * one canned page (the given items, no {@code LastEvaluatedKey}, so the partition fits in one
 * page), everything else with {@code {}}; counts the HTTP requests per operation and keeps the last
 * request body per operation. Responses carry a correct {@code x-amz-crc32}, as in
 * {@link FakeHttpClient}.
 */
final class ShopFakeHttpClient implements SdkHttpClient {
  private final byte[] queryBody;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, String> lastBodies = new ConcurrentHashMap<>();

  ShopFakeHttpClient(List<Map<String, AttributeValue>> queryItems) {
    StringBuilder json = new StringBuilder("{\"Count\":").append(queryItems.size())
        .append(",\"ScannedCount\":").append(queryItems.size()).append(",\"Items\":[");
    for (int i = 0; i < queryItems.size(); i++) {
      json.append(i == 0 ? "" : ",").append(FakeHttpClient.json(queryItems.get(i)));
    }
    this.queryBody = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** @return the requests sent so far, by operation, sorted */
  Map<String, Integer> requests() {
    Map<String, Integer> out = new TreeMap<>();
    requests.forEach((op, n) -> out.put(op, n.get()));
    return out;
  }

  /** @param operation such as {@code Query} @return the last request body of it, or null */
  String lastBody(String operation) {
    return lastBodies.get(operation);
  }

  void reset() {
    requests.clear();
    lastBodies.clear();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        byte[] sent = request.contentStreamProvider().isPresent()
            ? drain(request.contentStreamProvider().get().newStream()) : new byte[0];
        requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        lastBodies.put(operation, new String(sent, StandardCharsets.UTF_8));
        byte[] body = "Query".equals(operation) ? queryBody : "{}".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        SdkHttpResponse response = SdkHttpResponse.builder().statusCode(200)
            .putHeader("Content-Type", "application/x-amz-json-1.0")
            .putHeader("Content-Length", Integer.toString(body.length))
            .putHeader("x-amz-crc32", Long.toString(crc.getValue()))
            .putHeader("x-amzn-RequestId", "FAKEREQUESTID0000000000000000000000000000000000000000")
            .build();
        return HttpExecuteResponse.builder().response(response)
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "fake-shop";
  }

  @Override
  public void close() {}

  private static byte[] drain(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
