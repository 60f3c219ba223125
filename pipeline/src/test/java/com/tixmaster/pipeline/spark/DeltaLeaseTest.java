package com.tixmaster.pipeline.spark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import com.tixmaster.pipeline.lake.LakeLockedException;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Delta lake's lease: of eight runs racing for it at most one proceeds, whether they are
 * threads of one process or processes of their own (then only Delta's commit protocol on the shared
 * log arbitrates), and a holder killed with {@code kill -9} loses it when it expires.
 */
public class DeltaLeaseTest {
  private static final Duration TTL = Duration.ofSeconds(60);

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private SparkSession spark;

  @Before
  public void setUp() throws Exception {
    spark = SparkTestSession.session();
    spark.sql("DROP TABLE IF EXISTS spark_catalog.gold._run_lease");
    spark.sql("CREATE SCHEMA IF NOT EXISTS spark_catalog.gold");
    Path folder =
        Path.of(
            java.net.URI.create(spark.catalog().getDatabase("gold").locationUri() + "/_run_lease"));
    deleteTree(folder);
  }

  private DeltaLease take(String runId, Duration ttl) {
    return DeltaLease.acquire(spark, "spark_catalog", runId, ttl, Clock.systemUTC());
  }

  @Test
  public void ofEightThreadsRacingForAFreeLeaseExactlyOneWinsEachRound() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DeltaLease>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          String runId = "round" + round + "-racer" + i;
          racers.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      return take(runId, TTL);
                    } catch (LakeLockedException e) {
                      return null;
                    }
                  }));
        }
        start.countDown();
        List<DeltaLease> winners = new ArrayList<>();
        for (Future<DeltaLease> racer : racers) {
          DeltaLease won = racer.get(5, TimeUnit.MINUTES);
          if (won != null) {
            winners.add(won);
          }
        }
        assertThat("round " + round + ": exactly one of eight", winners.size(), is(1));
        winners.get(0).checkHeld();
        winners.get(0).close();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void aLiveHolderIsRefusedToOthersAndALeaseReleasedIsFree() {
    DeltaLease held = take("first", TTL);
    LakeLockedException e = assertThrows(LakeLockedException.class, () -> take("second", TTL));
    assertThat(e.getMessage(), containsString("locked by run first"));
    held.close();
    take("second", TTL).close();
  }

  @Test
  public void eightProcessesRaceAndAKilledHoldersLeaseExpiresAndIsTakenOver() throws Exception {
    Path warehouse = SparkTestSession.warehouse();
    long startAt = System.currentTimeMillis() + 60_000; // after every JVM has started Spark
    long ttlMillis = 8_000;
    List<Process> racers = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path log = tmp.getRoot().toPath().resolve("racer" + i + ".log");
      logs.add(log);
      racers.add(holder(log, warehouse, "process" + i, ttlMillis, 600_000, startAt));
    }
    List<Integer> held = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String line = awaitDecision(logs.get(i), racers.get(i));
      if (line.startsWith("HELD")) {
        held.add(i);
      }
    }
    assertThat("exactly one of eight processes holds the lease", held.size(), is(1));
    Process winner = racers.get(held.get(0));
    for (Process p : racers) {
      if (p != winner) {
        p.destroyForcibly().waitFor();
      }
    }
    // While the holder lives, its heartbeat keeps the lease beyond its first expiry.
    Thread.sleep(ttlMillis + 2_000);
    LakeLockedException refused =
        assertThrows(LakeLockedException.class, () -> take("latecomer", TTL));
    assertThat(refused.getMessage(), containsString("process" + held.get(0)));

    winner.destroyForcibly().waitFor(); // kill -9: no release, no more heartbeats
    long killedAt = System.currentTimeMillis();
    DeltaLease taken = null;
    while (taken == null && System.currentTimeMillis() < killedAt + ttlMillis * 4) {
      try {
        taken = take("takeover", TTL);
      } catch (LakeLockedException e) {
        Thread.sleep(500);
      }
    }
    assertThat("the dead holder's lease is taken over once it expires", taken != null, is(true));
    taken.checkHeld();
    taken.close();
  }

  private static Process holder(
      Path log, Path warehouse, String runId, long ttlMillis, long holdMillis, long startAt)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
        command.add(arg);
      }
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            LeaseHolder.class.getName(),
            warehouse.toString(),
            runId,
            Long.toString(ttlMillis),
            Long.toString(holdMillis),
            Long.toString(startAt)));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  /** The racer's HELD or REFUSED line. */
  private static String awaitDecision(Path log, Process racer) throws Exception {
    long deadline = System.currentTimeMillis() + 600_000;
    while (System.currentTimeMillis() < deadline) {
      if (Files.exists(log)) {
        for (String line : Files.readAllLines(log)) {
          if (line.startsWith("HELD") || line.startsWith("REFUSED")) {
            return line;
          }
        }
      }
      if (!racer.isAlive()) {
        throw new AssertionError("a racer died without deciding:\n" + Files.readString(log));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("a racer did not decide:\n" + Files.readString(log));
  }

  private static void deleteTree(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
