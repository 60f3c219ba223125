package com.tixmaster.pipeline.spark;

import com.tixmaster.pipeline.lake.LakeLockedException;
import java.time.Clock;
import java.time.Duration;

/**
 * A run's lease taking as a process of its own, for {@link DeltaLeaseTest}: {@code LeaseHolder
 * <warehouse> <runId> <ttlMillis> <holdMillis> <startAtEpochMillis>}. Waits until the start time
 * (so that racers start together), tries to take the lease, prints {@code HELD} or {@code REFUSED},
 * holds it for the given time and exits without releasing it (as a crash would).
 */
public final class LeaseHolder {
  private LeaseHolder() {}

  public static void main(String[] args) throws Exception {
    var spark = SparkSessions.getOrCreate(args[0], true);
    spark.sql("CREATE SCHEMA IF NOT EXISTS spark_catalog.gold");
    long startAt = Long.parseLong(args[4]);
    while (System.currentTimeMillis() < startAt) {
      Thread.sleep(5);
    }
    try {
      DeltaLease.acquire(
          spark,
          "spark_catalog",
          args[1],
          Duration.ofMillis(Long.parseLong(args[2])),
          Clock.systemUTC());
      System.out.println("HELD " + ProcessHandle.current().pid());
    } catch (LakeLockedException e) {
      System.out.println("REFUSED " + e.getMessage());
    }
    System.out.flush();
    Thread.sleep(Long.parseLong(args[3]));
    Runtime.getRuntime().halt(0); // no release: the lease must expire on its own
  }
}
