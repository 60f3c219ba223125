package com.tixmaster.transforms.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.GoldTables;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.KV;
import org.joda.time.Instant;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The registry and the pieces of the checks that need no pipeline. */
@RunWith(JUnit4.class)
public class QualityChecksTest {
  private static final Set<String> SEVERITIES =
      Set.of(
          DataQualityResult.CRITICAL,
          DataQualityResult.HIGH,
          DataQualityResult.MEDIUM,
          DataQualityResult.LOW);

  @Test
  public void registryHasElevenUniqueSnakeCaseChecksInOrder() {
    assertEquals(11, QualityChecks.ALL.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < QualityChecks.ALL.size(); i++) {
      CheckDefinition c = QualityChecks.ALL.get(i);
      assertEquals(i + 1, c.number());
      assertTrue(c.name(), c.name().matches("[a-z][a-z0-9_]*"));
      assertTrue(c.name(), names.add(c.name()));
      assertTrue(c.name(), SEVERITIES.contains(c.severity()));
      assertEquals(c, QualityChecks.byName(c.name()));
      assertTrue(c.name(), c.sql().contains("${catalog}."));
      assertTrue(c.name(), !c.sql().contains("${threshold}"));
    }
  }

  @Test
  public void severitiesAndThresholdsAreTheContracts() {
    Map<String, String> severities = new java.util.TreeMap<>();
    QualityChecks.ALL.forEach(c -> severities.put(c.name(), c.severity()));
    assertEquals(
        Map.ofEntries(
            Map.entry("orphaned_event_venues", "HIGH"),
            Map.entry("fact_null_keys", "CRITICAL"),
            Map.entry("duplicate_fact_event_ids", "HIGH"),
            Map.entry("fact_date_key_not_in_dim_date", "MEDIUM"),
            Map.entry("invalid_price_ranges", "MEDIUM"),
            Map.entry("fact_venue_sk_not_in_dim_venue", "HIGH"),
            Map.entry("bronze_silver_reconciliation", "LOW"),
            Map.entry("scd2_integrity", "HIGH"),
            Map.entry("silver_primary_key_uniqueness", "HIGH"),
            Map.entry("foreign_key_integrity", "HIGH"),
            Map.entry("silver_freshness", "MEDIUM")),
        severities);
    assertEquals(Double.valueOf(5.0), QualityChecks.BRONZE_SILVER_RECONCILIATION.threshold());
    assertEquals(Double.valueOf(48.0), QualityChecks.SILVER_FRESHNESS.threshold());
    QualityConfig defaults = QualityConfig.of("r", Instant.EPOCH);
    assertEquals(48L, defaults.freshnessHours());
    assertEquals(5.0, defaults.reconciliationWarnPct(), 0.0);
  }

  @Test
  public void thresholdIsFilledInAndCatalogLeftForTheCaller() {
    String sql = QualityChecks.BRONZE_SILVER_RECONCILIATION.sql("ticket_master");
    assertTrue(sql, sql.contains("WHEN gap_pct > 5 THEN 'WARNING'"));
    assertTrue(sql, sql.contains("FROM ticket_master.silver.`_accounting`"));
    assertTrue(sql, sql.contains("FROM ticket_master.bronze.events_raw"));
  }

  @Test
  public void typedGoldSchemasHaveEveryColumnTheChecksRead() {
    for (String table :
        List.of(
            "dim_date",
            "dim_venue",
            "dim_attraction",
            "dim_classification",
            "dim_market",
            "fact_events",
            "bridge_event_attraction")) {
      Schema schema = GoldTables.byName(table).beamSchema();
      for (String column : QualityInput.REQUIRED_COLUMNS.get("gold." + table)) {
        assertTrue("gold." + table + " lacks " + column, schema.hasField(column));
      }
    }
  }

  @Test
  public void inputRefusesATableWithoutARequiredColumn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QualityInput.builder().build());
    assertTrue(e.getMessage(), e.getMessage().contains("silver.events is not set"));
    assertTrue(e.getMessage(), e.getMessage().contains("bronzeEventRecords is not set"));
  }

  @Test
  public void summaryKeepsTheTenSmallestSamplesWhateverTheOrder() {
    ViolationSummaryFn fn = new ViolationSummaryFn(QualityChecks.FACT_NULL_KEYS);
    List<KV<String, String>> violations = new ArrayList<>();
    for (int i = 25; i >= 1; i--) {
      violations.add(KV.of("venue_sk", String.format("E%02d", i)));
    }
    Outcome outcome = fn.apply(violations);
    assertEquals(DataQualityResult.FAILED, outcome.status);
    assertEquals(25, outcome.recordsAffected);
    assertEquals("E01,E02,E03,E04,E05,E06,E07,E08,E09,E10", outcome.sampleKeys);
    assertEquals(
        "Found 25 fact_events row(s) with a null key column (venue_sk: 25).", outcome.details);
    assertNull(outcome.threshold);
  }

  @Test
  public void reconciliationOfNothingPassesAndOfSilverWithoutBronzeWarns() {
    assertEquals(0.0, ReconciliationFn.gapPct(0, 0), 0.0);
    assertEquals(100.0, ReconciliationFn.gapPct(0, 3), 0.0);
    Outcome over =
        new ReconciliationFn(5.0)
            .apply(
                List.of(KV.of(ReconciliationFn.BRONZE, 10L), KV.of(ReconciliationFn.SILVER, 11L)));
    assertEquals(DataQualityResult.WARNING, over.status);
    assertEquals(1, over.recordsAffected);
  }

  @Test
  public void scd2ProblemsOfOneHistory() {
    Instant t0 = new Instant(0);
    Instant t1 = new Instant(1000);
    Instant t2 = new Instant(2000);
    assertEquals(
        List.of(),
        Scd2HistoryFn.problems(
            List.of(
                new Scd2HistoryFn.Version(1L, t0, t1, false),
                new Scd2HistoryFn.Version(2L, t1, t2, false),
                new Scd2HistoryFn.Version(3L, t2, null, true))));
    assertEquals(
        List.of(Scd2HistoryFn.NO_CURRENT),
        Scd2HistoryFn.problems(List.of(new Scd2HistoryFn.Version(1L, t0, t1, false))));
    // the first version overlaps the third only; its neighbour catches it
    assertEquals(
        List.of(Scd2HistoryFn.OVERLAP),
        Scd2HistoryFn.problems(
            List.of(
                new Scd2HistoryFn.Version(1L, t0, new Instant(3000), false),
                new Scd2HistoryFn.Version(2L, t1, t2, false),
                new Scd2HistoryFn.Version(3L, new Instant(2500), null, true))));
    assertEquals(
        List.of(Scd2HistoryFn.SEVERAL_CURRENT, Scd2HistoryFn.OVERLAP, Scd2HistoryFn.MISMATCH),
        Scd2HistoryFn.problems(
            List.of(
                new Scd2HistoryFn.Version(1L, t0, t1, true),
                new Scd2HistoryFn.Version(2L, t0, null, true))));
  }

  /**
   * The registry and the SQL generator load with the module's classes alone, as {@code
   * sql/quality/README.md} runs them: each check's Beam composite is made only when asked for.
   */
  @Test
  public void theRegistryAndTheGeneratorLoadWithoutBeam() throws Exception {
    URL classes = QualityChecks.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader alone =
        new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      assertThrows(
          ClassNotFoundException.class,
          () -> Class.forName("org.apache.beam.sdk.transforms.PTransform", false, alone));
      Object files =
          Class.forName(QualitySqlGenerator.class.getName(), true, alone)
              .getMethod("files")
              .invoke(null);
      assertEquals(QualitySqlGenerator.files(), files);
    }
  }
}
