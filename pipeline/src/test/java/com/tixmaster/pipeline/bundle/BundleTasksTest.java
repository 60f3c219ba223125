package com.tixmaster.pipeline.bundle;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.spark.DeltaLake;
import com.tixmaster.pipeline.spark.SparkTestSession;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Databricks job as it runs: its tasks one by one, in the bundle's order, each in its own JVM
 * with the bundle's own arguments (read from {@code resources/*.yml}; only the bundle variables and
 * the job's dynamic values are replaced by local ones, and {@code --warehouse} is added for
 * spark_catalog). On the SparkRunner with Delta: once passing, the run's gold equals one
 * DirectRunner run of every stage; once with a blocking audit (its tasks in this JVM, to save a
 * Spark start-up per task), publish exits 3 and gold is unchanged. The ingest task needs the
 * Discovery API and is left out here ({@code IngestStageTest} runs it against a mock server); the
 * landing folder holds the bundled fixtures instead.
 */
public class BundleTasksTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final long TASK_TIMEOUT_SECONDS = 600;

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** The job's tasks in dependency order, each with its parameters. */
  static Map<String, List<String>> tasksInOrder() throws Exception {
    Path root = Path.of(System.getProperty("tix.project.dir"));
    Map<String, JsonNode> tasks = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(root.resolve("resources"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
        JsonNode job = YAML.readTree(file.toFile()).at("/resources/jobs/tix_master_etl_pipeline");
        job.path("tasks").forEach(t -> tasks.put(t.path("task_key").asText(), t));
      }
    }
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    while (ordered.size() < tasks.size()) {
      int before = ordered.size();
      for (Map.Entry<String, JsonNode> t : tasks.entrySet()) {
        List<String> deps = new ArrayList<>();
        t.getValue().path("depends_on").forEach(d -> deps.add(d.path("task_key").asText()));
        if (!ordered.containsKey(t.getKey()) && ordered.keySet().containsAll(deps)) {
          List<String> params = new ArrayList<>();
          t.getValue().at("/spark_jar_task/parameters").forEach(p -> params.add(p.asText()));
          ordered.put(t.getKey(), params);
        }
      }
      if (ordered.size() == before) {
        throw new AssertionError("the job's task dependencies have a cycle: " + tasks.keySet());
      }
    }
    return ordered;
  }

  private static final class Job {
    final Path landing;
    final Path warehouse;
    final Path staging;
    final Path lakehouse;
    final Path logs;

    Job(Path root, Path warehouse) {
      this.landing = root.resolve("landing");
      this.warehouse = warehouse;
      this.staging = root.resolve("staging-volume");
      this.lakehouse = root.resolve("lakehouse-volume");
      this.logs = root.resolve("logs");
    }

    /** The task's bundle parameters with this machine's values for the variables. */
    List<String> arguments(List<String> params, String runId, long startMillis) {
      List<String> args = new ArrayList<>();
      for (String p : params) {
        args.add(
            p.replace("${var.catalog}", "spark_catalog")
                .replace("${var.landing_volume}", landing.toString())
                .replace("${var.staging_volume}", staging.toString())
                .replace("${var.lakehouse_volume}", lakehouse.toString())
                .replace("{{job.run_id}}", runId)
                .replace("{{job.start_time.timestamp_ms}}", Long.toString(startMillis)));
      }
      for (String a : args) {
        if (a.contains("${") || a.contains("{{")) {
          throw new AssertionError("a bundle value this test does not know: " + a);
        }
      }
      args.add("--warehouse=" + warehouse);
      return args;
    }

    /** Runs one task in a JVM of its own, as a JAR task; returns its exit status. */
    TaskRun run(String task, List<String> args) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx1500m");
      for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")) {
          command.add(arg);
        }
      }
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("com.tixmaster.pipeline.TixMaster");
      command.addAll(args);
      Files.createDirectories(logs);
      Path log = logs.resolve(task + "-" + System.nanoTime() + ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(TASK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError(task + " did not finish\n" + Files.readString(log));
      }
      return new TaskRun(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  private record TaskRun(int status, String output) {
    String tail() {
      String[] lines = output.split("\n");
      return String.join(
          "\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
  }

  /** How a task is run: in a JVM of its own, or in this one. */
  private interface Runner {
    TaskRun run(String task, List<String> args) throws Exception;
  }

  /**
   * A task in this JVM, on its SparkSession: nothing of the JVM start and the Spark start-up, which
   * cost about a minute a task here. The tasks still share nothing but the lake.
   */
  private static TaskRun inThisJvm(String task, List<String> args) {
    TixMasterRun run = TixMasterRun.of(args.toArray(new String[0]));
    return new TaskRun(run.status, run.out + "\n" + run.err);
  }

  /** Runs every task after ingest; the last one's status is returned, the others must exit 0. */
  private static TaskRun runJob(Job job, Runner runner, String runId, long start, String... extra)
      throws Exception {
    TaskRun last = null;
    for (Map.Entry<String, List<String>> task : tasksInOrder().entrySet()) {
      if (task.getKey().equals("ingest")) {
        continue;
      }
      List<String> args = job.arguments(task.getValue(), runId, start);
      args.addAll(List.of(extra));
      last = runner.run(task.getKey(), args);
      if (!task.getKey().equals("publish")) {
        assertThat(task.getKey() + " exits 0\n" + last.tail(), last.status(), is(0));
      }
    }
    return last;
  }

  private static final List<TableSpec> GOLD =
      List.of(
          GoldTables.DIM_DATE,
          GoldTables.DIM_VENUE,
          GoldTables.DIM_ATTRACTION,
          GoldTables.DIM_CLASSIFICATION,
          GoldTables.DIM_MARKET,
          GoldTables.FACT_EVENTS,
          GoldTables.BRIDGE_EVENT_ATTRACTION,
          GoldTables.MONTHLY_EVENT_SUMMARY,
          GoldTables.EVENT_DOCUMENTS);

  @Test
  public void theTasksInBundleOrderPublishOnceAndABlockingAuditKeepsGold() throws Exception {
    assertThat(
        "the bundle's tasks",
        List.copyOf(tasksInOrder().keySet()),
        is(
            List.of(
                "ingest",
                "bronze",
                "silver",
                "gold",
                "summary",
                "documents",
                "quality",
                "publish")));
    SparkTestSession.dropLakeSchemas();
    Job job = new Job(tmp.getRoot().toPath(), SparkTestSession.warehouse());
    copyDay(job.landing, "2026/11/20");
    long start = java.time.Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();

    TaskRun publish = runJob(job, job::run, "1001", start);
    assertThat("publish\n" + publish.tail(), publish.status(), is(0));

    Path reference = tmp.getRoot().toPath().resolve("direct");
    TixMasterRun direct =
        TixMasterRun.of(
            "--landing=" + job.landing, "--lakehouse=" + reference, "--asOf=2026-11-20T12:00:00Z");
    assertThat(direct.toString(), direct.status, is(0));
    DeltaLake delta = new DeltaLake(SparkTestSession.session(), "spark_catalog", job.staging);
    com.tixmaster.pipeline.lake.ParquetLake parquet =
        new com.tixmaster.pipeline.lake.ParquetLake(reference, reference.resolve("_staging"));
    Map<String, List<String>> published = new LinkedHashMap<>();
    for (TableSpec table : GOLD) {
      List<String> rows = content(delta.readRows(table), false);
      assertThat(table + " has rows", rows.size(), greaterThan(0));
      assertThat(
          table + " equals the DirectRunner's", rows, is(content(parquet.readRows(table), false)));
      published.put(table.qualifiedName(), content(delta.readRows(table), true));
    }
    assertThat(
        "one etl_log row per task",
        stagesOf(delta, "1001"),
        is(List.of("bronze", "documents", "gold", "publish", "quality", "silver", "summary")));
    assertThat("the run's staging is gone", Files.exists(job.staging.resolve("1001")), is(false));

    // Day two, months late: freshness (MEDIUM) fails, and MEDIUM blocks. The tasks run in this
    // JVM: the first job showed that they need nothing from each other's JVM.
    copyDay(job.landing, "2026/11/21");
    long late = java.time.Instant.parse("2027-06-01T00:00:00Z").toEpochMilli();
    TaskRun blocked =
        runJob(job, BundleTasksTest::inThisJvm, "1002", late, "--failOnSeverity=MEDIUM");
    assertThat("publish exits 3\n" + blocked.tail(), blocked.status(), is(3));
    assertThat(blocked.output(), containsString("BLOCKING silver_freshness (MEDIUM)"));
    for (TableSpec table : GOLD) {
      assertThat(
          table + " is unchanged, keys and run ids included",
          content(delta.readRows(table), true),
          is(published.get(table.qualifiedName())));
    }
    List<String> checks =
        delta.readRows(GoldTables.DATA_QUALITY_RESULTS).stream()
            .filter(r -> r.getString("run_id").equals("1002"))
            .map(r -> r.getString("check_name") + ":" + r.getString("status"))
            .collect(Collectors.toList());
    assertThat(
        "the blocked run's audits are kept", checks.contains("silver_freshness:FAILED"), is(true));
    assertThat(Files.exists(job.staging.resolve("1002")), is(false));
  }

  private static List<String> stagesOf(DeltaLake delta, String runId) throws Exception {
    return delta.readRows(GoldTables.ETL_LOG).stream()
        .filter(r -> r.getString("run_id").equals(runId))
        .map(r -> r.getString("stage"))
        .sorted()
        .collect(Collectors.toList());
  }

  /** Sorted rows; without the columns that name a run or its time unless {@code all}. */
  private static List<String> content(List<Row> rows, boolean all) {
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      StringBuilder s = new StringBuilder();
      for (Field f : row.getSchema().getFields()) {
        String n = f.getName();
        if (all || !(n.endsWith("run_id") || n.endsWith("_at") || n.startsWith("_ingestion"))) {
          s.append(n).append('=').append((Object) row.getValue(n)).append(';');
        }
      }
      out.add(s.toString());
    }
    out.sort(null);
    return out;
  }

  private static void copyDay(Path landing, String day) throws Exception {
    Path bundled = Path.of(System.getProperty("tix.project.dir"), "scripts/fixtures/landing");
    try (Stream<Path> files = Files.walk(bundled)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path rel = bundled.relativize(f);
        if (rel.toString().contains("/" + day + "/")) {
          Path target = landing.resolve(rel);
          Files.createDirectories(target.getParent());
          Files.copy(f, target);
        }
      }
    }
  }
}
