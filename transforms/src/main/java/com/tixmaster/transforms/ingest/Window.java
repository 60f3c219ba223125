package com.tixmaster.transforms.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A half-open range [start, end) of event start times, on whole seconds. The API's endDateTime is
 * inclusive, so a request asks for [start, end - 1 s]: an event on a boundary belongs to exactly
 * one of two adjacent windows.
 */
record Window(Instant start, Instant end) {
  Window {
    if (!start.equals(start.truncatedTo(ChronoUnit.SECONDS))
        || !end.equals(end.truncatedTo(ChronoUnit.SECONDS))
        || !end.isAfter(start)) {
      throw new IllegalArgumentException("bad window " + start + "/" + end);
    }
  }

  Instant lastSecond() {
    return end.minusSeconds(1);
  }

  boolean isSplittable() {
    return Duration.between(start, end).getSeconds() >= 2;
  }

  Window firstHalf() {
    return new Window(start, middle());
  }

  Window secondHalf() {
    return new Window(middle(), end);
  }

  /** The manifest's name for the window, e.g. {@code 2024-05-01T00:00:00Z/2024-06-01T00:00:00Z}. */
  String key() {
    return start + "/" + end;
  }

  private Instant middle() {
    return start.plusSeconds(Duration.between(start, end).getSeconds() / 2);
  }
}
