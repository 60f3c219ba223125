package com.tixmaster.spark4;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The generated stored procedures of {@code sql/procedures/}, their bodies run on Spark 4.1's SQL
 * scripting (see {@link Procedures}) over the Delta tables of the pipeline's second fixture run,
 * give the Beam stages' answers: every audit's status and records affected equal the run's {@code
 * data_quality_results}, and every KPI of every month equals its {@code monthly_event_summary}. A
 * deliberately broken copy (one orphan venue link, one duplicate fact) reports exactly those
 * failures; the summary replaces months rather than appending them; its EXIT HANDLER logs a failure
 * to etl_log and re-raises it.
 */
public class ProceduresTest {
  private static final String CATALOG = "spark_catalog";
  private static final String BEAM_RUN = "day1";
  private static final String QUALITY = "sp_data_quality_checks";
  private static final String SUMMARY = "sp_generate_event_summary";

  private static SparkSession spark;

  /** The Beam stage's summary rows (KPI columns), read before a procedure replaces them. */
  private static List<String> beamSummary;

  @BeforeClass
  public static void loadTheSecondRunAsDelta() throws Exception {
    List<Path> publishes = PipelineExports.publishes();
    spark = Spark4Session.get();
    Spark4Session.dropLakeSchemas();
    for (String layer : PipelineExports.LAYERS) {
      SqlScripts.run(spark, publishes.get(1).resolve("ddl").resolve(layer + ".sql"), Map.of());
    }
    // The state after both publishes, with fewer statements than TwoPublishesTest's INSERT then
    // MERGE: a full-state table is the second commit's staged rows; an append-only one (the
    // silver bookkeeping) gets the first commit's INSERT, then the second's MERGE.
    Path first = publishes.get(0).resolve("commit");
    Path second = publishes.get(1).resolve("commit");
    for (String table : PipelineExports.lines(second.resolve("tables.txt"))) {
      Path dir = second.resolve(table);
      if (Files.readString(dir.resolve("merge.sql")).contains("WHEN NOT MATCHED BY SOURCE")) {
        apply(dir, "insert.sql");
      } else {
        apply(first.resolve(table), "insert.sql");
        apply(dir, "merge.sql");
      }
    }
    // reconciliation counts bronze.events_raw, which the commits leave out: its last version
    spark.sql("CREATE SCHEMA IF NOT EXISTS " + CATALOG + ".bronze");
    Path versions = PipelineExports.lake().resolve("_versions/bronze/events_raw");
    Path latest;
    try (Stream<Path> all = Files.list(versions)) {
      latest = all.max(Path::compareTo).orElseThrow();
    }
    spark.sql(
        "CREATE TABLE "
            + CATALOG
            + ".bronze.events_raw USING delta AS SELECT * FROM parquet.`"
            + latest
            + "`");
    beamSummary = kpiRows("SELECT * FROM " + CATALOG + ".gold.monthly_event_summary");
  }

  @AfterClass
  public static void dropTables() {
    Spark4Session.dropLakeSchemas();
  }

  private static void apply(Path dir, String statement) throws Exception {
    SqlScripts.run(spark, dir.resolve("source.sql"), Map.of());
    SqlScripts.run(spark, dir.resolve(statement), Map.of());
  }

  /** check_name → "severity table status records_affected threshold" of one run's results. */
  private static Map<String, String> results(String runId) {
    Map<String, String> results = new TreeMap<>();
    for (Row r :
        spark
            .sql(
                "SELECT check_name, severity, table_name, status, records_affected, threshold FROM "
                    + CATALOG
                    + ".gold.data_quality_results WHERE run_id = '"
                    + runId
                    + "'")
            .collectAsList()) {
      results.put(
          r.getString(0),
          r.getString(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4) + " " + r.get(5));
    }
    return results;
  }

  private static List<Row> audit(String runId) throws Exception {
    return Procedures.call(spark, CATALOG, QUALITY, Map.of("run_id", "'" + runId + "'"));
  }

  /** Each month's row as text: year, month and every KPI column, in month order. */
  private static List<String> kpiRows(String query) {
    List<String> columns =
        Arrays.stream(spark.table(CATALOG + ".gold.monthly_event_summary").columns())
            .filter(c -> !c.equals("_run_id") && !c.equals("computed_at"))
            .collect(Collectors.toList());
    return spark
        .sql("SELECT " + String.join(", ", columns) + " FROM (" + query + ") ORDER BY 1, 2")
        .collectAsList()
        .stream()
        .map(
            r -> {
              List<String> cells = new ArrayList<>();
              for (int i = 0; i < columns.size(); i++) {
                cells.add(columns.get(i) + "=" + r.get(i));
              }
              return String.join(" ", cells);
            })
        .collect(Collectors.toList());
  }

  private static long version(String table) {
    return spark.sql("DESCRIBE HISTORY " + CATALOG + "." + table + " LIMIT 1").first().getLong(0);
  }

  private static Row etlLog(String where) {
    List<Row> rows =
        spark
            .sql(
                "SELECT status, rows_in, rows_out, error_message, parameters FROM "
                    + CATALOG
                    + ".gold.etl_log WHERE "
                    + where)
            .collectAsList();
    assertThat("one etl_log row where " + where, rows.size(), is(1));
    return rows.get(0);
  }

  @Test
  public void theAuditsEqualBeamsAndABrokenCopyFailsExactlyTheBrokenChecks() throws Exception {
    Map<String, String> beam = results(BEAM_RUN);
    assertThat(beam.size(), is(11));
    List<Row> returned = audit("sql-clean");
    assertThat("the procedure returns its results", returned.size(), is(11));
    Map<String, String> clean = results("sql-clean");
    assertThat(clean, is(beam));
    Row log = etlLog("run_id = 'sql-clean' AND stage = 'quality'");
    assertThat(log.getString(0), is("SUCCEEDED"));
    assertThat(log.getLong(2), is(11L));

    long eventVenues = version("silver.event_venues");
    long facts = version("gold.fact_events");
    try {
      String columns =
          Arrays.stream(spark.table(CATALOG + ".silver.event_venues").columns())
              .map(c -> c.equals("venue_id") ? "'no-such-venue' AS venue_id" : "`" + c + "`")
              .collect(Collectors.joining(", "));
      spark.sql(
          "INSERT INTO "
              + CATALOG
              + ".silver.event_venues SELECT "
              + columns
              + " FROM "
              + CATALOG
              + ".silver.event_venues ORDER BY event_id LIMIT 1");
      spark.sql(
          "INSERT INTO "
              + CATALOG
              + ".gold.fact_events SELECT * FROM "
              + CATALOG
              + ".gold.fact_events WHERE event_id = (SELECT min(event_id) FROM "
              + CATALOG
              + ".gold.fact_events)");
      audit("sql-broken");
      Map<String, String> expected = new TreeMap<>(clean);
      expected.put("orphaned_event_venues", "HIGH silver.event_venues FAILED 1 null");
      expected.put("duplicate_fact_event_ids", "HIGH gold.fact_events FAILED 1 null");
      expected.put("foreign_key_integrity", "HIGH silver.*,gold.* FAILED 1 null");
      assertThat(results("sql-broken"), is(expected));
    } finally {
      spark.sql(
          "RESTORE TABLE " + CATALOG + ".silver.event_venues TO VERSION AS OF " + eventVenues);
      spark.sql("RESTORE TABLE " + CATALOG + ".gold.fact_events TO VERSION AS OF " + facts);
    }
  }

  @Test
  public void theSummaryEqualsBeamsMonthByMonthReplacesMonthsAndLogsAFailure() throws Exception {
    assertThat("the fixtures span many months", beamSummary.size() > 10, is(true));
    String table = CATALOG + ".gold.monthly_event_summary";
    List<Row> returned = Procedures.call(spark, CATALOG, SUMMARY, Map.of());
    assertThat(kpiRows("SELECT * FROM " + table), is(beamSummary));
    assertThat("it returns the months it covered", returned.size(), is(beamSummary.size()));
    Row log = etlLog("stage = 'summary' AND runner = '" + SUMMARY + "' AND status = 'SUCCEEDED'");
    assertThat("rows written", log.getLong(2), is((long) beamSummary.size()));

    // it replaced the Beam stage's row of every month rather than adding one
    assertThat(
        spark
            .sql(
                "SELECT report_year, report_month FROM "
                    + table
                    + " GROUP BY 1, 2 HAVING COUNT(*) > 1")
            .count(),
        is(0L));

    // a failure: the handler logs it, then re-raises it to the caller (RENAME TO takes the new
    // name without its catalog)
    spark.sql("ALTER TABLE " + CATALOG + ".gold.dim_date RENAME TO gold.dim_away");
    try {
      Exception raised =
          assertThrows(
              Exception.class,
              () ->
                  Procedures.call(
                      spark, CATALOG, SUMMARY, Map.of("end_month", "DATE'2027-03-01'")));
      assertThat(raised.getMessage(), containsString(SUMMARY + " failed at finding the months"));
    } finally {
      spark.sql("ALTER TABLE " + CATALOG + ".gold.dim_away RENAME TO gold.dim_date");
    }
    Row failed = etlLog("stage = 'summary' AND runner = '" + SUMMARY + "' AND status = 'FAILED'");
    assertThat(failed.getString(3), is(SUMMARY + " failed at finding the months"));
    assertThat(failed.getString(4), containsString("\"end_month\":\"2027-03-01\""));
    assertThat("the failed run wrote nothing", kpiRows("SELECT * FROM " + table), is(beamSummary));
  }
}
