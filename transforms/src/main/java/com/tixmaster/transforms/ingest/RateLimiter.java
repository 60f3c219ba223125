package com.tixmaster.transforms.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Hands out request permits for all threads: spaced evenly at {@code requestsPerSecond} with no
 * bursts (Apigee's spike arrest counts per sub-second slice, not per whole second), within the
 * run's {@code maxRequests} and above the daily quota's reserve as last reported by the API.
 */
final class RateLimiter {
  // The gateway sees arrivals, not sends; network jitter can bunch two requests closer than they
  // left. A 5% wider spacing keeps the gateway's view under the cap.
  private static final double SPACING_MARGIN = 1.05;

  private final long intervalNanos;
  private final int maxRequests;
  private final int quotaReserve;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;

  private long nextSlotNanos;
  private int issued;
  private RateLimitStatus quota = RateLimitStatus.NONE;

  RateLimiter(
      double requestsPerSecond,
      int maxRequests,
      int quotaReserve,
      Clock clock,
      LongSupplier nanoTime,
      Sleeper sleeper) {
    this.intervalNanos = (long) Math.ceil(1e9 * SPACING_MARGIN / requestsPerSecond);
    this.maxRequests = maxRequests;
    this.quotaReserve = quotaReserve;
    this.clock = clock;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.nextSlotNanos = nanoTime.getAsLong();
  }

  /**
   * Blocks until this caller may send one request. Spacing counts from the moment a permit is
   * actually granted, so a late wake-up on a busy machine delays the next permit instead of letting
   * two requests bunch up.
   *
   * @throws QuotaExhaustedException when the run's budget or the daily quota is spent
   */
  void acquire() throws InterruptedException {
    while (true) {
      long waitNanos;
      synchronized (this) {
        checkBudget();
        long now = nanoTime.getAsLong();
        waitNanos = nextSlotNanos - now;
        if (waitNanos <= 0) {
          issued++;
          nextSlotNanos = now + intervalNanos;
          return;
        }
      }
      sleeper.sleep(Duration.ofNanos(waitNanos));
    }
  }

  /** Records the quota headers of a response; replies without them leave the last known state. */
  synchronized void observe(RateLimitStatus status) {
    if (status.available().isPresent()) {
      quota = status;
    }
  }

  /** Permits handed out so far: every HTTP attempt, retries included. */
  synchronized int issued() {
    return issued;
  }

  private void checkBudget() {
    if (issued >= maxRequests) {
      throw new QuotaExhaustedException(
          "--maxRequests=" + maxRequests + " reached; the next run resumes where this one stopped");
    }
    if (quota.available().isEmpty() || quota.available().getAsLong() > quotaReserve) {
      return;
    }
    Instant now = clock.instant();
    if (quota.reset().isPresent() && !now.isBefore(quota.reset().get())) {
      return; // the quota has renewed since that response; the next one reports the new count
    }
    throw new QuotaExhaustedException(
        "the Ticketmaster daily quota is nearly used: "
            + quota.available().getAsLong()
            + " calls left, "
            + quotaReserve
            + " kept in reserve"
            + quota
                .reset()
                .map(r -> "; it resets at " + r + ", run again after that to resume")
                .orElse("; run again after it resets to resume"));
  }
}
