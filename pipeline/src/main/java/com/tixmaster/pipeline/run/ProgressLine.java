package com.tixmaster.pipeline.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of one progress line of a running stage. It carries the stage's name, the time since its
 * pipeline started and counter names and values only: never a path, URL or secret.
 */
final class ProgressLine {
  /** Without headline counters, at most this many counters are shown (the rest are counted). */
  static final int MAX_COUNTERS = 5;

  /** Said when the runner cannot tell the counters yet. */
  static final String METRICS_AT_THE_END = "metrics at the end";

  private ProgressLine() {}

  /**
   * A line with the counters so far: the {@code headline} ones in that order (zero when not raised
   * yet), or without a headline the non-zero counters by name, at most {@link #MAX_COUNTERS}.
   */
  static String withCounters(
      String stage, long elapsedMillis, BeamMetrics.Counters counters, List<String> headline) {
    List<String> shown = new ArrayList<>();
    int more = 0;
    if (!headline.isEmpty()) {
      for (String name : headline) {
        shown.add(name + "=" + counters.values().getOrDefault(name, 0L));
      }
    } else {
      for (Map.Entry<String, Long> c : counters.values().entrySet()) {
        if (c.getValue() == 0) {
          continue;
        }
        if (shown.size() < MAX_COUNTERS) {
          shown.add(c.getKey() + "=" + c.getValue());
        } else {
          more++;
        }
      }
    }
    if (shown.isEmpty()) {
      return prefix(stage, elapsedMillis) + "no counters yet";
    }
    String text = String.join(", ", shown) + (more > 0 ? ", " + more + " more" : "");
    return prefix(stage, elapsedMillis) + (counters.attempted() ? text + " (attempted)" : text);
  }

  /** A line for a runner that reports no counters while the pipeline runs. */
  static String withoutCounters(String stage, long elapsedMillis) {
    return prefix(stage, elapsedMillis) + METRICS_AT_THE_END;
  }

  private static String prefix(String stage, long elapsedMillis) {
    return "tix-master: " + stage + " running " + elapsed(elapsedMillis) + ": ";
  }

  /** Minutes and seconds, {@code 0:07}, {@code 12:30}, {@code 75:00}. */
  static String elapsed(long millis) {
    long seconds = Math.max(0, millis) / 1000;
    return String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
