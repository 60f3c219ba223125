package com.tixmaster.transforms.ingest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits; injectable so tests of backoff do not really sleep. */
@FunctionalInterface
interface Sleeper {
  Sleeper SYSTEM = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
