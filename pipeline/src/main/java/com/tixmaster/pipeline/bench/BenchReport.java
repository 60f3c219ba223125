package com.tixmaster.pipeline.bench;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.joda.time.ReadableInstant;

/**
 * Prints one run's per-stage times from {@code gold.etl_log}, for the benchmark: {@code BenchReport
 * --lakehouse=DIR --runId=ID}. One line per stage, in start order: {@code stage=NAME status=S
 * seconds=X rows_in=I rows_out=O started=INSTANT}, then {@code stages_s=SUM}, then {@code silver
 * events=E venues=V attractions=A}: the rows of those silver tables, which the Spark SQL yardstick
 * ({@link SparkSqlBaseline}) must find too.
 */
public final class BenchReport {
  /** One stage's row of the log. */
  public record StageTime(
      String stage, String status, long startedMillis, double seconds, long rowsIn, long rowsOut) {}

  private BenchReport() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Path lakehouse = null;
    String runId = null;
    for (String arg : args) {
      if (arg.startsWith("--lakehouse=")) {
        lakehouse = Path.of(arg.substring("--lakehouse=".length()));
      } else if (arg.startsWith("--runId=")) {
        runId = arg.substring("--runId=".length());
      } else {
        err.println("usage: BenchReport --lakehouse=DIR --runId=ID");
        return 2;
      }
    }
    if (lakehouse == null || runId == null) {
      err.println("usage: BenchReport --lakehouse=DIR --runId=ID");
      return 2;
    }
    List<StageTime> stages = stages(lakehouse, runId);
    double total = 0;
    for (StageTime s : stages) {
      out.printf(
          "stage=%s status=%s seconds=%.2f rows_in=%d rows_out=%d started=%s%n",
          s.stage(),
          s.status(),
          s.seconds(),
          s.rowsIn(),
          s.rowsOut(),
          java.time.Instant.ofEpochMilli(s.startedMillis()));
      total += s.seconds();
    }
    out.printf("stages_s=%.2f%n", total);
    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    out.printf(
        "silver events=%d venues=%d attractions=%d%n",
        lake.rowCount(SilverTables.EVENTS),
        lake.rowCount(SilverTables.VENUES),
        lake.rowCount(SilverTables.ATTRACTIONS));
    return stages.isEmpty() ? 1 : 0;
  }

  /** The run's stages in start order. */
  public static List<StageTime> stages(Path lakehouse, String runId) throws Exception {
    ParquetLake lake = new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
    List<StageTime> stages = new ArrayList<>();
    for (Row row : lake.readRows(GoldTables.ETL_LOG)) {
      if (!runId.equals(row.getString("run_id"))) {
        continue;
      }
      long started = millis(row.getValue("started_at"));
      long ended = millis(row.getValue("ended_at"));
      stages.add(
          new StageTime(
              row.getString("stage"),
              row.getString("status"),
              started,
              (ended - started) / 1000.0,
              number(row.getValue("rows_in")),
              number(row.getValue("rows_out"))));
    }
    stages.sort(Comparator.comparingLong(StageTime::startedMillis));
    return stages;
  }

  private static long millis(Object value) {
    return value instanceof ReadableInstant ? ((ReadableInstant) value).getMillis() : 0L;
  }

  private static long number(Object value) {
    return value instanceof Number ? ((Number) value).longValue() : 0L;
  }
}
