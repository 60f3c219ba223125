package com.tixmaster.transforms.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private static RetryPolicy policy(double random) {
    return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), () -> random);
  }

  @Test
  public void fullJitterSpansZeroToTheExponentialCeiling() {
    assertEquals(Duration.ZERO, policy(0).delay(3, Optional.empty()));
    assertEquals(Duration.ofMillis(999), policy(0.999).delay(1, Optional.empty()));
    assertEquals(Duration.ofMillis(3996), policy(0.999).delay(3, Optional.empty()));
    assertEquals(Duration.ofMillis(59940), policy(0.999).delay(20, Optional.empty()));
  }

  @Test
  public void retryAfterWins() {
    assertEquals(Duration.ofSeconds(30), policy(0.5).delay(1, Optional.of(Duration.ofSeconds(30))));
  }

  @Test
  public void parsesRetryAfterSecondsAndHttpDates() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), RetryPolicy.parseRetryAfter(" 5 ", NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryPolicy.parseRetryAfter("Wed, 01 May 2024 12:01:30 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ZERO),
        RetryPolicy.parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", NOW));
    assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", NOW));
    assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, NOW));
  }

  @Test
  public void retriesRateLimitsAndServerErrorsOnly() {
    assertTrue(RetryPolicy.isRetryable(429));
    assertTrue(RetryPolicy.isRetryable(503));
    assertFalse(RetryPolicy.isRetryable(400));
    assertFalse(RetryPolicy.isRetryable(401));
    assertFalse(RetryPolicy.isRetryable(404));
  }
}
