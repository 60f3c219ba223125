package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Rows gold cannot use reach {@code gold._rejected}, {@code etl_log.rows_rejected}, the console and
 * the HTML report, also when the audits block the run; a retry under the same run id does not add
 * them twice. Silver is written straight into the lake (silver itself never writes such rows), and
 * only the gold stages run.
 */
public class GoldRejectsEndToEndTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void rejectsOfABlockedRunAreKeptCountedAndReportedOnce() throws Exception {
    Path lake = tmp.getRoot().toPath().resolve("lake");
    ParquetLake parquet = Lakes.open(lake);
    Map<TableSpec, List<Row>> silver = new HashMap<>();
    for (TableSpec t : SilverTables.STATE) {
      silver.put(t, new ArrayList<>());
    }
    silver
        .get(SilverTables.EVENTS)
        .add(
            row(
                SilverTables.EVENTS,
                "event_id",
                "E1",
                "event_name",
                "Fine Show",
                "event_date",
                "2027-01-15",
                "primary_venue_id",
                "V1"));
    silver.get(SilverTables.VENUES).add(row(SilverTables.VENUES, "venue_id", "V1"));
    silver.get(SilverTables.VENUES).add(row(SilverTables.VENUES, "venue_id", "-1"));
    silver.get(SilverTables.VENUES).add(row(SilverTables.VENUES, "venue_id", "V2", "city", "A"));
    silver.get(SilverTables.VENUES).add(row(SilverTables.VENUES, "venue_id", "V2", "city", "B"));
    silver
        .get(SilverTables.EVENT_VENUES)
        .add(row(SilverTables.EVENT_VENUES, "event_id", "E1", "venue_id", "V1"));
    silver
        .get(SilverTables.EVENT_VENUES)
        .add(row(SilverTables.EVENT_VENUES, "event_id", "E404", "venue_id", "V1"));
    for (Map.Entry<TableSpec, List<Row>> t : silver.entrySet()) {
      parquet.stageRows("setup", t.getKey(), t.getValue());
      parquet.commit("setup", "silver-" + t.getKey().name(), List.of(t.getKey()));
    }
    String[] args = {
      "--landing=" + tmp.newFolder("landing"),
      "--lakehouse=" + lake,
      "--stages=gold,summary,documents,quality,publish",
      "--asOf=2026-12-01T00:00:00Z",
      "--runId=bad"
    };

    TixMasterRun run = TixMasterRun.of(args);

    // the orphan link and the duplicated venue fail HIGH audits: gold is not published ...
    assertThat(run.toString(), run.status, is(3));
    assertThat(Lakes.rows(lake, GoldTables.FACT_EVENTS).size(), is(0));
    // ... but what gold rejected is kept, each row once
    List<String> expected =
        List.of(
            "bad gold silver.venues reserved_key -1",
            "bad gold silver.venues duplicate_key V2",
            "bad gold silver.event_venues unknown_event E404|V1");
    assertThat(rejected(lake), containsInAnyOrder(expected.toArray()));
    assertThat(rowsRejected(lake), is(Map.of("gold", 3L, "summary", 0L, "documents", 0L)));
    assertThat(run.out, containsString("rejected rows kept: gold 3 in gold._rejected"));
    assertThat(
        run.out,
        containsString(
            "3 rows to gold._rejected: silver.event_venues unknown_event × 1,"
                + " silver.venues duplicate_key × 1, silver.venues reserved_key × 1"));
    String html = Files.readString(lake.resolve("_reports/bad.html"));
    assertThat(
        html,
        containsString(
            "data-stage=\"gold\" data-entity=\"silver.event_venues\""
                + " data-reason=\"unknown_event\" data-count=\"1\""));
    assertThat(
        html,
        containsString(
            "data-stage=\"gold\" data-entity=\"silver.venues\" data-reason=\"duplicate_key\""));

    // a retry of the same run replaces its own rejects instead of adding them again
    TixMasterRun retry = TixMasterRun.of(args);
    assertThat(retry.toString(), retry.status, is(3));
    assertThat(rejected(lake), containsInAnyOrder(expected.toArray()));
    assertThat(rowsRejected(lake), is(Map.of("gold", 3L, "summary", 0L, "documents", 0L)));
  }

  /** {@code "run stage entity reason record_id"} per gold._rejected row. */
  private static List<String> rejected(Path lake) throws Exception {
    return Lakes.rows(lake, GoldTables.REJECTED).stream()
        .map(
            r ->
                String.join(
                    " ",
                    r.getString("_run_id"),
                    r.getString("stage"),
                    r.getString("entity"),
                    r.getString("reason_code"),
                    r.getString("record_id")))
        .collect(Collectors.toList());
  }

  /** etl_log.rows_rejected of run "bad", by gold-side stage. */
  private static Map<String, Long> rowsRejected(Path lake) throws Exception {
    return Lakes.rows(lake, GoldTables.ETL_LOG).stream()
        .filter(r -> r.getString("run_id").equals("bad"))
        .filter(r -> List.of("gold", "summary", "documents").contains(r.getString("stage")))
        .collect(Collectors.toMap(r -> r.getString("stage"), r -> r.getInt64("rows_rejected")));
  }

  /** A row of {@code table}: the given columns, null or a plain value for the others. */
  private static Row row(TableSpec table, String... columnsAndValues) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      given.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    Schema schema = table.beamSchema();
    List<Object> values = new ArrayList<>();
    for (Schema.Field f : schema.getFields()) {
      if (given.containsKey(f.getName())) {
        values.add(given.get(f.getName()));
      } else if (f.getType().getNullable()) {
        values.add(null);
      } else {
        values.add(
            switch (f.getType().getTypeName()) {
              case BOOLEAN -> false;
              case INT32 -> 0;
              case INT64 -> 0L;
              case DOUBLE -> 0.0;
              case DATETIME -> Instant.parse("2026-11-30T00:00:00Z");
              default -> f.getName().equals("_origin") ? "standalone" : "fixture.json";
            });
      }
    }
    return Row.withSchema(schema).addValues(values).build();
  }
}
