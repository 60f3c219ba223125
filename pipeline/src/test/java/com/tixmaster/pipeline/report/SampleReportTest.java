package com.tixmaster.pipeline.report;

import static com.tixmaster.pipeline.report.TestLake.T0;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.quality.CheckDefinition;
import com.tixmaster.transforms.quality.QualityChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Renders a realistic report and copies it to {@code <java.io.tmpdir>/tix-report-sample.html} (and
 * the index beside it), for a person to open in a browser. Checks only that it renders.
 */
public class SampleReportTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void rendersASampleReport() throws IOException {
    TestLake t = new TestLake(tmp.getRoot().toPath().resolve("lake"));
    String prev = "20250301T060000Z";
    String run = "20250302T060000Z";
    Random random = new Random(7);

    t.commit(
        prev,
        GoldTables.ETL_LOG,
        TestLake.stage(prev, "bronze", "SUCCEEDED", T0.minus(86_400_000L), 30, 300, 5800, 0, null));
    String[] stages = {"ingest", "bronze", "silver", "gold", "summary", "documents", "quality"};
    double[] seconds = {41.2, 12.8, 35.1, 22.4, 4.9, 6.3, 9.7};
    long[][] rows = {
      {0, 0, 0},
      {86, 6120, 2},
      {6120, 5893, 27},
      {5893, 5893, 0},
      {5893, 18, 0},
      {5893, 2710, 0},
      {11, 11, 0}
    };
    List<Object> log = new ArrayList<>();
    long offset = 0;
    for (int i = 0; i < stages.length; i++) {
      log.add(
          TestLake.stage(
              run,
              stages[i],
              "SUCCEEDED",
              T0.plus(offset),
              seconds[i],
              rows[i][0],
              rows[i][1],
              rows[i][2],
              null));
      offset += (long) (seconds[i] * 1000) + 200;
    }
    t.commit(run, GoldTables.ETL_LOG, log);

    List<DataQualityResult> audits = new ArrayList<>();
    for (CheckDefinition c : QualityChecks.ALL) {
      String status = "PASSED";
      long affected = 0;
      String details = "no violation";
      String sample = null;
      if (c.name().equals("bronze_silver_reconciliation")) {
        status = "WARNING";
        affected = 412;
        details = "6.7 % of bronze event records are not accounted for (threshold 5 %)";
      } else if (c.name().equals("invalid_price_ranges")) {
        status = "FAILED";
        affected = 3;
        details = "3 rows with price_min > price_max";
        sample =
            "silver.events:vvG1IZ9pYkBxL, silver.events:G5vYZ4mKp1, gold.fact_events:G5vYZ4mKp1";
      }
      audits.add(
          TestLake.audit(
              run, c.name(), c.table(), c.severity(), status, affected, details, sample));
    }
    t.commit(run, GoldTables.DATA_QUALITY_RESULTS, audits);

    List<Object> rejected = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      rejected.add(
          TestLake.silverReject(run, "events", null, "missing_id", "the record has no usable id"));
    }
    for (int i = 0; i < 6; i++) {
      rejected.add(
          TestLake.silverReject(
              run,
              "venues",
              "KovZpZA" + i,
              "invalid_coordinates",
              "latitude 123.4 is out of range"));
    }
    rejected.add(
        TestLake.silverReject(
            run,
            "attractions",
            "K8vZ917_",
            "unparseable_payload",
            "Unexpected character ('}' (code 125))"));
    rejected.add(
        TestLake.silverReject(
            run, "events", "<b>Z7</b>", "invalid_id", "id \"<b>Z7</b>\" is not a string"));
    t.commit(run, SilverTables.REJECTED, rejected);
    t.commit(
        run,
        BronzeTables.REJECTED_RECORDS,
        TestLake.bronzeReject(
            run, "events", "not_an_object", "events/2025/03/02/events_20250302_060112.json", 14),
        TestLake.bronzeReject(
            run, "events", "not_an_object", "events/2025/03/02/events_20250302_060112.json", 15));
    t.commit(
        run,
        BronzeTables.FILES,
        TestLake.file(run, "events/2025/03/02/events_20250302_060112.json", FileEntry.LOADED, null),
        TestLake.file(
            run,
            "venues/2025/03/02/venues_20250302_060301.json",
            FileEntry.REJECTED,
            "invalid JSON: Unexpected end-of-input at line 1, column 8192"));
    t.commit(
        run,
        BronzeTables.SCHEMA,
        TestLake.field("events", "id", "string", prev, run),
        TestLake.field("events", "name", "string", prev, run),
        TestLake.field("events", "priceRanges[].min", "number", prev, run),
        TestLake.field("events", "priceRanges[].min", "string", run, run),
        TestLake.field("events", "ageRestrictions.legalAgeEnforced", "boolean", run, run),
        TestLake.field("events", "ticketing.allInclusivePricing.enabled", "boolean", run, run),
        TestLake.field("venues", "id", "string", prev, run));

    List<MonthlyEventSummary> months = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      int y = 2025 + (2 + i) / 12;
      int m = (2 + i) % 12 + 1;
      long n = Math.max(2, (long) (620 * Math.exp(-i / 4.0) + random.nextInt(40)));
      months.add(TestLake.month(run, y, m, n));
    }
    t.commit(run, GoldTables.MONTHLY_EVENT_SUMMARY, months);

    String[] segments = {"Music", "Sports", "Arts & Theatre", "Film", "Miscellaneous", "Undefined"};
    List<DimClassification> classes = new ArrayList<>();
    classes.add(TestLake.classification(-1, null));
    for (int i = 0; i < segments.length; i++) {
      classes.add(TestLake.classification(i + 1, segments[i]));
    }
    t.commit(run, GoldTables.DIM_CLASSIFICATION, classes);
    String[] currencies = {"USD", "USD", "USD", "USD", "USD", "CAD", "CAD", "GBP", "EUR"};
    List<FactEvent> facts = new ArrayList<>();
    double[] weights = {0.5, 0.25, 0.14, 0.04, 0.03, 0.01};
    for (int i = 0; i < 2400; i++) {
      double u = random.nextDouble();
      int seg = 0;
      for (double acc = weights[0]; seg < weights.length - 1 && u > acc; acc += weights[++seg]) {}
      long classification = random.nextInt(30) == 0 ? -1 : seg + 1;
      Double price =
          random.nextInt(4) == 0
              ? null
              : Math.round(Math.exp(3.8 + random.nextGaussian() * 0.7) * 100) / 100.0;
      facts.add(
          TestLake.fact(
              run,
              i + 1,
              "Event " + i,
              price,
              price == null ? null : currencies[random.nextInt(currencies.length)],
              random.nextInt(50) == 0,
              classification));
    }
    t.commit(run, GoldTables.FACT_EVENTS, facts);

    Path report = HtmlReport.write(t.lake, run, t.reports());
    HtmlReport.write(t.lake, prev, t.reports());
    Dom dom = Dom.parse(Files.readString(report));
    assertThat(dom.count("//main/section"), is(5));

    Path out = Path.of(System.getProperty("java.io.tmpdir"));
    Files.copy(report, out.resolve("tix-report-sample.html"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        t.reports().resolve("index.html"),
        out.resolve("tix-report-sample-index.html"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
