package com.tixmaster.pipeline.run;

import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** Reads a pipeline's counters (of one namespace, or all of them), summed over steps. */
public final class BeamMetrics {
  /**
   * Said of counters that the runner only reports as attempted (Spark): every attempt of a task
   * adds to them, so a task retried on another executor counts its elements again.
   */
  public static final String ATTEMPTED = "counted per task attempt: a retried task counts again";

  /**
   * A namespace's counters by name, and whether they are attempted values (possibly above the
   * elements' true count) rather than committed ones.
   */
  public record Counters(Map<String, Long> values, boolean attempted) {
    /** {@code note} as it is, or with {@link #ATTEMPTED} after it for attempted values. */
    public String qualify(String note) {
      return attempted ? note + " (" + ATTEMPTED + ")" : note;
    }
  }

  /** Where Beam's own counters live: its classes' names. */
  private static final String BEAM_NAMESPACES = "org.apache.beam.";

  private BeamMetrics() {}

  public static Counters counters(PipelineResult result, String namespace) {
    return counters(
        result,
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(namespace)).build());
  }

  /**
   * The pipeline's own counters, by name, summed over namespaces and steps; not Beam's (such as
   * {@code cogbk-keys}, namespaces {@code org.apache.beam.…}). Also works while the pipeline runs
   * (the values so far), on the DirectRunner and on the SparkRunner.
   */
  public static Counters projectCounters(PipelineResult result) {
    return counters(result, MetricsFilter.builder().build());
  }

  private static boolean beams(MetricResult<?> metric) {
    return metric.getName().getNamespace().startsWith(BEAM_NAMESPACES);
  }

  private static Counters counters(PipelineResult result, MetricsFilter filter) {
    MetricQueryResults results = result.metrics().queryMetrics(filter);
    Map<String, Long> counters = new TreeMap<>();
    boolean attempted = false;
    for (MetricResult<Long> counter : results.getCounters()) {
      if (beams(counter)) {
        continue;
      }
      Long value;
      try {
        value = counter.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = counter.getAttempted(); // runners without committed metrics (Spark)
        attempted = true;
      }
      counters.merge(counter.getName().getName(), value == null ? 0L : value, Long::sum);
    }
    return new Counters(counters, attempted);
  }
}
