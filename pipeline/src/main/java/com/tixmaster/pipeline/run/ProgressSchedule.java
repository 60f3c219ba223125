package com.tixmaster.pipeline.run;

/**
 * When a running stage's next progress line is due: one interval after the pipeline started, then
 * every interval. Times are the caller's clock's milliseconds, so that tests can pass their own.
 */
final class ProgressSchedule {
  private final long startMillis;
  private final long intervalMillis;
  private long nextMillis;

  ProgressSchedule(long startMillis, long intervalMillis) {
    if (intervalMillis < 1) {
      throw new IllegalArgumentException("interval must be at least 1 ms: " + intervalMillis);
    }
    this.startMillis = startMillis;
    this.intervalMillis = intervalMillis;
    this.nextMillis = startMillis + intervalMillis;
  }

  /** How long to wait for the pipeline before the next line is due (at least 1 ms). */
  long waitMillis(long nowMillis) {
    return Math.max(1, nextMillis - nowMillis);
  }

  boolean due(long nowMillis) {
    return nowMillis >= nextMillis;
  }

  /**
   * Notes a line printed at {@code nowMillis}; beats missed meanwhile are skipped, not caught up.
   */
  void printed(long nowMillis) {
    nextMillis += intervalMillis;
    if (nextMillis <= nowMillis) {
      nextMillis = nowMillis + intervalMillis;
    }
  }

  long elapsedMillis(long nowMillis) {
    return nowMillis - startMillis;
  }
}
