package com.tixmaster.transforms.json;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quirks met while parsing one payload: counter name → count. Plain Java, so parsers stay
 * testable without Beam; the silver DoFns turn each entry into {@code Metrics.counter("silver",
 * name).inc(count)}.
 */
public final class ParseIssues {
  private final Map<String, Long> counts = new TreeMap<>();

  /**
   * Counts one occurrence. A name not in {@link ParseCounters#ALL} counts as {@code
   * unlisted_issue}.
   */
  public void add(String counter) {
    String name = ParseCounters.ALL_SET.contains(counter) ? counter : ParseCounters.UNLISTED_ISSUE;
    counts.merge(name, 1L, Long::sum);
  }

  public long count(String counter) {
    return counts.getOrDefault(counter, 0L);
  }

  public Map<String, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  public boolean isEmpty() {
    return counts.isEmpty();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
