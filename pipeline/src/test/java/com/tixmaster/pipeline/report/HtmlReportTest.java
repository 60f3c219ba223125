package com.tixmaster.pipeline.report;

import static com.tixmaster.pipeline.report.TestLake.T0;
import static com.tixmaster.pipeline.report.TestLake.audit;
import static com.tixmaster.pipeline.report.TestLake.bronzeReject;
import static com.tixmaster.pipeline.report.TestLake.classification;
import static com.tixmaster.pipeline.report.TestLake.fact;
import static com.tixmaster.pipeline.report.TestLake.field;
import static com.tixmaster.pipeline.report.TestLake.file;
import static com.tixmaster.pipeline.report.TestLake.goldReject;
import static com.tixmaster.pipeline.report.TestLake.month;
import static com.tixmaster.pipeline.report.TestLake.silverReject;
import static com.tixmaster.pipeline.report.TestLake.stage;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.bronze.FileEntry;
import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class HtmlReportTest {
  static final String R1 = "20250301T100000Z";
  static final String R2 = "20250302T100000Z";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();
  private TestLake t;

  @Before
  public void setUp() {
    t = new TestLake(tmp.getRoot().toPath().resolve("lake"));
  }

  /** Two complete runs; the second has rejections, drift, an audit warning and a failure. */
  static void fillTwoRuns(TestLake t) throws IOException {
    String[] stages = {"bronze", "silver", "gold", "summary", "documents", "quality"};
    List<Object> log1 = new ArrayList<>();
    List<Object> log2 = new ArrayList<>();
    for (int i = 0; i < stages.length; i++) {
      log1.add(stage(R1, stages[i], "SUCCEEDED", T0.plus(i * 10_000L), 9.5, 100, 90, 1, null));
      log2.add(
          stage(
              R2,
              stages[i],
              "SUCCEEDED",
              T0.plus(86_400_000L + i * 10_000L),
              2 + i,
              120,
              110,
              5,
              null));
    }
    t.commit(R1, GoldTables.ETL_LOG, log1);
    t.commit(R2, GoldTables.ETL_LOG, log2);

    List<DataQualityResult> a1 = new ArrayList<>();
    List<DataQualityResult> a2 = new ArrayList<>();
    for (var check : com.tixmaster.transforms.quality.QualityChecks.ALL) {
      a1.add(audit(R1, check.name(), check.table(), check.severity(), "PASSED", 0, "ok", null));
      String status =
          check.name().equals("bronze_silver_reconciliation")
              ? "WARNING"
              : check.name().equals("invalid_price_ranges") ? "FAILED" : "PASSED";
      a2.add(
          audit(
              R2,
              check.name(),
              check.table(),
              check.severity(),
              status,
              status.equals("PASSED") ? 0 : 3,
              status.equals("PASSED") ? "ok" : "3 rows",
              status.equals("FAILED") ? "E1,E2,E3" : null));
    }
    t.commit(R1, GoldTables.DATA_QUALITY_RESULTS, a1);
    t.commit(R2, GoldTables.DATA_QUALITY_RESULTS, a2);

    t.commit(
        R1,
        SilverTables.REJECTED,
        silverReject(R1, "events", "OLD1", "missing_id", "no id"),
        silverReject(R1, "events", "OLD2", "missing_id", "no id"));
    List<Object> rejects = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rejects.add(silverReject(R2, "events", null, "missing_id", "the record has no id"));
    }
    rejects.add(silverReject(R2, "events", "Z7", "invalid_id", "id is not a string"));
    for (int i = 1; i <= 5; i++) {
      rejects.add(silverReject(R2, "venues", "V" + i, "missing_id", "no id"));
    }
    t.commit(R2, SilverTables.REJECTED, rejects);

    t.commit(
        R1,
        GoldTables.REJECTED,
        goldReject(R1, "gold", "silver.venues", "OLDV", "reserved_key", 1));
    t.commit(
        R2,
        GoldTables.REJECTED,
        goldReject(R2, "gold", "silver.event_venues", "E404|V1", "unknown_event", 2),
        goldReject(R2, "gold", "silver.event_venues", "E405|V1", "unknown_event", 3),
        goldReject(R2, "gold", "silver.venues", "-1", "reserved_key", 4),
        goldReject(R2, "summary", "gold.fact_events", "E9", "unknown_date_key", 5),
        goldReject(R2, "documents", "silver.events", null, "missing_key", 6));

    t.commit(
        R1,
        BronzeTables.REJECTED_RECORDS,
        bronzeReject(R1, "events", "not_an_object", "events/a.json", 1));
    t.commit(
        R2,
        BronzeTables.REJECTED_RECORDS,
        bronzeReject(R2, "events", "not_an_object", "events/b.json", 3),
        bronzeReject(R2, "events", "not_an_object", "events/b.json", 9));

    t.commit(
        R1,
        BronzeTables.FILES,
        file(R1, "events/old.json", FileEntry.REJECTED, "old failure"),
        file(R1, "events/a.json", FileEntry.LOADED, null));
    t.commit(
        R2,
        BronzeTables.FILES,
        file(R2, "events/b.json", FileEntry.LOADED, null),
        file(R2, "venues/broken.json", FileEntry.REJECTED, "invalid JSON at line 1, column 7"));

    t.commit(
        R2,
        BronzeTables.SCHEMA,
        field("events", "id", "string", R1, R2),
        field("events", "name", "string", R1, R2),
        field("events", "name", "null", R2, R2),
        field("events", "priceRanges[].min", "number", R2, R2),
        field("venues", "id", "string", R1, R2),
        field("attractions", "id", "string", R2, R2),
        field("attractions", "name", "string", R2, R2));

    t.commit(
        R2,
        GoldTables.MONTHLY_EVENT_SUMMARY,
        month(R2, 2025, 11, 40),
        month(R2, 2025, 12, 55),
        month(R2, 2026, 1, 70),
        month(R2, 2026, 2, 12),
        month(R2, 2026, 3, 3));

    t.commit(
        R2,
        GoldTables.DIM_CLASSIFICATION,
        classification(-1, null),
        classification(1, "Music"),
        classification(2, "Sports"),
        classification(3, "Arts & Theatre"));
    List<FactEvent> facts = new ArrayList<>();
    double[] prices = {12, 18, 25, 35, 45, 55, 60, 75, 80, 95, 120, 150, 180, 250, 4999};
    for (int i = 0; i < prices.length; i++) {
      facts.add(
          fact(R2, i + 1, "Event " + i, prices[i], i % 5 == 0 ? "CAD" : "USD", false, 1 + i % 3));
    }
    facts.add(fact(R2, 100, "Unpriced", null, null, false, -1));
    facts.add(fact(R2, 101, "Test event", 1_000_000.0, "USD", true, 1));
    t.commit(R2, GoldTables.FACT_EVENTS, facts);
  }

  private Dom render(String runId) {
    return Dom.parse(HtmlReport.render(t.lake, runId));
  }

  @Test
  public void sectionsComeInOrderWithHeader() throws IOException {
    fillTwoRuns(t);
    Dom dom = render(R2);
    assertThat(
        dom.attr("//main/section", "id"),
        contains("stages", "audits", "rejections", "schema-drift", "charts"));
    assertThat(
        dom.one("//meta[@name='tix-report-section']").getAttribute("content"),
        is("stages audits rejections schema-drift charts"));
    assertThat(dom.one("//meta[@name='tix-report-run']").getAttribute("content"), is(R2));
    assertThat(dom.text("//*[@id='verdict']"), is("OK"));
    assertThat(dom.one("//*[@id='verdict']").getAttribute("class"), containsString("verdict-warn"));
    assertThat(dom.text("//header"), containsString("DirectRunner"));
    assertThat(dom.text("//header"), containsString("2025-03-02 10:00:00Z"));
    assertThat(
        dom.attr("//section[@id='stages']//tr[contains(@class,'stage')]", "data-stage"),
        contains("bronze", "silver", "gold", "summary", "documents", "quality"));
    assertThat(dom.count("//script"), is(0));
    assertThat(dom.count("//link"), is(0));
  }

  @Test
  public void auditRowsAreColouredByStatusAndShowSeverity() throws IOException {
    fillTwoRuns(t);
    Dom dom = render(R2);
    int checks = com.tixmaster.transforms.quality.QualityChecks.ALL.size();
    assertThat(dom.count("//tr[contains(@class,'audit')]"), is(checks));
    assertThat(dom.count("//tr[contains(@class,'status-passed')]"), is(checks - 2));
    assertThat(
        dom.attr("//tr[contains(@class,'status-warning')]", "data-check"),
        contains("bronze_silver_reconciliation"));
    assertThat(
        dom.attr("//tr[contains(@class,'status-failed')]", "data-check"),
        contains("invalid_price_ranges"));
    assertThat(
        dom.text("//tr[@data-check='invalid_price_ranges']//span[contains(@class,'sev')]"),
        is("MEDIUM"));
    assertThat(dom.text("//tr[@data-check='invalid_price_ranges']"), containsString("E1,E2,E3"));
    assertThat(
        dom.text("//tr[@data-check='fact_null_keys']//span[contains(@class,'sev-critical')]"),
        is("CRITICAL"));
    // the first run's audits are not this run's
    assertThat(render(R1).count("//tr[contains(@class,'status-failed')]"), is(0));
  }

  @Test
  public void rejectionsAreCountedByEntityAndReasonForThisRunOnly() throws IOException {
    fillTwoRuns(t);
    Dom dom = render(R2);
    String silver = "//table[@id='silver-rejections']//tr[@class='reject']";
    assertThat(dom.count(silver), is(3));
    assertThat(
        dom.one(silver + "[@data-entity='events'][@data-reason='missing_id']")
            .getAttribute("data-count"),
        is("3"));
    assertThat(
        dom.one(silver + "[@data-entity='events'][@data-reason='invalid_id']")
            .getAttribute("data-count"),
        is("1"));
    assertThat(
        dom.one(silver + "[@data-entity='venues'][@data-reason='missing_id']")
            .getAttribute("data-count"),
        is("5"));
    // at most three examples; a record without an id is shown by file and index
    assertThat(dom.count(silver + "[@data-entity='venues']/td[4]/code"), is(3));
    assertThat(
        dom.text(silver + "[@data-entity='events'][@data-reason='missing_id']/td[4]"),
        containsString("#7"));
    assertThat(dom.text("//table[@id='silver-rejections']/tfoot"), containsString("9"));
    assertThat(dom.text("//section[@id='rejections']"), not(containsString("OLD1")));
    assertThat(
        dom.text("//section[@id='rejections']"), not(containsString("payload-is-never-shown")));

    String gold = "//table[@id='gold-rejections']//tr[@class='reject']";
    assertThat(dom.count(gold), is(4));
    assertThat(
        dom.one(gold + "[@data-stage='gold'][@data-entity='silver.event_venues']")
            .getAttribute("data-count"),
        is("2"));
    assertThat(
        dom.text(gold + "[@data-stage='gold'][@data-entity='silver.event_venues']"),
        containsString("E404|V1"));
    assertThat(
        dom.one(gold + "[@data-stage='gold'][@data-reason='reserved_key']")
            .getAttribute("data-count"),
        is("1"));
    assertThat(
        dom.one(gold + "[@data-stage='summary'][@data-reason='unknown_date_key']")
            .getAttribute("data-entity"),
        is("gold.fact_events"));
    assertThat(
        dom.text(gold + "[@data-stage='documents'][@data-reason='missing_key']"),
        containsString("(no key)"));
    assertThat(dom.text("//table[@id='gold-rejections']/thead"), containsString("Stage"));
    assertThat(dom.text("//table[@id='gold-rejections']/tfoot"), containsString("5"));
    assertThat(dom.text("//section[@id='rejections']"), not(containsString("OLDV")));
    // silver's table has no stage column
    assertThat(dom.text("//table[@id='silver-rejections']/thead"), not(containsString("Stage")));

    String bronze = "//table[@id='bronze-rejections']//tr[@class='reject']";
    assertThat(dom.count(bronze), is(1));
    assertThat(dom.one(bronze).getAttribute("data-count"), is("2"));
    assertThat(dom.text(bronze), containsString("events/b.json #3"));

    assertThat(dom.count("//table[@id='rejected-files']//tr[@class='rejected-file']"), is(1));
    assertThat(dom.text("//table[@id='rejected-files']"), containsString("venues/broken.json"));
    assertThat(
        dom.text("//table[@id='rejected-files']"),
        containsString("invalid JSON at line 1, column 7"));
  }

  @Test
  public void schemaDriftListsNewPathsAndTypesButNotABaseline() throws IOException {
    fillTwoRuns(t);
    Dom dom = render(R2);
    List<String> rows =
        dom.all("//table[@id='drift-table']//tr[@class='drift']").stream()
            .map(e -> e.getTextContent())
            .toList();
    assertThat(
        rows,
        contains("eventsnamenullnew type (was string)", "eventspriceRanges[].minnumbernew field"));
    assertThat(
        dom.text("//section[@id='schema-drift']"),
        containsString("First records of attractions: 2 field paths"));

    // the first run of a lake learns its schema: that is a baseline, not drift
    TestLake fresh = new TestLake(tmp.getRoot().toPath().resolve("fresh"));
    fresh.commit(
        R1,
        BronzeTables.SCHEMA,
        field("events", "id", "string", R1, R1),
        field("events", "name", "string", R1, R1));
    Dom first = Dom.parse(HtmlReport.render(fresh.lake, R1));
    assertThat(first.text("//*[@id='drift-baseline']"), containsString("learned 2 field paths"));
    assertThat(first.count("//tr[@class='drift']"), is(0));
  }

  @Test
  public void chartsAreInlineSvgWithOneBarPerMonthBucketAndSegment() throws IOException {
    fillTwoRuns(t);
    Dom dom = render(R2);
    assertThat(dom.count("//section[@id='charts']//*[local-name()='svg']"), is(3));
    assertThat(
        dom.count("//*[@id='svg-events-per-month']/*[local-name()='rect'][@class='bar']"), is(5));
    assertThat(
        dom.attr("//*[@id='svg-events-per-month']/*[local-name()='text'][@class='sublabel']", "x")
            .size(),
        is(2));
    assertThat(
        dom.text(
            "//*[@id='svg-events-per-month']/*[local-name()='rect'][3]/*[local-name()='title']"),
        is("2026-01: 70 events"));

    // 15 priced non-test events; the 4999 outlier lands in the open last bucket; the test event is
    // left out
    List<String> priceTitles =
        dom.all("//*[@id='svg-price-distribution']/*[local-name()='rect'][@class='bar']").stream()
            .map(e -> e.getTextContent())
            .toList();
    long total =
        priceTitles.stream()
            .mapToLong(
                s -> Long.parseLong(s.replaceAll(".*: ([0-9,]+) events", "$1").replace(",", "")))
            .sum();
    assertThat(total, is(15L));
    assertThat(priceTitles.get(priceTitles.size() - 1), startsWith("\u2265 "));
    assertThat(priceTitles.get(priceTitles.size() - 1), containsString(": 1 events"));
    assertThat(dom.text("//*[@id='mixed-currencies']"), containsString("USD 12, CAD 3"));

    assertThat(dom.count("//*[@id='svg-segments']/*[local-name()='rect'][@class='bar']"), is(4));
    List<String> segments =
        dom.all("//*[@id='svg-segments']/*[local-name()='text'][@class='label']").stream()
            .map(e -> e.getTextContent())
            .toList();
    assertThat(segments, contains("Arts & Theatre", "Music", "Sports", "(unknown)"));
  }

  @Test
  public void segmentsFallBackToEventDocuments() throws IOException {
    t.commit(
        R1,
        GoldTables.EVENT_DOCUMENTS,
        TestLake.document(R1, "a", "Music"),
        TestLake.document(R1, "b", "Music"),
        TestLake.document(R1, "c", null));
    Dom dom = render(R1);
    assertThat(dom.count("//*[@id='svg-segments']/*[local-name()='rect'][@class='bar']"), is(2));
    assertThat(
        dom.text("//*[@id='chart-segments']/figcaption"), containsString("gold.event_documents"));
  }

  @Test
  public void textFromDataIsEscapedAndSecretsAreRemoved() throws IOException {
    String evil = "<script>alert('x')</script>";
    t.commit(
        R1,
        GoldTables.ETL_LOG,
        stage(
            R1,
            "ingest",
            "FAILED",
            T0,
            1,
            0,
            0,
            0,
            "GET https://app.ticketmaster.com/discovery/v2/events.json?apikey=SECRET123&page=2"
                + " failed: 401 "
                + evil));
    t.commit(
        R1,
        GoldTables.DATA_QUALITY_RESULTS,
        audit(
            R1,
            "fact_null_keys",
            "gold.fact_events",
            "CRITICAL",
            "FAILED",
            1,
            "name " + evil,
            evil));
    t.commit(
        R1,
        SilverTables.REJECTED,
        silverReject(R1, "events", evil, "missing_id", "event name \"" + evil + "\" & more"));
    t.commit(
        R1,
        BronzeTables.FILES,
        file(R1, "events/" + evil + ".json", FileEntry.REJECTED, evil + " token=abc123"));
    t.commit(R1, GoldTables.DIM_CLASSIFICATION, classification(1, evil));
    t.commit(R1, GoldTables.FACT_EVENTS, fact(R1, 1, evil, 10.0, evil, false, 1));

    String html = HtmlReport.render(t.lake, R1);
    Dom dom = Dom.parse(html); // well-formed: nothing from the data opened an element
    assertThat(html, not(containsString("<script")));
    assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertThat(dom.count("//script"), is(0));
    assertThat(html, not(containsString("SECRET123")));
    assertThat(html, not(containsString("abc123")));
    assertThat(html, not(containsString("apikey=")));
    assertThat(
        dom.text("//tr[@data-stage='ingest']"), containsString("events.json?[query removed]"));
    assertThat(dom.text("//*[@id='verdict']"), is("FAILED"));
    assertThat(
        dom.all("//*[@id='svg-segments']/*[local-name()='text'][@class='label']").stream()
            .map(e -> e.getTextContent())
            .toList(),
        contains(evil));
  }

  @Test
  public void bronzeOnlyLakeShowsNotBuiltPlaceholders() throws IOException {
    t.commit(R1, BronzeTables.FILES, file(R1, "events/a.json", FileEntry.LOADED, null));
    t.commit(R1, BronzeTables.REJECTED_RECORDS, new com.tixmaster.schemas.bronze.RejectedRecord[0]);
    t.commit(R1, BronzeTables.SCHEMA, field("events", "id", "string", R1, R1));
    t.commit(R1, GoldTables.ETL_LOG, stage(R1, "bronze", "SUCCEEDED", T0, 3, 1, 20, 0, null));

    Dom dom = render(R1);
    assertThat(
        dom.attr("//main/section", "id"),
        contains("stages", "audits", "rejections", "schema-drift", "charts"));
    assertThat(dom.text("//*[@id='verdict']"), is("OK"));
    assertThat(
        dom.attr("//section[@id='audits']//p[@class='not-built']", "data-table"),
        contains("gold.data_quality_results"));
    assertThat(
        dom.attr("//section[@id='rejections']//p[@class='not-built']", "data-table"),
        contains("silver._rejected", "gold._rejected"));
    assertThat(
        dom.attr("//section[@id='charts']//p[@class='not-built']", "data-table"),
        contains("gold.monthly_event_summary", "gold.fact_events", "gold.fact_events"));
    assertThat(dom.text("//section[@id='charts']"), containsString("Not built in this run"));
    assertThat(dom.count("//section[@id='charts']//*[local-name()='svg']"), is(0));
    assertThat(dom.count("//table[@id='bronze-rejections']"), is(0));
    assertThat(dom.text("//*[@id='bronze-rejections']"), is("None."));
    assertThat(dom.text("//*[@id='rejected-files']"), containsString("No landing file"));

    // an empty lake (nothing logged yet) still renders, with an unknown verdict
    TestLake empty = new TestLake(tmp.getRoot().toPath().resolve("empty"));
    Dom nothing = Dom.parse(HtmlReport.render(empty.lake, R1));
    assertThat(nothing.text("//*[@id='verdict']"), is("UNKNOWN"));
    assertThat(nothing.count("//p[@class='not-built']"), is(10));
  }

  @Test
  public void blockedRunNamesTheFailedChecks() throws IOException {
    t.commit(
        R1,
        GoldTables.ETL_LOG,
        stage(R1, "gold", "SUCCEEDED", T0, 3, 1, 1, 0, null),
        stage(R1, "quality", "BLOCKED", T0.plus(3000), 1, 1, 1, 0, null));
    t.commit(
        R1,
        GoldTables.DATA_QUALITY_RESULTS,
        audit(
            R1,
            "fact_null_keys",
            "gold.fact_events",
            "CRITICAL",
            "FAILED",
            4,
            "4 null keys",
            "E1"));
    t.commit("r0", GoldTables.FACT_EVENTS, fact("r0", 1, "x", 10.0, "USD", false, -1));
    Dom dom = render(R1);
    assertThat(dom.text("//*[@id='verdict']"), is("BLOCKED"));
    assertThat(dom.text("//header"), containsString("failed: fact_null_keys"));
    assertThat(dom.text("//*[@id='charts-stale']"), containsString("did not publish gold"));
  }

  @Test
  public void writeIsAtomicAndTheIndexListsRunsNewestFirst() throws IOException {
    fillTwoRuns(t);
    String r3 = "a-custom-run";
    t.commit(
        r3,
        GoldTables.ETL_LOG,
        stage(r3, "bronze", "FAILED", T0.plus(3_600_000L), 1, 0, 0, 0, "disk full"));
    Path reports = t.reports();
    // written out of order, and with a name that would sort first
    Path p2 = HtmlReport.write(t.lake, R2, reports);
    HtmlReport.write(t.lake, r3, reports);
    HtmlReport.write(t.lake, R1, reports);
    Files.writeString(reports.resolve("notes.txt"), "not a report");

    assertThat(p2, is(reports.resolve(R2 + ".html")));
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
          empty());
    }
    Dom index = Dom.parse(Files.readString(reports.resolve("index.html")));
    assertThat(index.attr("//tr[contains(@class,'run')]", "data-run"), contains(R2, r3, R1));
    assertThat(
        index.attr("//tr[contains(@class,'run')]//a", "href"),
        contains(R2 + ".html", r3 + ".html", R1 + ".html"));
    assertThat(index.text("//tr[@data-run='" + r3 + "']"), containsString("FAILED"));
    assertThat(index.text("//tr[@data-run='" + R1 + "']"), containsString("OK"));
    assertThat(index.text("//tr[@data-run='" + R2 + "']"), containsString("1 warn, 1 failed"));
    // each run report links back to the index
    Dom report = Dom.parse(Files.readString(p2));
    assertThat(report.attr("//nav/a", "href"), hasItem("index.html"));
  }

  @Test
  public void indexFallsBackToFileTimeForRunsWithoutLog() throws IOException {
    Path reports = t.reports();
    HtmlReport.write(t.lake, "first", reports);
    Files.setLastModifiedTime(
        reports.resolve("first.html"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
    HtmlReport.write(t.lake, "second", reports);
    Dom index = Dom.parse(Files.readString(reports.resolve("index.html")));
    assertThat(index.attr("//tr[contains(@class,'run')]", "data-run"), contains("second", "first"));
    assertThat(
        index.attr("//tr[contains(@class,'run')]", "class"),
        everyItem(containsString("verdict-unknown")));
  }

  @Test(expected = IllegalArgumentException.class)
  public void aRunIdCannotEscapeTheReportsFolder() throws IOException {
    HtmlReport.write(t.lake, "../evil", t.reports());
  }

  @Test
  public void consoleSummaryNamesTheReportAndTheAudits() throws IOException {
    fillTwoRuns(t);
    Path report = t.reports().resolve(R2 + ".html");
    assertThat(
        HtmlReport.consoleSummary(t.lake, R2, report),
        is("report: " + report + " (OK; audits 9 passed, 1 warning, 1 failed)"));
  }
}
