package com.tixmaster.transforms.ingest;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs progress at most once per interval: requests, records so far, event windows left and an ETA
 * (windows left times the average time a window has taken so far).
 */
final class ProgressLog {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

  private final long intervalNanos;
  private final DiscoveryClient client;
  private final RunStats stats;
  private final long startNanos = System.nanoTime();
  private long lastLogNanos = startNanos;
  private int windowsLeft;

  ProgressLog(Duration interval, DiscoveryClient client, RunStats stats) {
    this.intervalNanos = interval.toNanos();
    this.client = client;
    this.stats = stats;
  }

  synchronized void windowsLeft(int left) {
    windowsLeft = left;
  }

  synchronized void tick() {
    long now = System.nanoTime();
    if (now - lastLogNanos < intervalNanos) {
      return;
    }
    lastLogNanos = now;
    LOG.info(
        "ingest progress: {} requests ({} retries), records {}, {} event windows left, ETA {}",
        client.requests(),
        client.retries(),
        stats.records(),
        windowsLeft,
        eta(now));
  }

  private String eta(long now) {
    int done = stats.windows();
    if (windowsLeft == 0 || done == 0) {
      return "unknown";
    }
    Duration eta = Duration.ofNanos((now - startNanos) / done * windowsLeft);
    return eta.toMinutes() + "m" + eta.toSecondsPart() + "s";
  }
}
