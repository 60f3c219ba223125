package com.tixmaster.spark4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the pipeline itself produces for these tests, made once per JVM under {@code target/}: the
 * SQL of its Delta path alone, and two daily DirectRunner runs over the bundled fixtures, each
 * exported as the commit a {@code DeltaLake} would apply (by the pipeline's {@code
 * CommitSqlExport}; see its javadoc for the files).
 */
final class PipelineExports {
  static final String EXPORT = "com.tixmaster.pipeline.spark.CommitSqlExport";
  static final String TIX_MASTER = "com.tixmaster.pipeline.TixMaster";

  /** The fixture days of the two runs: the generator renames a venue on the second. */
  static final List<String> DAYS = List.of("2026/11/20", "2026/11/21");

  /**
   * The layers the publishes export: silver (foreign keys, CHECKs) and gold (identity keys, SCD2,
   * change data feed). Bronze has none of these, and its raw payloads would only slow the MERGEs.
   */
  static final List<String> LAYERS = List.of("silver", "gold");

  private static Path ddl;
  private static List<Path> publishes;

  private PipelineExports() {}

  /** The SQL without data: DDL files, tables, identity columns and checks. */
  static synchronized Path ddl() throws IOException, InterruptedException {
    if (ddl == null) {
      Path out = fresh("ddl");
      PipelineJar.run(out.resolve("export.log"), EXPORT, "--out=" + out.resolve("sql"));
      ddl = out.resolve("sql");
    }
    return ddl;
  }

  /**
   * Two runs, one per day of {@link #DAYS} landed cumulatively, with run ids {@code day0} and
   * {@code day1}; each run's export of {@link #LAYERS}, in run order.
   */
  static synchronized List<Path> publishes() throws IOException, InterruptedException {
    if (publishes == null) {
      Path root = fresh("publishes");
      Path landing = Files.createDirectories(root.resolve("landing"));
      Path lake = root.resolve("lake");
      List<Path> exports = new java.util.ArrayList<>();
      for (int d = 0; d < DAYS.size(); d++) {
        String runId = "day" + d;
        landDay(landing, DAYS.get(d));
        PipelineJar.run(
            root.resolve(runId + "-run.log"),
            TIX_MASTER,
            "--landing=" + landing,
            "--lakehouse=" + lake,
            "--asOf=" + DAYS.get(d).replace('/', '-') + "T12:00:00Z",
            "--runId=" + runId);
        Path out = root.resolve(runId);
        PipelineJar.run(
            root.resolve(runId + "-export.log"),
            EXPORT,
            "--out=" + out,
            "--lakehouse=" + lake,
            "--runId=" + runId,
            "--layers=" + String.join(",", LAYERS));
        exports.add(out);
      }
      publishes = List.copyOf(exports);
    }
    return publishes;
  }

  /** Copies the bundled landing files of one day (yyyy/MM/dd) into {@code landing}. */
  private static void landDay(Path landing, String day) throws IOException {
    Path source = PipelineJar.projectDir().resolve("scripts/fixtures/landing");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String relative = source.relativize(file).toString();
        if (relative.contains("/" + day + "/")) {
          Path copy = landing.resolve(relative);
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy);
        }
      }
    }
  }

  /** An empty folder {@code name} in the work folder (an earlier build's is deleted). */
  private static Path fresh(String name) throws IOException {
    Path dir = Spark4Session.workDir().resolve(name);
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
          Files.delete(p);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  /** The Parquet lake of {@link #publishes()}, after both runs. */
  static Path lake() throws IOException, InterruptedException {
    publishes();
    return Spark4Session.workDir().resolve("publishes").resolve("lake");
  }

  /** The lines of a text file of an export, e.g. {@code tables.txt}. */
  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
  }
}
