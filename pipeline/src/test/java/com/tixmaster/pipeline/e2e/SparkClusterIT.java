package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The production runner for real: {@code scripts/spark-cluster.sh} starts a Spark standalone
 * cluster of two Workers, {@code scripts/spark-submit.sh --master=spark://…} runs the whole
 * pipeline on it with Delta tables (the driver is the submitting JVM, the executors are the
 * Workers' JVMs), twice, and the cluster is stopped whatever happens. The first run loses an
 * executor: {@link ExecutorLoss} kills one executor JVM with {@code SIGKILL} while silver runs, and
 * Spark retries its tasks on the other executors (and a new one its Worker starts). The tables
 * still hold the same rows as the DirectRunner's lake (no row counted twice, no staged file
 * committed twice), the re-run duplicates nothing, and every count in {@code etl_log} is the count
 * of its table.
 *
 * <p>Run by failsafe in {@code mvn verify}, after {@code package} has built the shaded jar the
 * scripts submit. A few minutes on two cores.
 */
public class SparkClusterIT {
  private static final String AS_OF = "--asOf=2026-11-20T00:00:00Z";

  /** A pipeline run on two executors of a busy two-core machine took 7 min at most. */
  private static final long RUN_TIMEOUT_MINUTES = 25;

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void thePipelineOnAClusterMatchesTheDirectRunnerAndReRunsCleanly() throws Exception {
    Path root = tmp.getRoot().toPath();
    Path clusterDir = root.resolve("cluster");
    // Delta tables go to the warehouse of this JVM's session, which reads them back.
    long t = System.nanoTime();
    Path warehouse = SparkTestSession.warehouse();
    t = lap("local Spark session for the checks", t);
    Path deltaLake = root.resolve("delta-lake");

    String first;
    String second;
    Optional<ExecutorLoss.Kill> lost;
    String watched;
    // try-with-resources: the cluster is stopped whatever happens, and a failure to stop it is
    // reported without hiding the failure that came first
    try (Cluster cluster = Cluster.start(clusterDir, root)) {
      t = lap("cluster start", t);
      assertThat(cluster.master, cluster.master.matches("spark://127\\.0\\.0\\.1:\\d+"), is(true));
      try (ExecutorLoss loss =
          new ExecutorLoss(clusterDir, deltaLake.resolve("_staging").resolve("first"))) {
        first = submit(root.resolve("first.log"), cluster.master, warehouse, deltaLake, "first");
        lost = loss.kill();
        watched = loss.describe();
      }
      t = lap("first run on the cluster, one executor killed during silver", t);
      second = submit(root.resolve("second.log"), cluster.master, warehouse, deltaLake, "second");
      t = lap("second run on the cluster", t);
    }
    t = lap("cluster stop", t);
    assertThat(
        "nothing of the cluster is left",
        script(
            root.resolve("cluster-status.log"),
            1,
            "spark-cluster.sh",
            "status",
            "--dir=" + clusterDir),
        containsString("no cluster running"));
    assertThat(
        "executors of both Workers ran tasks",
        workersThatRanTasks(clusterDir),
        is(Set.of("worker-1", "worker-2")));

    assertThat(first, containsString("(SparkRunner, lake Delta catalog spark_catalog"));
    assertThat(
        "an executor was killed during the first run (" + watched + ")",
        lost.isPresent(),
        is(true));
    assertThat(
        "it was killed while silver ran (pid " + lost.get().pid() + ")",
        lost.get().silverRunningAtKill(),
        is(true));
    assertThat(
        "the driver saw the executor go and carried on",
        Files.readString(root.resolve("first.log"), StandardCharsets.UTF_8),
        containsString("Lost executor " + lost.get().workDir().getFileName()));
    Path parquetLake = root.resolve("direct-lake");
    TixMasterRun direct =
        TixMasterRun.of("--landing=" + Lakes.bundledLanding(), "--lakehouse=" + parquetLake, AS_OF);
    assertThat(direct.toString(), direct.status, is(0));
    t = lap("DirectRunner run", t);

    DeltaLake delta =
        new DeltaLake(SparkTestSession.session(), "spark_catalog", deltaLake.resolve("_staging"));
    for (TableSpec table : Lakes.PARITY_TABLES) {
      List<String> onCluster = Lakes.normalised(delta.readRows(table));
      assertThat(table + " has rows", onCluster.size(), greaterThan(0));
      assertThat(
          table + ": cluster = DirectRunner",
          onCluster,
          is(Lakes.normalised(Lakes.rows(parquetLake, table))));
    }

    assertThat(second, containsString("no new landing files"));
    Map<String, Long> counts = new TreeMap<>();
    for (TableSpec table : allTables()) {
      counts.put(table.qualifiedName(), delta.rowCount(table));
    }
    Map<String, Long> directCounts = new TreeMap<>();
    for (TableSpec table : allTables()) {
      directCounts.put(table.qualifiedName(), Lakes.open(parquetLake).rowCount(table));
    }
    assertThat("after the re-run, the DirectRunner's counts", counts, is(directCounts));

    Map<String, Row> log = new TreeMap<>();
    for (Row row : delta.readRows(GoldTables.ETL_LOG)) {
      if ("first".equals(row.getString("run_id"))) {
        log.put(row.getString("stage"), row);
      }
    }
    assertThat(
        log.values().stream().map(r -> r.getString("status")).collect(Collectors.toList()),
        everyItem(is("SUCCEEDED")));
    assertThat(
        log.values().stream().map(r -> r.getString("runner")).collect(Collectors.toList()),
        everyItem(is("SparkRunner")));
    long raw = 0;
    for (String entity : BronzeTables.ENTITIES) {
      raw += counts.get(BronzeTables.rawTable(entity).qualifiedName());
    }
    assertCounts(
        log,
        "bronze",
        count(counts, BronzeTables.FILES),
        raw,
        count(counts, BronzeTables.REJECTED_RECORDS));
    assertCounts(
        log,
        "silver",
        count(counts, BronzeTables.EVENTS_RAW),
        count(counts, SilverTables.EVENTS),
        count(counts, SilverTables.REJECTED));
    assertCounts(
        log, "gold", count(counts, SilverTables.EVENTS), count(counts, GoldTables.FACT_EVENTS), 0);
    assertCounts(
        log,
        "summary",
        count(counts, GoldTables.FACT_EVENTS),
        count(counts, GoldTables.MONTHLY_EVENT_SUMMARY),
        0);
    assertCounts(
        log,
        "documents",
        count(counts, SilverTables.EVENTS),
        count(counts, GoldTables.EVENT_DOCUMENTS),
        0);
    long audits =
        delta.readRows(GoldTables.DATA_QUALITY_RESULTS).stream()
            .filter(r -> "first".equals(r.getString("run_id")))
            .count();
    assertCounts(log, "quality", audits, audits, 0);
    lap("reading back and comparing", t);
  }

  /** A cluster of two Workers, started by the script and stopped by it on close. */
  private static final class Cluster implements AutoCloseable {
    final Path dir;
    final Path logs;
    final String master;

    private Cluster(Path dir, Path logs, String master) {
      this.dir = dir;
      this.logs = logs;
      this.master = master;
    }

    static Cluster start(Path dir, Path logs) throws Exception {
      try {
        String master =
            script(
                logs.resolve("cluster-start.log"),
                0,
                "spark-cluster.sh",
                "start",
                "--workers=2",
                "--dir=" + dir,
                // stops the cluster if this JVM dies before close() runs
                "--owner-pid=" + ProcessHandle.current().pid());
        return new Cluster(dir, logs, master.trim());
      } catch (Exception | AssertionError e) {
        // a start that failed half-way (or timed out) leaves nothing running either
        new Cluster(dir, logs, "").close();
        throw e;
      }
    }

    @Override
    public void close() throws Exception {
      script(logs.resolve("cluster-stop.log"), 0, "spark-cluster.sh", "stop", "--dir=" + dir);
    }
  }

  /** Prints how long a step took (the test's time in CI, step by step); returns now. */
  private static long lap(String step, long since) {
    long now = System.nanoTime();
    System.out.printf("SparkClusterIT: %s took %.1f s%n", step, (now - since) / 1e9);
    return now;
  }

  private static List<TableSpec> allTables() {
    return Stream.of(BronzeTables.ALL, SilverTables.ALL, GoldTables.ALL)
        .flatMap(List::stream)
        // the two tables every run adds to
        .filter(t -> !t.equals(GoldTables.ETL_LOG) && !t.equals(GoldTables.DATA_QUALITY_RESULTS))
        .collect(Collectors.toList());
  }

  private static long count(Map<String, Long> counts, TableSpec table) {
    return counts.get(table.qualifiedName());
  }

  private static void assertCounts(
      Map<String, Row> log, String stage, long in, long out, long rejected) {
    Row row = log.get(stage);
    assertThat(stage + " logged", row != null, is(true));
    assertThat(stage + " rows_in", row.getInt64("rows_in"), is(in));
    assertThat(stage + " rows_out", row.getInt64("rows_out"), is(out));
    assertThat(stage + " rows_rejected", row.getInt64("rows_rejected"), is(rejected));
  }

  /** The pipeline through spark-submit.sh on the cluster; returns its output. */
  private static String submit(Path log, String master, Path warehouse, Path lake, String runId)
      throws Exception {
    return script(
        log,
        0,
        "spark-submit.sh",
        "--master=" + master,
        "--tableFormat=delta",
        "--catalog=spark_catalog",
        "--warehouse=" + warehouse,
        "--landing=" + Lakes.bundledLanding(),
        "--lakehouse=" + lake,
        AS_OF,
        "--runId=" + runId);
  }

  /**
   * Runs {@code scripts/<name> args} with its output in {@code log}, asserts its exit status, and
   * returns its output (stdout only, stderr stays in the log).
   */
  private static String script(Path log, int expectedStatus, String name, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(Lakes.projectDir().resolve("scripts").resolve(name).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SPARK_HOME"); // the Spark jars Maven resolved, not another Spark
    builder.environment().put("TIX_JAVA_OPTS", "-Xmx2g");
    Path out = Path.of(log + ".out");
    builder.redirectOutput(out.toFile());
    builder.redirectError(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError(
          name + " did not finish in " + RUN_TIMEOUT_MINUTES + " min\n" + tail(log));
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(
        name + " " + String.join(" ", args) + "\n" + stdout + "\n" + tail(log),
        process.exitValue(),
        is(expectedStatus));
    return stdout;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** The Workers ({@code worker-N}) with an executor whose log shows a task run. */
  private static Set<String> workersThatRanTasks(Path clusterDir) throws IOException {
    Set<String> workers = new TreeSet<>();
    try (Stream<Path> files = Files.walk(clusterDir)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().equals("stderr"))
              .collect(Collectors.toList())) {
        // worker-N/app-<id>/<executor id>/stderr
        if (Files.readString(f, StandardCharsets.UTF_8).contains("Running task")) {
          workers.add(clusterDir.relativize(f).getName(0).toString());
        }
      }
    }
    return workers;
  }
}
