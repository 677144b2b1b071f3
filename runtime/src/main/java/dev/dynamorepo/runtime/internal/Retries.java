package dev.dynamorepo.runtime.internal;

import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Whether the SDK sent one request more than once: its RETRY_COUNT metric, from a publisher set on
 * that request alone (the SDK publishes before the response reaches the caller, sync and async).
 * A delete that finds nothing on a retry may be the echo of this call's own first attempt whose
 * response was lost; without a retry it never is. (A refused conditional write needs no publisher:
 * its exception carries the attempt count, see {@link #of(Throwable)}.)
 */
final class Retries implements MetricPublisher {
  private volatile int retries;

  @Override
  public void publish(MetricCollection metrics) {
    List<Integer> values = metrics.metricValues(CoreMetric.RETRY_COUNT);
    retries = values.isEmpty() ? 0 : values.get(0);
  }

  @Override
  public void close() {}

  boolean retried() {
    return retries > 0;
  }

  /**
   * Whether the SDK made more than one attempt at a request that failed with {@code error}.
   *
   * @param error the SDK's exception
   * @return true when it was retried
   */
  static boolean of(Throwable error) {
    return error instanceof software.amazon.awssdk.core.exception.SdkException e && e.numAttempts() != null && e.numAttempts() > 1;
  }
}
