package com.tixmaster.pipeline.reliability;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * A lake's content with everything that depends on which run wrote it, or when, left out: run ids,
 * wall-clock timestamps and the per-run logs. Two lakes that went through the same input (with the
 * same {@code --asOf}) must have equal states, however many runs and crashes it took.
 */
final class LakeState {
  /** Columns whose values name a run or a wall-clock moment. */
  static final Set<String> VOLATILE =
      Set.of(
          "_run_id",
          "run_id",
          "bronze_run_id",
          "silver_run_id",
          "_ingestion_timestamp",
          "_ingestion_date",
          "read_at",
          "processed_at",
          "first_seen_run",
          "last_seen_run",
          "computed_at",
          "checked_at",
          "started_at",
          "ended_at");

  /** Tables compared row by row: every bronze, silver and gold table but the two per-run logs. */
  static final List<TableSpec> TABLES = tables();

  /** Table → its rows (normalised, sorted; duplicates kept). */
  final Map<String, List<String>> tables;

  /** The newest run's audits: check → status and records affected. */
  final Map<String, String> latestAudits;

  private LakeState(Map<String, List<String>> tables, Map<String, String> latestAudits) {
    this.tables = tables;
    this.latestAudits = latestAudits;
  }

  private static List<TableSpec> tables() {
    List<TableSpec> all = new ArrayList<>(BronzeTables.ALL);
    all.addAll(SilverTables.ALL);
    all.add(BronzeRunProcessed.TABLE);
    for (TableSpec t : GoldTables.ALL) {
      if (!t.equals(GoldTables.ETL_LOG) && !t.equals(GoldTables.DATA_QUALITY_RESULTS)) {
        all.add(t);
      }
    }
    return List.copyOf(all);
  }

  /** Where a state is read from: a Parquet lake, or a Delta warehouse ({@link DeltaTables}). */
  interface Tables {
    /** The table's committed rows; empty when it does not exist. */
    List<Row> readRows(TableSpec table) throws IOException;
  }

  static ParquetLake open(Path lakehouse) {
    return new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
  }

  static LakeState of(Path lakehouse) throws IOException {
    return of(open(lakehouse)::readRows);
  }

  static LakeState of(Tables lake) throws IOException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (TableSpec t : TABLES) {
      tables.put(
          t.qualifiedName(), lake.readRows(t).stream().map(LakeState::normalise).sorted().toList());
    }
    List<Row> audits = lake.readRows(GoldTables.DATA_QUALITY_RESULTS);
    Map<String, String> latest = new TreeMap<>();
    audits.stream()
        .max(Comparator.comparing((Row r) -> r.getDateTime("checked_at").getMillis()))
        .map(r -> r.getString("run_id"))
        .ifPresent(
            run ->
                audits.stream()
                    .filter(r -> run.equals(r.getString("run_id")))
                    .forEach(
                        r ->
                            latest.put(
                                r.getString("check_name"),
                                r.getString("status") + " " + r.getInt64("records_affected"))));
    return new LakeState(tables, latest);
  }

  /** A row as {@code col=value, …} without its volatile columns. */
  static String normalise(Row row) {
    StringBuilder s = new StringBuilder();
    for (Schema.Field f : row.getSchema().getFields()) {
      if (VOLATILE.contains(f.getName())) {
        continue;
      }
      s.append(f.getName())
          .append('=')
          .append(Objects.toString(row.getValue(f.getName())))
          .append(", ");
    }
    return s.toString();
  }

  /** Empty when equal; otherwise a short description of each difference, for the assertion. */
  List<String> differences(LakeState expected) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : expected.tables.entrySet()) {
      List<String> mine = tables.getOrDefault(e.getKey(), List.of());
      if (!mine.equals(e.getValue())) {
        List<String> missing = minus(e.getValue(), mine);
        List<String> extra = minus(mine, e.getValue());
        out.add(
            String.format(
                "%s: %d rows, expected %d; %d missing (e.g. %s), %d unexpected (e.g. %s)",
                e.getKey(),
                mine.size(),
                e.getValue().size(),
                missing.size(),
                abbreviate(missing),
                extra.size(),
                abbreviate(extra)));
      }
    }
    if (!latestAudits.equals(expected.latestAudits)) {
      out.add("latest audits: " + latestAudits + ", expected " + expected.latestAudits);
    }
    return out;
  }

  int rows(TableSpec table) {
    return tables.get(table.qualifiedName()).size();
  }

  /** Multiset difference a − b. */
  private static List<String> minus(List<String> a, List<String> b) {
    Map<String, Long> counts =
        b.stream().collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
    List<String> out = new ArrayList<>();
    for (String x : a) {
      Long n = counts.get(x);
      if (n == null || n == 0) {
        out.add(x);
      } else {
        counts.put(x, n - 1);
      }
    }
    return out;
  }

  private static String abbreviate(List<String> rows) {
    if (rows.isEmpty()) {
      return "-";
    }
    String first = rows.get(0);
    return first.length() > 300 ? first.substring(0, 300) + "…" : first;
  }
}
