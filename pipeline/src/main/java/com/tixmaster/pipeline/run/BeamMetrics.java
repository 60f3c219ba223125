package com.tixmaster.pipeline.run;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Reads a finished pipeline's counters of one namespace, summed over steps. */
public final class BeamMetrics {
  private BeamMetrics() {}

  public static Map<String, Long> counters(PipelineResult result, String namespace) {
    MetricQueryResults results =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(namespace))
                    .build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : results.getCounters()) {
      Long value = committedOrAttempted(counter);
      counters.merge(counter.getName().getName(), value == null ? 0L : value, Long::sum);
    }
    return counters;
  }

  private static Long committedOrAttempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException e) {
      return counter.getAttempted(); // runners without committed metrics (Spark)
    }
  }
}
