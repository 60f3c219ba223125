package com.tixmaster.transforms.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When and how long to retry: 429 and 5xx replies and timeouts, up to {@code maxAttempts}, waiting
 * the server's {@code Retry-After} when given, else exponential backoff with full jitter (a uniform
 * wait in [0, min(max, initial * 2^(n-1))]) so that retries do not arrive in lockstep.
 */
final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final DoubleSupplier random;

  RetryPolicy(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  Duration maxBackoff() {
    return maxBackoff;
  }

  static boolean isRetryable(int status) {
    return status == 429 || status >= 500;
  }

  /** The wait after the {@code failedAttempts}-th failure (1-based). */
  Duration delay(int failedAttempts, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get();
    }
    long ceilingMillis = initialBackoff.toMillis() << Math.min(failedAttempts - 1, 30);
    long cappedMillis = Math.min(Math.max(ceilingMillis, 0), maxBackoff.toMillis());
    return Duration.ofMillis((long) (random.getAsDouble() * cappedMillis));
  }

  /** Parses {@code Retry-After} as delta-seconds or an HTTP date (relative to {@code now}). */
  static Optional<Duration> parseRetryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
