package com.tixmaster.transforms.quality;

import static com.tixmaster.transforms.quality.QualityFixtures.BRIDGE;
import static com.tixmaster.transforms.quality.QualityFixtures.CONFIG;
import static com.tixmaster.transforms.quality.QualityFixtures.DIM_ATTRACTION;
import static com.tixmaster.transforms.quality.QualityFixtures.DIM_VENUE;
import static com.tixmaster.transforms.quality.QualityFixtures.EVENT_ATTRACTIONS;
import static com.tixmaster.transforms.quality.QualityFixtures.EVENT_PRICE_RANGES;
import static com.tixmaster.transforms.quality.QualityFixtures.EVENT_VENUES;
import static com.tixmaster.transforms.quality.QualityFixtures.MARKETS;
import static com.tixmaster.transforms.quality.QualityFixtures.T0;
import static com.tixmaster.transforms.quality.QualityFixtures.T2;
import static com.tixmaster.transforms.quality.QualityFixtures.VENUES;
import static com.tixmaster.transforms.quality.QualityFixtures.accounting;
import static com.tixmaster.transforms.quality.QualityFixtures.clean;
import static com.tixmaster.transforms.quality.QualityFixtures.event;
import static com.tixmaster.transforms.quality.QualityFixtures.fact;
import static com.tixmaster.transforms.quality.QualityFixtures.failed;
import static com.tixmaster.transforms.quality.QualityFixtures.pair;
import static com.tixmaster.transforms.quality.QualityFixtures.passed;
import static com.tixmaster.transforms.quality.QualityFixtures.result;
import static com.tixmaster.transforms.quality.QualityFixtures.row;
import static com.tixmaster.transforms.quality.QualityFixtures.version;
import static com.tixmaster.transforms.quality.QualityFixtures.where;
import static com.tixmaster.transforms.quality.QualityFixtures.with;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.transforms.quality.QualityFixtures.Lake;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/**
 * Each check alone, on a passing and a failing variant of the clean star schema: the full result
 * (status, records_affected, threshold, details, sample_keys, severity) is asserted.
 */
@RunWith(JUnit4.class)
public class ChecksTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private void assertCheck(
      Lake lake, CheckDefinition check, QualityConfig config, DataQualityResult expected) {
    PCollection<DataQualityResult> results =
        lake.inputs(p).apply("Check_" + check.name(), check.beamCheck(config));
    PAssert.that(results).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  private void assertCheck(Lake lake, CheckDefinition check, DataQualityResult expected) {
    assertCheck(lake, check, CONFIG, expected);
  }

  // (1) orphaned event_venues -------------------------------------------------------------------

  @Test
  public void orphanedEventVenuesPassWhenEveryPairResolves() {
    assertCheck(
        clean(), QualityChecks.ORPHANED_EVENT_VENUES, passed(QualityChecks.ORPHANED_EVENT_VENUES));
  }

  @Test
  public void orphanedEventVenuesFailOncePerPair() {
    Lake lake =
        clean()
            .add(
                "silver.event_venues",
                pair(EVENT_VENUES, "E9", "V1"), // no event
                pair(EVENT_VENUES, "E1", "V9"), // no venue
                pair(EVENT_VENUES, "E8", "V8")); // neither: one row, counted once
    assertCheck(
        lake,
        QualityChecks.ORPHANED_EVENT_VENUES,
        failed(
            QualityChecks.ORPHANED_EVENT_VENUES,
            3,
            "Found 3 event_venues row(s) whose event or venue is missing from silver"
                + " (event_venues.event_id: 1; event_venues.event_id + event_venues.venue_id: 1;"
                + " event_venues.venue_id: 1).",
            "E1|V9,E8|V8,E9|V1"));
  }

  // (2) null keys in fact_events ----------------------------------------------------------------

  @Test
  public void factNullKeysPassWithUnknownMembers() {
    // E3 points at -1 (unknown) members: that is a key, not a null.
    assertCheck(clean(), QualityChecks.FACT_NULL_KEYS, passed(QualityChecks.FACT_NULL_KEYS));
  }

  @Test
  public void factNullKeysFailOnAnyNullKeyColumn() {
    Lake lake =
        clean()
            .update(
                "gold.fact_events",
                where("event_id", "E2"),
                r -> with(with(r, "venue_sk", null), "market_sk", null))
            .add(
                "gold.fact_events",
                with(fact(13, "E4", 20250607, 2, 1, 1, 1, null, null), "event_id", null));
    assertCheck(
        lake,
        QualityChecks.FACT_NULL_KEYS,
        failed(
            QualityChecks.FACT_NULL_KEYS,
            2,
            "Found 2 fact_events row(s) with a null key column (event_id: 1; venue_sk+market_sk:"
                + " 1).",
            "E2,event_sk=13"));
  }

  // (3) duplicate event_id in fact_events -------------------------------------------------------

  @Test
  public void duplicateFactEventIdsPassWhenUnique() {
    assertCheck(
        clean(),
        QualityChecks.DUPLICATE_FACT_EVENT_IDS,
        passed(QualityChecks.DUPLICATE_FACT_EVENT_IDS));
  }

  @Test
  public void duplicateFactEventIdsFailOncePerDuplicatedId() {
    Lake lake =
        clean()
            .add(
                "gold.fact_events",
                fact(20, "E1", 20250607, 2, 1, 1, 1, 10.0, 50.0),
                fact(21, "E2", 20250608, 3, 2, 2, -1, null, null),
                fact(22, "E2", 20250608, 3, 2, 2, -1, null, null));
    assertCheck(
        lake,
        QualityChecks.DUPLICATE_FACT_EVENT_IDS,
        failed(
            QualityChecks.DUPLICATE_FACT_EVENT_IDS,
            2,
            "Found 2 event_id value(s) with more than one gold.fact_events row.",
            "E1,E2"));
  }

  // (4) date_key missing from dim_date ----------------------------------------------------------

  @Test
  public void factDateKeysPassWhenInDimDateIncludingUnknown() {
    assertCheck(
        clean(),
        QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE,
        passed(QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE));
  }

  @Test
  public void factDateKeysFailWhenMissingFromDimDate() {
    Lake lake =
        clean()
            .update("gold.fact_events", where("event_id", "E2"), r -> with(r, "date_key", 20991231))
            // a null date_key is the null-key check's business, not this one's
            .update("gold.fact_events", where("event_id", "E3"), r -> with(r, "date_key", null));
    assertCheck(
        lake,
        QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE,
        failed(
            QualityChecks.FACT_DATE_KEY_NOT_IN_DIM_DATE,
            1,
            "Found 1 fact_events row(s) whose date_key is missing from gold.dim_date.",
            "E2"));
  }

  // (5) invalid price ranges --------------------------------------------------------------------

  @Test
  public void priceRangesPassWhenOrderedAndNonNegative() {
    Lake lake =
        clean()
            // equal bounds, zero and a one-sided range are all valid
            .update(
                "silver.events",
                where("event_id", "E2"),
                r -> with(with(r, "price_min", 0.0), "price_max", 0.0))
            .update("gold.fact_events", where("event_id", "E3"), r -> with(r, "price_max", 25.0));
    assertCheck(
        lake, QualityChecks.INVALID_PRICE_RANGES, passed(QualityChecks.INVALID_PRICE_RANGES));
  }

  @Test
  public void priceRangesFailOnMinAboveMaxOrNegative() {
    Lake lake =
        clean()
            .update(
                "silver.events",
                where("event_id", "E2"),
                r -> with(with(r, "price_min", 60.0), "price_max", 50.0))
            .add(
                "silver.event_price_ranges",
                row(
                    EVENT_PRICE_RANGES,
                    "event_id",
                    "E1",
                    "price_type",
                    "vip",
                    "currency",
                    "USD",
                    "price_min",
                    -5.0,
                    "price_max",
                    100.0))
            .update("gold.fact_events", where("event_id", "E1"), r -> with(r, "price_min", 80.0));
    assertCheck(
        lake,
        QualityChecks.INVALID_PRICE_RANGES,
        failed(
            QualityChecks.INVALID_PRICE_RANGES,
            3,
            "Found 3 price range(s) with price_min > price_max or a negative price"
                + " (gold.fact_events: 1; silver.event_price_ranges: 1; silver.events: 1).",
            "event_price_ranges:E1|vip|USD,events:E2,fact_events:E1"));
  }

  // (6) venue_sk missing from dim_venue ---------------------------------------------------------

  @Test
  public void factVenueKeysPassWhenInDimVenueIncludingHistory() {
    // E1 keeps V1's superseded version 1: still a dim_venue row.
    Lake lake =
        clean().update("gold.fact_events", where("event_id", "E1"), r -> with(r, "venue_sk", 1L));
    assertCheck(
        lake,
        QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE,
        passed(QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE));
  }

  @Test
  public void factVenueKeysFailWhenMissingFromDimVenue() {
    Lake lake =
        clean().update("gold.fact_events", where("event_id", "E3"), r -> with(r, "venue_sk", 99L));
    assertCheck(
        lake,
        QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE,
        failed(
            QualityChecks.FACT_VENUE_SK_NOT_IN_DIM_VENUE,
            1,
            "Found 1 fact_events row(s) whose venue_sk is missing from gold.dim_venue.",
            "E3"));
  }

  // (7) bronze → silver reconciliation ----------------------------------------------------------

  @Test
  public void reconciliationPassesAtExactlyTheThreshold() {
    // bronze 100 = silver 3 + rejected 90 + superseded 2 + a gap of 5 (5 %, not over 5 %)
    Lake lake =
        clean()
            .clear("silver._accounting")
            .add("silver._accounting", accounting("run-1", "events", 90, 2));
    lake.bronzeEventRecords = 100;
    assertCheck(
        lake,
        QualityChecks.BRONZE_SILVER_RECONCILIATION,
        result(
            QualityChecks.BRONZE_SILVER_RECONCILIATION,
            CONFIG,
            DataQualityResult.PASSED,
            5,
            5.0,
            "bronze.events_raw holds 100 event record(s); silver.events 3 + rejected 90 +"
                + " superseded 2 = 95 accounted for; gap 5 (5.00 % of bronze, warning above 5 %).",
            null));
  }

  @Test
  public void reconciliationWarnsOnATenPercentGap() {
    // bronze 50; silver 3 + rejected (1 + 39) + superseded (1 + 1) = 45: a gap of 5, 10 %
    Lake lake =
        clean()
            .add(
                "silver._accounting",
                accounting("run-1", "events", 39, 1),
                accounting("run-1", "venues", 3, 3));
    lake.bronzeEventRecords = 50;
    assertCheck(
        lake,
        QualityChecks.BRONZE_SILVER_RECONCILIATION,
        result(
            QualityChecks.BRONZE_SILVER_RECONCILIATION,
            CONFIG,
            DataQualityResult.WARNING,
            5,
            5.0,
            "bronze.events_raw holds 50 event record(s); silver.events 3 + rejected 40 +"
                + " superseded 2 = 45 accounted for; gap 5 (10.00 % of bronze, warning above 5 %).",
            null));
  }

  // (8) SCD2 integrity --------------------------------------------------------------------------

  @Test
  public void scd2IntegrityPassesForAdjacentVersions() {
    // V1: [T0, T1) then [T1, open): touching, not overlapping; the -1 member is left out.
    Lake lake = clean().add("gold.dim_venue", version(DIM_VENUE, -1, "-1", T0, null, true));
    assertCheck(lake, QualityChecks.SCD2_INTEGRITY, passed(QualityChecks.SCD2_INTEGRITY));
  }

  @Test
  public void scd2IntegrityFailsOnTwoCurrentRowsOverlapsAndMismatches() {
    Lake lake =
        clean()
            // V1: the old version is open and current too
            .update(
                "gold.dim_venue",
                where("venue_sk", 1L),
                r -> with(with(r, "valid_to", null), "is_current", true))
            // A1: an old version [T0, T2) overlaps the current one from T1
            .add("gold.dim_attraction", version(DIM_ATTRACTION, 5, "A1", T0, T2, false))
            // A2: current but closed
            .update(
                "gold.dim_attraction", where("attraction_sk", 2L), r -> with(r, "valid_to", T2));
    assertCheck(
        lake,
        QualityChecks.SCD2_INTEGRITY,
        failed(
            QualityChecks.SCD2_INTEGRITY,
            3,
            "Found 3 natural key(s) with a broken SCD2 history (dim_attraction overlapping"
                + " validity: 1; dim_attraction valid_to/is_current mismatch: 1; dim_venue several"
                + " current rows + overlapping validity: 1).",
            "dim_attraction:A1,dim_attraction:A2,dim_venue:V1"));
  }

  // (9) silver primary keys ---------------------------------------------------------------------

  @Test
  public void primaryKeysPassWhenUnique() {
    assertCheck(
        clean(),
        QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS,
        passed(QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS));
  }

  @Test
  public void primaryKeysFailOnDuplicatesAndNullsNamingTheTables() {
    Lake lake =
        clean()
            .add("silver.venues", row(VENUES, "venue_id", "V1", "venue_name", "Arena One again"))
            .add(
                "silver.event_price_ranges",
                row(
                    EVENT_PRICE_RANGES,
                    "event_id",
                    "E1",
                    "price_type",
                    "standard",
                    "currency",
                    "USD",
                    "price_min",
                    12.0,
                    "price_max",
                    40.0))
            .add("silver.markets", row(MARKETS, "market_name", "Nowhere"));
    assertCheck(
        lake,
        QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS,
        failed(
            QualityChecks.SILVER_PRIMARY_KEY_UNIQUENESS,
            3,
            "Found 3 duplicate or null silver primary key(s) (silver.event_price_ranges: 1;"
                + " silver.markets: 1; silver.venues: 1).",
            "event_price_ranges:E1|standard|USD,markets:<null>,venues:V1"));
  }

  // (10) foreign keys ---------------------------------------------------------------------------

  @Test
  public void foreignKeysPassWithNullOptionalKeysAndUnknownMembers() {
    // the clean lake has null classification_ids (E3, A2) and -1 fact keys (E2, E3)
    assertCheck(
        clean(), QualityChecks.FOREIGN_KEY_INTEGRITY, passed(QualityChecks.FOREIGN_KEY_INTEGRITY));
  }

  @Test
  public void foreignKeysFailOnDanglingSilverAndGoldReferences() {
    Lake lake =
        clean()
            .add("silver.event_attractions", pair(EVENT_ATTRACTIONS, "E1", "A9"))
            .update(
                "silver.events", where("event_id", "E2"), r -> with(r, "classification_id", "C9"))
            .add("gold.bridge_event_attraction", row(BRIDGE, "event_sk", 10, "attraction_sk", 77))
            .update("gold.fact_events", where("event_id", "E3"), r -> with(r, "market_sk", 55L));
    assertCheck(
        lake,
        QualityChecks.FOREIGN_KEY_INTEGRITY,
        failed(
            QualityChecks.FOREIGN_KEY_INTEGRITY,
            4,
            "Found 4 dangling foreign key reference(s) (bridge_event_attraction.attraction_sk: 1;"
                + " event_attractions.attraction_id: 1; events.classification_id: 1;"
                + " fact_events.market_sk: 1).",
            "bridge_event_attraction.attraction_sk:10|77,event_attractions.attraction_id:E1|A9,"
                + "events.classification_id:E2,fact_events.market_sk:E3"));
  }

  // (11) freshness ------------------------------------------------------------------------------

  @Test
  public void freshnessPassesWhenTheDataIsNewerThanAsOf() {
    QualityConfig config =
        CONFIG.toBuilder().asOf(Instant.parse("2025-02-28T06:00:00Z")).freshnessHours(24).build();
    assertCheck(
        clean(),
        QualityChecks.SILVER_FRESHNESS,
        config,
        result(
            QualityChecks.SILVER_FRESHNESS,
            config,
            DataQualityResult.PASSED,
            0,
            24.0,
            "The newest silver.events _ingestion_timestamp, 2025-03-01T06:00:00.000Z, is 24.0 h"
                + " after as-of 2025-02-28T06:00:00.000Z: newer than as-of, so fresh (a replay or"
                + " backfill; the limit is 24 h before as-of).",
            null));
  }

  @Test
  public void freshnessPassesAtExactlyTheWindow() {
    QualityConfig config =
        CONFIG.toBuilder().asOf(Instant.parse("2025-03-02T06:00:00Z")).freshnessHours(24).build();
    assertCheck(
        clean(),
        QualityChecks.SILVER_FRESHNESS,
        config,
        result(
            QualityChecks.SILVER_FRESHNESS,
            config,
            DataQualityResult.PASSED,
            0,
            24.0,
            "The newest silver.events _ingestion_timestamp, 2025-03-01T06:00:00.000Z, is 24.0 h"
                + " before as-of 2025-03-02T06:00:00.000Z (at most 24 h allowed).",
            null));
  }

  @Test
  public void freshnessFailsOnStaleData() {
    QualityConfig config = CONFIG.toBuilder().asOf(Instant.parse("2025-03-05T12:00:00Z")).build();
    Lake lake =
        clean()
            .add("silver.events", with(event("E0", "C1", null, null), "_ingestion_timestamp", T0));
    assertCheck(
        lake,
        QualityChecks.SILVER_FRESHNESS,
        config,
        result(
            QualityChecks.SILVER_FRESHNESS,
            config,
            DataQualityResult.FAILED,
            4,
            48.0,
            "The newest silver.events _ingestion_timestamp, 2025-03-01T06:00:00.000Z, is 102.0 h"
                + " before as-of 2025-03-05T12:00:00.000Z (at most 48 h allowed); all 4 row(s) are"
                + " stale.",
            null));
  }

  @Test
  public void freshnessFailsOnEmptySilver() {
    Lake lake = clean().clear("silver.events");
    assertCheck(
        lake,
        QualityChecks.SILVER_FRESHNESS,
        result(
            QualityChecks.SILVER_FRESHNESS,
            CONFIG,
            DataQualityResult.FAILED,
            0,
            48.0,
            "silver.events is empty: there is no data to be fresh (as of"
                + " 2025-03-01T12:00:00.000Z).",
            null));
  }
}
