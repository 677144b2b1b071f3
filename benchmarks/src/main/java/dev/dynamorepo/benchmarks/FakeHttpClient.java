package dev.dynamorepo.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An in-process {@link SdkHttpClient} that answers every DynamoDB call with a canned 200, so that a
 * benchmark measures the client side only (marshalling, signing, the SDK pipeline, item mapping):
 * {@code {"Item": ...}} for GetItem and {@code {}} for everything else. Responses carry a correct
 * {@code x-amz-crc32}, as DynamoDB's do, so the SDK's response checksum runs as it would in
 * production. The request body is read to the end, as a real client would send it.
 */
public final class FakeHttpClient implements SdkHttpClient {
  private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);
  private final Canned getItem;
  private final Canned other = new Canned(EMPTY);
  private final Canned query;
  private final boolean capture;
  private final Map<String, String> lastBodies = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> requests = new ConcurrentHashMap<>();

  /**
   * A client that answers GetItem with {@code item}.
   *
   * @param item the item every GetItem returns
   * @param capture whether to keep the last request body per operation, for {@link #lastBody}
   */
  public FakeHttpClient(Map<String, AttributeValue> item, boolean capture) {
    this(item, capture, null);
  }

  private FakeHttpClient(Map<String, AttributeValue> item, boolean capture, List<Map<String, AttributeValue>> page) {
    this.getItem = new Canned(("{\"Item\":" + json(item) + "}").getBytes(StandardCharsets.UTF_8));
    this.capture = capture;
    this.query = page == null ? other : new Canned(page(page).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A capturing client that answers every Query with one page of {@code items} (no
   * {@code LastEvaluatedKey}) and counts requests per operation.
   *
   * @param items the page
   * @return the client
   */
  public static FakeHttpClient answeringQuery(List<Map<String, AttributeValue>> items) {
    return new FakeHttpClient(Map.of(), true, items);
  }

  private static String page(List<Map<String, AttributeValue>> items) {
    StringBuilder json = new StringBuilder("{\"Count\":").append(items.size())
        .append(",\"ScannedCount\":").append(items.size()).append(",\"Items\":[");
    for (int i = 0; i < items.size(); i++) {
      json.append(i == 0 ? "" : ",").append(json(items.get(i)));
    }
    return json.append("]}").toString();
  }

  /** @return the requests sent so far by operation, sorted (only when capturing) */
  public Map<String, Integer> requests() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    requests.forEach((op, n) -> out.put(op, n.get()));
    return out;
  }

  /** Forgets the counted requests and captured bodies. */
  public void reset() {
    requests.clear();
    lastBodies.clear();
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
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        byte[] body = request.contentStreamProvider().isPresent()
            ? drain(request.contentStreamProvider().get().newStream()) : EMPTY;
        if (capture) {
          lastBodies.put(operation, new String(body, StandardCharsets.UTF_8));
          requests.computeIfAbsent(operation, o -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }
        Canned canned = "GetItem".equals(operation) ? getItem : "Query".equals(operation) ? query : other;
        return HttpExecuteResponse.builder().response(canned.response)
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(canned.body))).build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "fake";
  }

  @Override
  public void close() {}

  private static byte[] drain(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  /** A response body and its headers, built once. */
  static final class Canned {
    final byte[] body;
    final SdkHttpResponse response;

    Canned(byte[] body) {
      CRC32 crc = new CRC32();
      crc.update(body);
      this.body = body;
      this.response = SdkHttpResponse.builder().statusCode(200)
          .putHeader("Content-Type", "application/x-amz-json-1.0")
          .putHeader("Content-Length", Integer.toString(body.length))
          .putHeader("x-amz-crc32", Long.toString(crc.getValue()))
          .putHeader("x-amzn-RequestId", "FAKEREQUESTID0000000000000000000000000000000000000000")
          .build();
    }
  }

  /**
   * An item in DynamoDB's JSON wire form.
   *
   * @param item the item
   * @return {@code {"name":{"S":"..."}, ...}}
   */
  public static String json(Map<String, AttributeValue> item) {
    StringBuilder out = new StringBuilder();
    writeMap(out, item);
    return out.toString();
  }

  private static void writeMap(StringBuilder out, Map<String, AttributeValue> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(out, e.getKey());
      out.append(':');
      writeValue(out, e.getValue());
    }
    out.append('}');
  }

  private static void writeValue(StringBuilder out, AttributeValue v) {
    switch (v.type()) {
      case S: out.append("{\"S\":"); writeString(out, v.s()); break;
      case N: out.append("{\"N\":"); writeString(out, v.n()); break;
      case B: out.append("{\"B\":"); writeString(out, Base64.getEncoder().encodeToString(v.b().asByteArray())); break;
      case BOOL: out.append("{\"BOOL\":").append(v.bool()); break;
      case NUL: out.append("{\"NULL\":true"); break;
      case SS: out.append("{\"SS\":"); writeStrings(out, v.ss()); break;
      case NS: out.append("{\"NS\":"); writeStrings(out, v.ns()); break;
      case L:
        out.append("{\"L\":[");
        for (int i = 0; i < v.l().size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          writeValue(out, v.l().get(i));
        }
        out.append(']');
        break;
      case M: out.append("{\"M\":"); writeMap(out, v.m()); break;
      default: throw new IllegalArgumentException("not supported here: " + v);
    }
    out.append('}');
  }

  private static void writeStrings(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(out, values.get(i));
    }
    out.append(']');
  }

  private static void writeString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
