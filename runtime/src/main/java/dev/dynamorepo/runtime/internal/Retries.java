package dev.dynamorepo.runtime.internal;

import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Whether the SDK sent one request more than once: its RETRY_COUNT metric, from a publisher set on
 * that request alone (the SDK publishes before the response reaches the caller, sync and async).
 * A conditional write refused on a retry, or a delete that finds nothing on a retry, may be the
 * echo of this call's own first attempt whose response was lost; without a retry it never is.
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
}
