package com.tixmaster.transforms.ingest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class RateLimiterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  public void spacesPermitsEvenlyWithoutBursts() throws Exception {
    AtomicLong fakeNanos = new AtomicLong();
    List<Long> granted = new ArrayList<>();
    RateLimiter limiter =
        new RateLimiter(
            5, Integer.MAX_VALUE, 0, CLOCK, fakeNanos::get, d -> fakeNanos.addAndGet(d.toNanos()));

    for (int i = 0; i < 11; i++) {
      limiter.acquire();
      granted.add(fakeNanos.get());
    }

    assertEquals(0L, (long) granted.get(0));
    assertEquals(10 * 210_000_000L, (long) granted.get(10)); // 200 ms plus the 5% margin
    assertEquals(11, limiter.issued());
  }

  @Test
  public void capHoldsAcrossThreads() throws Exception {
    int cap = 40;
    RateLimiter limiter =
        new RateLimiter(cap, Integer.MAX_VALUE, 0, CLOCK, System::nanoTime, Sleeper.SYSTEM);
    List<Long> granted = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 12; i++) {
                    limiter.acquire();
                    granted.add(System.nanoTime());
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }

    List<Long> sorted = new ArrayList<>(granted);
    Collections.sort(sorted);
    assertEquals(48, sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      int inWindow = 0;
      for (int j = i; j < sorted.size() && sorted.get(j) - sorted.get(i) < 1_000_000_000L; j++) {
        inWindow++;
      }
      assertThat(inWindow, lessThanOrEqualTo(cap));
    }
  }

  @Test
  public void maxRequestsCapsTheRun() throws Exception {
    RateLimiter limiter = new RateLimiter(1000, 2, 0, CLOCK, System::nanoTime, d -> {});
    limiter.acquire();
    limiter.acquire();

    QuotaExhaustedException e = assertThrows(QuotaExhaustedException.class, limiter::acquire);

    assertThat(e.getMessage(), containsString("--maxRequests=2 reached"));
    assertEquals(2, limiter.issued());
  }

  @Test
  public void stopsAtTheQuotaReserveUntilTheQuotaResets() throws Exception {
    RateLimiter limiter =
        new RateLimiter(1000, Integer.MAX_VALUE, 50, CLOCK, System::nanoTime, d -> {});
    limiter.observe(quota(51, CLOCK.instant().plusSeconds(60)));
    limiter.acquire();
    limiter.observe(RateLimitStatus.NONE); // a 401/400 reply without headers changes nothing
    limiter.observe(quota(50, CLOCK.instant().plusSeconds(60)));

    QuotaExhaustedException e = assertThrows(QuotaExhaustedException.class, limiter::acquire);
    assertThat(e.getMessage(), containsString("50 calls left, 50 kept in reserve"));

    limiter.observe(quota(3, CLOCK.instant().minusSeconds(1)));
    limiter.acquire(); // the reset time has passed: the quota is fresh again
  }

  private static RateLimitStatus quota(long available, Instant reset) {
    return new RateLimitStatus(
        OptionalLong.of(5000), OptionalLong.of(available), OptionalLong.of(0), Optional.of(reset));
  }
}
