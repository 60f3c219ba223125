package com.tixmaster.pipeline.e2e;

import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.values.Row;

/** Compares two lakes table by table, leaving out what names a run or the time it ran. */
final class LakeComparison {
  /** Columns that name a run or the wall-clock time of one; everything else must match. */
  static final Set<String> RUN_SPECIFIC =
      Set.of(
          "_run_id",
          "run_id",
          "_ingestion_timestamp",
          "_ingestion_date",
          "read_at",
          "processed_at",
          "silver_run_id",
          "bronze_run_id",
          "computed_at",
          "first_seen_run",
          "last_seen_run",
          "checked_at");

  /** Every silver table that holds a state, and every published gold table. */
  static final List<TableSpec> SILVER_AND_GOLD = silverAndGold();

  private LakeComparison() {}

  private static List<TableSpec> silverAndGold() {
    List<TableSpec> tables = new ArrayList<>(SilverTables.STATE);
    tables.addAll(
        List.of(
            GoldTables.DIM_DATE,
            GoldTables.DIM_VENUE,
            GoldTables.DIM_ATTRACTION,
            GoldTables.DIM_CLASSIFICATION,
            GoldTables.DIM_MARKET,
            GoldTables.FACT_EVENTS,
            GoldTables.BRIDGE_EVENT_ATTRACTION,
            GoldTables.MONTHLY_EVENT_SUMMARY,
            GoldTables.EVENT_DOCUMENTS));
    return List.copyOf(tables);
  }

  /** The rows as sorted strings without their run-specific columns. */
  static List<String> normalised(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      StringBuilder s = new StringBuilder();
      for (Field f : row.getSchema().getFields()) {
        if (!RUN_SPECIFIC.contains(f.getName())) {
          s.append(f.getName()).append('=').append((Object) row.getValue(f.getName())).append(';');
        }
      }
      out.add(s.toString());
    }
    out.sort(null);
    return out;
  }
}
