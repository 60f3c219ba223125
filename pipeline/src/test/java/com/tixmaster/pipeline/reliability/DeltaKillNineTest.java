package com.tixmaster.pipeline.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code kill -9} on the production path: real SparkRunner runs with Delta tables in {@code
 * spark_catalog} ({@code --warehouse}, so that every process finds the tables of the ones before
 * it), each a JVM of its own, killed at five moments in turn on one lake, each run picking up after
 * the previous one's death; then a normal run finishes the job. Every bronze, silver and gold table
 * must then equal a clean run over the same files ({@link Reference}'s, which {@code
 * SparkDeltaEndToEndTest} and {@link DeltaTortureTest} show the SparkRunner agrees with), surrogate
 * keys included, and each landed record must be in bronze once.
 *
 * <p>The kills are real: {@code Process.destroyForcibly()} (SIGKILL) the moment the lake shows the
 * moment was reached (a file in the staging folder, a version in a table's Delta log), except one
 * exact moment between two MERGEs of a commit, where the run halts at a fault point ({@code
 * Runtime.halt}, which is as abrupt). A killed run keeps the lake's lease until it expires, so the
 * killed runs take a short one ({@code --leaseSeconds=10}) and a run refused meanwhile is started
 * again.
 */
public class DeltaKillNineTest {
  /**
   * Opt-in: six SparkRunner JVMs cost about 11 minutes of both cores, more than the CI budget has
   * left. Run with {@code -Dtix.reliability.delta=true}.
   */
  public static final String ENABLE = "tix.reliability.delta";

  private static final int LEASE_SECONDS = 10;

  @BeforeClass
  public static void onlyWhenAskedFor() {
    Assume.assumeTrue(
        "DeltaKillNineTest runs with -D" + ENABLE + "=true (about 11 min)",
        Boolean.getBoolean(ENABLE));
  }

  /** A Spark child slower than this is killed and the test fails. */
  private static final long CHILD_TIMEOUT_SECONDS =
      Long.getLong("tix.reliability.sparkChildTimeout", 1800);

  private static final long POLL_MILLIS = 5;

  private Path staging;
  private DeltaTables live;

  /** Whether the run {@code runId} has reached the moment, seen from outside. */
  private interface Reached {
    boolean test(String runId) throws IOException;
  }

  /** What must hold right after the kill (that it hit the moment it names). */
  private interface Check {
    void verify(String runId, String previousRunId) throws IOException;
  }

  /** A kill: SIGKILL once {@code reached}, or a halt at {@code haltAt} when that is set. */
  private record Moment(String name, String haltAt, Reached reached, Check after) {}

  @Test
  public void killedAtFiveMomentsThenFinishedEqualsACleanRun() throws Exception {
    Reference ref = Reference.get();
    Path dir = ref.newDir("delta-kill-9");
    Path warehouse = dir.resolve("warehouse");
    Path lakehouse = dir.resolve("lakehouse");
    staging = lakehouse.resolve("_staging");
    live = new DeltaTables(warehouse, dir.resolve("read"));
    List<String> args =
        List.of(
            "--runner=SparkRunner",
            "--tableFormat=delta",
            "--catalog=spark_catalog",
            "--warehouse=" + warehouse,
            "--landing=" + ref.landing1,
            "--lakehouse=" + lakehouse,
            Landings.AS_OF);

    List<Moment> moments =
        List.of(
            new Moment(
                "mid-bronze: raw shards staged, bronze not committed",
                null,
                run -> hasParquet(staging.resolve(run).resolve("bronze"), 2),
                (run, previous) -> assertFalse("bronze had not finished", finished(run, "bronze"))),
            new Moment(
                "between two MERGEs of the silver commit",
                FaultPoints.BETWEEN_TABLE_SWAPS + "@silver",
                null,
                (run, previous) ->
                    assertTrue("the silver commit is pending", recorded(run, "silver"))),
            new Moment(
                "mid-gold staging: some gold tables staged, the stage not finished",
                null,
                run ->
                    hasParquet(staging.resolve(run).resolve("gold"), 2) && !finished(run, "gold"),
                (run, previous) -> {
                  assertFalse("gold had not finished", finished(run, "gold"));
                  assertFalse(
                      "the dead run's silver commit was recovered", recorded(previous, "silver"));
                }),
            new Moment(
                "mid-publish: gold.dim_date merged, the other gold tables not",
                null,
                run -> recorded(run, "publish") && live.commits(GoldTables.DIM_DATE) >= 2,
                (run, previous) -> {
                  assertTrue("the publish commit is pending", recorded(run, "publish"));
                  assertThat(
                      "gold.dim_venue not merged yet",
                      live.commits(GoldTables.DIM_VENUE),
                      lessThan(2L));
                }),
            new Moment(
                "recovering that publish: gold.dim_venue re-applied, the rest not",
                null,
                run -> live.commits(GoldTables.DIM_VENUE) >= 2,
                (run, previous) -> {
                  assertTrue(
                      "the dead run's publish is still pending", recorded(previous, "publish"));
                  assertThat(
                      "gold.fact_events not merged yet",
                      live.commits(GoldTables.FACT_EVENTS),
                      lessThan(2L));
                }));

    long started = System.nanoTime();
    StringBuilder report = new StringBuilder();
    for (int i = 0; i < moments.size(); i++) {
      Moment m = moments.get(i);
      String runId = "kill-" + (i + 1);
      long runStarted = System.nanoTime();
      killAt(m, dir, runId, args);
      m.after().verify(runId, "kill-" + i);
      report.append(
          String.format(
              "  %-70s %s after %5.1f s%n",
              m.name(), m.haltAt() == null ? "killed" : "halted", seconds(runStarted)));
    }
    long finalStarted = System.nanoTime();
    ChildRun last = finish(dir, args);
    assertThat(last.output(), containsString("\nOK"));
    report.append(
        String.format("  %-70s exit 0 after %5.1f s%n", "final run", seconds(finalStarted)));
    System.err.printf(
        "[reliability] Delta kill -9 moments (%.0f s in all):%n%s", seconds(started), report);

    DeltaTables after = new DeltaTables(warehouse, dir.resolve("read-after"));
    assertThat(
        "killed five times, then a normal run: the lake equals a clean run",
        LakeState.of(after).differences(ref.state1),
        is(empty()));
    ExactlyOnce.assertBronze(after);
    assertThat("no abandoned staging or export", list(staging), is(List.of("_txn")));
    assertThat("no commit record left", list(staging.resolve("_txn")), is(empty()));
    long holders =
        SparkTestSession.session()
            .read()
            .format("delta")
            .load(warehouse.resolve("gold.db").resolve("_run_lease").toString())
            .count();
    assertEquals("the final run released the lease", 0, holders);
  }

  /** Runs until the moment and kills the run there; returns the dead run. */
  private ChildRun killAt(Moment m, Path dir, String runId, List<String> args) throws Exception {
    for (int attempt = 1; ; attempt++) {
      ChildRun child = start(dir, runId, attempt, m.haltAt(), args);
      if (m.haltAt() != null) {
        int status = child.await(CHILD_TIMEOUT_SECONDS);
        if (refused(child, status, attempt)) {
          continue;
        }
        assertEquals(m.name() + "\n" + child.tail(), FaultPoints.HALT_STATUS, status);
        assertThat(child.output(), containsString("[fault injection] halting at " + m.haltAt()));
        return child;
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
      while (!m.reached().test(runId)) {
        if (!child.process.isAlive() || System.nanoTime() > deadline) {
          child.process.destroyForcibly().waitFor();
          break;
        }
        Thread.sleep(POLL_MILLIS);
      }
      if (child.process.isAlive()) {
        child.process.destroyForcibly(); // SIGKILL
        assertTrue(child.process.waitFor(60, TimeUnit.SECONDS));
        return child;
      }
      if (!refused(child, child.process.exitValue(), attempt)) {
        throw new AssertionError(
            "the run ended before the moment '" + m.name() + "':\n" + child.tail());
      }
    }
  }

  /** The final run, to its end. */
  private ChildRun finish(Path dir, List<String> args) throws Exception {
    for (int attempt = 1; ; attempt++) {
      ChildRun child = start(dir, "final", attempt, null, args);
      int status = child.await(CHILD_TIMEOUT_SECONDS);
      if (!refused(child, status, attempt)) {
        assertEquals(child.tail(), 0, status);
        return child;
      }
    }
  }

  /** Starts a run; the killed ones take a short lease. */
  private ChildRun start(Path dir, String runId, int attempt, String haltAt, List<String> args)
      throws IOException {
    List<String> all = new ArrayList<>(args);
    all.add("--runId=" + runId);
    if (!runId.equals("final")) {
      all.add("--leaseSeconds=" + LEASE_SECONDS);
    }
    return ChildRun.start(
        ChildRun.sparkJvmOptions(),
        dir.resolve(runId + "-" + attempt + ".log"),
        haltAt,
        all.toArray(new String[0]));
  }

  /**
   * Whether the run was refused because a killed run's lease had not expired yet (it then is
   * started again, a few times at most).
   */
  private static boolean refused(ChildRun child, int status, int attempt) throws Exception {
    if (status != 1 || !child.output().contains("refused: the lake is locked") || attempt >= 5) {
      return false;
    }
    System.err.printf("[reliability] a run was refused (a dead run's lease), started again%n");
    Thread.sleep(2_000);
    return true;
  }

  private boolean finished(String runId, String stage) {
    return Files.exists(
        staging.resolve(runId).resolve("_notes").resolve("stage-" + stage + ".json"));
  }

  private boolean recorded(String runId, String commit) {
    return Files.exists(staging.resolve("_txn").resolve(runId + "-" + commit + ".json"));
  }

  /** Whether a Parquet file is under {@code dir}, at most {@code depth} folders down. */
  private static boolean hasParquet(Path dir, int depth) {
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // not there yet, or changing under the walk
    }
  }

  private static List<String> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
