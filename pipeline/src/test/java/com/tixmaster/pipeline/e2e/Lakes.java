package com.tixmaster.pipeline.e2e;

import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema.Field;
import org.apache.beam.sdk.values.Row;

/** Test helpers over a lake folder and the bundled fixtures. */
final class Lakes {
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

  /** The tables a Spark run must fill exactly as the DirectRunner does (runner parity). */
  static final List<TableSpec> PARITY_TABLES =
      Stream.concat(
              SilverTables.STATE.stream(),
              Stream.of(
                  GoldTables.DIM_DATE,
                  GoldTables.DIM_VENUE,
                  GoldTables.DIM_ATTRACTION,
                  GoldTables.DIM_CLASSIFICATION,
                  GoldTables.DIM_MARKET,
                  GoldTables.FACT_EVENTS,
                  GoldTables.BRIDGE_EVENT_ATTRACTION,
                  GoldTables.MONTHLY_EVENT_SUMMARY,
                  GoldTables.EVENT_DOCUMENTS))
          .collect(Collectors.toUnmodifiableList());

  private Lakes() {}

  /** Rows as sorted strings of their columns, leaving out {@link #RUN_SPECIFIC} ones. */
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

  static ParquetLake open(Path lakehouse) {
    return new ParquetLake(lakehouse, lakehouse.resolve("_staging"));
  }

  static List<Row> rows(Path lakehouse, TableSpec table) throws IOException {
    return open(lakehouse).readRows(table);
  }

  /** A table's rows as sorted strings, for whole-table comparisons. */
  static List<String> content(Path lakehouse, TableSpec table) throws IOException {
    return rows(lakehouse, table).stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  /** The repository's root (surefire and failsafe set {@code tix.project.dir}). */
  static Path projectDir() {
    return Path.of(System.getProperty("tix.project.dir", ".."));
  }

  static Path bundledLanding() {
    return projectDir().resolve("scripts/fixtures/landing");
  }

  /** Copies the bundled landing files of the given days (yyyy/MM/dd) into {@code target}. */
  static void landDays(Path target, String... days) throws IOException {
    Path source = bundledLanding();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String relative = source.relativize(file).toString();
        for (String day : days) {
          if (relative.contains("/" + day + "/")) {
            Path copy = target.resolve(relative);
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
          }
        }
      }
    }
  }

  /** Every regular file under a folder (following the table links) with its bytes. */
  static List<String> bytesOf(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    Path real = dir.toRealPath();
    try (Stream<Path> files = Files.walk(real)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        out.add(real.relativize(f) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(f)));
      }
    }
    return out;
  }
}
