package com.tixmaster.transforms.quality;

import static com.tixmaster.transforms.quality.QualityFixtures.CONFIG;
import static com.tixmaster.transforms.quality.QualityFixtures.clean;
import static com.tixmaster.transforms.quality.QualityFixtures.result;
import static com.tixmaster.transforms.quality.QualityFixtures.where;
import static com.tixmaster.transforms.quality.QualityFixtures.with;
import static org.junit.Assert.assertEquals;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.transforms.quality.QualityFixtures.Lake;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The composite: one result per check, and the counters of failed checks. */
@RunWith(JUnit4.class)
public class QualityTransformTest {
  private static final String PASSED = DataQualityResult.PASSED;

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static DataQualityResult ok(CheckDefinition check, String details) {
    return result(check, CONFIG, PASSED, 0, check.threshold(), details, null);
  }

  @Test
  public void cleanStarSchemaGivesElevenPassedResults() {
    PCollection<DataQualityResult> results =
        clean().inputs(p).apply("Audit", QualityTransform.of(CONFIG));
    PAssert.that(results)
        .containsInAnyOrder(
            ok(
                QualityChecks.ORPHANED_EVENT_VENUES,
                "Found 0 event_venues row(s) whose event or venue is missing from silver."),
            ok(QualityChecks.FACT_NULL_KEYS, "Found 0 fact_events row(s) with a null key column."),
            ok(
                QualityChecks.DUPLICATE_FACT_EVENT_IDS,
                "Found 0 event_id value(s) with more than one gold.fact_events row."),
            ok(
                QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE,
                "Found 0 fact_events row(s) whose date_key is missing from gold.dim_date."),
            ok(
                QualityChecks.INVALID_PRICE_RANGES,
                "Found 0 price range(s) with price_min > price_max or a negative price."),
            ok(
                QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE,
                "Found 0 fact_events row(s) whose venue_sk is missing from gold.dim_venue."),
            ok(
                QualityChecks.BRONZE_SILVER_RECONCILIATION,
                "bronze.events_raw holds 5 event record(s); silver.events 3 + rejected 1 +"
                    + " superseded 1 = 5 accounted for; gap 0 (0.00 % of bronze, warning above 5"
                    + " %)."),
            ok(QualityChecks.SCD2_INTEGRITY, "Found 0 natural key(s) with a broken SCD2 history."),
            ok(
                QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS,
                "Found 0 duplicate or null silver primary key(s)."),
            ok(QualityChecks.FOREIGN_KEY_INTEGRITY, "Found 0 dangling foreign key reference(s)."),
            ok(
                QualityChecks.SILVER_FRESHNESS,
                "The newest silver.events _ingestion_timestamp, 2025-03-01T06:00:00.000Z, is 6.0 h"
                    + " before as-of 2025-03-01T12:00:00.000Z (at most 48 h allowed)."));
    PipelineResult run = p.run();
    run.waitUntilFinish();
    assertEquals(Map.of(), failedCounters(run));
  }

  @Test
  public void emptyLakeFailsOnlyFreshness() {
    Lake lake = new Lake(); // every table empty, bronze count 0
    PCollection<DataQualityResult> results =
        lake.inputs(p).apply("Audit", QualityTransform.of(CONFIG));
    PAssert.that(results)
        .satisfies(
            rs -> {
              Map<String, String> statuses = new TreeMap<>();
              List<DataQualityResult> freshness = new ArrayList<>();
              for (DataQualityResult r : rs) {
                statuses.put(r.getCheckName(), r.getStatus());
                if (r.getCheckName().equals(QualityChecks.SILVER_FRESHNESS.name())) {
                  freshness.add(r);
                }
              }
              Map<String, String> expected = new TreeMap<>();
              QualityChecks.ALL.forEach(c -> expected.put(c.name(), PASSED));
              expected.put(QualityChecks.SILVER_FRESHNESS.name(), DataQualityResult.FAILED);
              assertEquals(expected, statuses);
              assertEquals(
                  List.of(
                      result(
                          QualityChecks.SILVER_FRESHNESS,
                          CONFIG,
                          DataQualityResult.FAILED,
                          0,
                          48.0,
                          "silver.events is empty: there is no data to be fresh (as of"
                              + " 2025-03-01T12:00:00.000Z).",
                          null)),
                  freshness);
              return null;
            });
    PipelineResult run = p.run();
    run.waitUntilFinish();
    assertEquals(Map.of("silver_freshness_failed", 1L), failedCounters(run));
  }

  @Test
  public void nullVenueKeyIsANullKeyAndADanglingForeignKeyButNotAMissingDimVenueKey() {
    Lake lake =
        clean().update("gold.fact_events", where("event_id", "E2"), r -> with(r, "venue_sk", null));
    PCollection<DataQualityResult> results =
        lake.inputs(p).apply("Audit", QualityTransform.of(CONFIG));
    PAssert.that(results)
        .satisfies(
            rs -> {
              Map<String, String> got = new TreeMap<>();
              rs.forEach(
                  r ->
                      got.put(
                          r.getCheckName(),
                          r.getSeverity()
                              + " "
                              + r.getStatus()
                              + " "
                              + r.getRecordsAffected()
                              + " "
                              + r.getSampleKeys()));
              Map<String, String> expected = new TreeMap<>();
              QualityChecks.ALL.forEach(
                  c -> expected.put(c.name(), c.severity() + " PASSED 0 null"));
              expected.put("fact_null_keys", "CRITICAL FAILED 1 E2");
              expected.put("foreign_key_integrity", "HIGH FAILED 1 fact_events.venue_sk:E2");
              assertEquals(expected, got);
              return null;
            });
    PipelineResult run = p.run();
    run.waitUntilFinish();
    assertEquals(
        Map.of("fact_null_keys_failed", 1L, "foreign_key_integrity_failed", 1L),
        failedCounters(run));
  }

  /** The non-zero {@code quality/*_failed} and {@code *_warning} counters of a run. */
  private static Map<String, Long> failedCounters(PipelineResult run) {
    MetricQueryResults metrics =
        run.metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace("quality"))
                    .build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> c : metrics.getCounters()) {
      if (c.getAttempted() != 0) {
        counters.put(c.getName().getName(), c.getAttempted());
      }
    }
    return counters;
  }
}
