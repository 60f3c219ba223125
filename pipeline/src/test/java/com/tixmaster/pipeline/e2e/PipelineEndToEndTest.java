package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.sdk.values.Row;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The README's main job on the DirectRunner over the bundled fixtures: every layer is built, the
 * audits pass and publish gold, etl_log has a row per stage, and a second run over the same files
 * changes nothing but its own etl_log and audit rows.
 */
public class PipelineEndToEndTest {
  static final String AS_OF = "--asOf=2026-11-20T00:00:00Z";

  @ClassRule public static TemporaryFolder tmp = new TemporaryFolder();
  private static Path lake;
  private static TixMasterRun first;
  private static Map<String, List<String>> afterFirst;

  @BeforeClass
  public static void runTwice() throws Exception {
    lake = tmp.getRoot().toPath().resolve("lakehouse");
    first =
        TixMasterRun.of(
            "--landing=" + Lakes.bundledLanding(), "--lakehouse=" + lake, AS_OF, "--runId=first");
    afterFirst = snapshot();
  }

  static Map<String, List<String>> snapshot() throws Exception {
    Map<String, List<String>> all = new LinkedHashMap<>();
    List<TableSpec> tables = new ArrayList<>(BronzeTables.ALL);
    tables.addAll(SilverTables.ALL);
    tables.addAll(GoldTables.ALL);
    for (TableSpec t : tables) {
      all.put(t.qualifiedName(), Lakes.content(lake, t));
    }
    return all;
  }

  @Test
  public void buildsEveryLayerAndPublishesAfterTheAudits() throws Exception {
    assertThat(first.toString(), first.status, is(0));
    for (TableSpec t :
        List.of(
            BronzeTables.EVENTS_RAW,
            SilverTables.EVENTS,
            SilverTables.VENUES,
            SilverTables.EVENT_VENUES,
            SilverTables.CLASSIFICATIONS,
            GoldTables.FACT_EVENTS,
            GoldTables.DIM_VENUE,
            GoldTables.DIM_DATE,
            GoldTables.MONTHLY_EVENT_SUMMARY,
            GoldTables.EVENT_DOCUMENTS,
            GoldTables.BRIDGE_EVENT_ATTRACTION)) {
      assertThat(t + " has rows", afterFirst.get(t.qualifiedName()).size(), greaterThan(0));
    }
    assertThat(
        afterFirst.get("gold.fact_events").size(), is(afterFirst.get("silver.events").size()));

    List<Row> audits = Lakes.rows(lake, GoldTables.DATA_QUALITY_RESULTS);
    assertThat(audits.size(), is(11));
    assertThat(
        audits.stream().map(r -> r.getString("status")).collect(Collectors.toList()),
        everyItem(is("PASSED")));

    List<String> stages =
        Lakes.rows(lake, GoldTables.ETL_LOG).stream()
            .filter(r -> r.getString("run_id").equals("first"))
            .map(r -> r.getString("stage") + ":" + r.getString("status"))
            .collect(Collectors.toList());
    assertThat(
        stages,
        hasItems(
            "bronze:SUCCEEDED",
            "silver:SUCCEEDED",
            "gold:SUCCEEDED",
            "summary:SUCCEEDED",
            "documents:SUCCEEDED",
            "quality:SUCCEEDED",
            "publish:SUCCEEDED"));
    for (Row log : Lakes.rows(lake, GoldTables.ETL_LOG)) {
      assertThat(log.getString("parameters"), containsString("\"asOf\""));
      assertThat(log.getString("runner"), is("DirectRunner"));
      if (List.of("gold", "summary", "documents").contains(log.getString("stage"))) {
        assertThat(log.getString("stage"), log.getInt64("rows_rejected"), is(0L));
      }
    }
    // the fixtures' silver is clean: gold._rejected exists, and is empty
    assertThat(Files.exists(lake.resolve("gold/_rejected")), is(true));
    assertThat(afterFirst.get("gold._rejected"), is(List.of()));
  }

  @Test
  public void aSecondRunOverTheSameFilesChangesOnlyItsOwnLogAndAudits() throws Exception {
    TixMasterRun second =
        TixMasterRun.of(
            "--landing=" + Lakes.bundledLanding(), "--lakehouse=" + lake, AS_OF, "--runId=second");
    assertThat(second.toString(), second.status, is(0));
    assertThat(second.out, containsString("no new landing files"));
    Map<String, List<String>> after = snapshot();
    for (Map.Entry<String, List<String>> table : afterFirst.entrySet()) {
      if (table.getKey().equals("gold.etl_log")
          || table.getKey().equals("gold.data_quality_results")) {
        continue;
      }
      assertThat(table.getKey() + " unchanged", after.get(table.getKey()), is(table.getValue()));
    }
    assertThat(Lakes.rows(lake, GoldTables.DATA_QUALITY_RESULTS).size(), is(22));
    assertThat(
        Lakes.rows(lake, GoldTables.ETL_LOG).stream()
            .filter(r -> r.getString("run_id").equals("second"))
            .count(),
        greaterThan(0L));
    assertThat(Files.exists(lake.resolve("_staging/second")), is(false));
  }
}
