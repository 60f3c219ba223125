package com.tixmaster.schemas.gold;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.TableSpec.WriteMode;
import java.util.List;
import java.util.Set;

/**
 * The gold tables of {@code tables.md}: the star schema, the monthly KPIs, the assistant's
 * documents and the run's audit tables.
 *
 * <p>Every star-schema table is written whole by each run ({@link WriteMode#REPLACE}): the gold
 * transforms output the complete new state (previous rows untouched, changed rows updated, new rows
 * added). The audit tables ({@code data_quality_results}, {@code etl_log}) and the dead letters
 * ({@code _rejected}) are rewritten whole too, keeping every earlier run's rows: a stage or audit
 * repeated within one run (a retried Databricks task) then replaces its own rows instead of
 * duplicating their keys.
 */
public final class GoldTables {
  public static final String LAYER = "gold";

  public static final TableSpec DIM_DATE =
      TableSpec.of(
          LAYER,
          "dim_date",
          DimDate.class,
          List.of("date_key"),
          Set.of("date_value", "month_start_date", "month_end_date"),
          WriteMode.REPLACE);
  public static final TableSpec DIM_VENUE = replace("dim_venue", DimVenue.class, "venue_sk");
  public static final TableSpec DIM_ATTRACTION =
      replace("dim_attraction", DimAttraction.class, "attraction_sk");
  public static final TableSpec DIM_CLASSIFICATION =
      replace("dim_classification", DimClassification.class, "classification_sk");
  public static final TableSpec DIM_MARKET = replace("dim_market", DimMarket.class, "market_sk");
  public static final TableSpec FACT_EVENTS = replace("fact_events", FactEvent.class, "event_sk");
  public static final TableSpec BRIDGE_EVENT_ATTRACTION =
      TableSpec.of(
          LAYER,
          "bridge_event_attraction",
          BridgeEventAttraction.class,
          List.of("event_sk", "attraction_sk"),
          Set.of(),
          WriteMode.REPLACE);
  public static final TableSpec MONTHLY_EVENT_SUMMARY =
      TableSpec.of(
          LAYER,
          "monthly_event_summary",
          MonthlyEventSummary.class,
          List.of("report_year", "report_month"),
          Set.of(),
          WriteMode.REPLACE);
  public static final TableSpec EVENT_DOCUMENTS =
      TableSpec.of(
          LAYER,
          "event_documents",
          EventDocument.class,
          List.of("event_id"),
          Set.of("event_date"),
          WriteMode.REPLACE);
  public static final TableSpec DATA_QUALITY_RESULTS =
      TableSpec.of(
          LAYER,
          "data_quality_results",
          DataQualityResult.class,
          List.of("run_id", "check_name"),
          Set.of(),
          WriteMode.REPLACE);
  public static final TableSpec ETL_LOG =
      TableSpec.of(
          LAYER,
          "etl_log",
          EtlLogEntry.class,
          List.of("run_id", "stage"),
          Set.of(),
          WriteMode.REPLACE);

  /**
   * The rows the gold, summary and documents stages rejected, one row per rejection; each stage
   * commits its own, published or not (see {@link GoldRejectedRow}).
   */
  public static final TableSpec REJECTED =
      TableSpec.of(
          LAYER,
          GoldRejectedRow.TABLE,
          GoldRejectedRow.class,
          List.of("_run_id", "stage", "rejection_id"),
          Set.of(),
          WriteMode.REPLACE);

  /** The tables the gold stage itself builds, dimensions first. */
  public static final List<TableSpec> STAR =
      List.of(
          DIM_DATE,
          DIM_VENUE,
          DIM_ATTRACTION,
          DIM_CLASSIFICATION,
          DIM_MARKET,
          FACT_EVENTS,
          BRIDGE_EVENT_ATTRACTION);

  public static final List<TableSpec> ALL =
      List.of(
          DIM_DATE,
          DIM_VENUE,
          DIM_ATTRACTION,
          DIM_CLASSIFICATION,
          DIM_MARKET,
          FACT_EVENTS,
          BRIDGE_EVENT_ATTRACTION,
          MONTHLY_EVENT_SUMMARY,
          EVENT_DOCUMENTS,
          DATA_QUALITY_RESULTS,
          ETL_LOG,
          REJECTED);

  private GoldTables() {}

  /** The gold table called {@code name}, e.g. {@code fact_events}. */
  public static TableSpec byName(String name) {
    for (TableSpec spec : ALL) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    throw new IllegalArgumentException("Unknown gold table: " + name);
  }

  private static TableSpec replace(String name, Class<?> rowType, String key) {
    return TableSpec.of(LAYER, name, rowType, List.of(key), Set.of(), WriteMode.REPLACE);
  }
}
