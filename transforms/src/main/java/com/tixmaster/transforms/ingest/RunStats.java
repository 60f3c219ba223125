package com.tixmaster.transforms.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The run's counters, gathered into an {@link IngestSummary} at the end. */
final class RunStats {
  private static final Logger LOG = LoggerFactory.getLogger(RunStats.class);

  private final Map<Entity, Long> records = new EnumMap<>(Entity.class);
  private final List<String> warnings = new ArrayList<>();
  private int pagesWritten;
  private int pagesResumed;
  private int windows;
  private int windowsSplit;

  synchronized void pageFetched(Entity entity, int newRecords, boolean written) {
    records.merge(entity, (long) newRecords, Long::sum);
    if (written) {
      pagesWritten++;
    }
  }

  synchronized void pagesResumed(int pages) {
    pagesResumed += pages;
  }

  synchronized void windowDone() {
    windows++;
  }

  synchronized void windowSplit() {
    windowsSplit++;
  }

  synchronized void warn(String warning) {
    LOG.warn(warning);
    warnings.add(warning);
  }

  synchronized int windows() {
    return windows;
  }

  synchronized Map<Entity, Long> records() {
    return new EnumMap<>(records);
  }

  synchronized IngestSummary summary(
      String runId,
      int requests,
      int retries,
      Duration duration,
      Optional<String> stoppedEarlyReason,
      String manifestFile) {
    return new IngestSummary(
        runId,
        requests,
        retries,
        pagesWritten,
        pagesResumed,
        records,
        windows,
        windowsSplit,
        warnings,
        duration,
        stoppedEarlyReason,
        manifestFile);
  }
}
