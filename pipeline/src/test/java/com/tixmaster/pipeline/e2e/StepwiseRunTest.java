package com.tixmaster.pipeline.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.tixmaster.pipeline.TixMasterRun;
import com.tixmaster.pipeline.config.Stage;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.values.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Write-audit-publish when every stage is its own process under one {@code --runId}, as the
 * Databricks job's tasks run: the result equals one run of all stages, the audits check exactly
 * what the run staged, and publish refuses what they did not check.
 */
public class StepwiseRunTest {
  private static final String AS_OF = "--asOf=2026-11-21T12:00:00Z";

  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private Path landing() throws Exception {
    Path landing = tmp.newFolder("landing").toPath();
    Lakes.landDays(landing, "2026/11/20", "2026/11/21");
    return landing;
  }

  private static TixMasterRun step(Path landing, Path lake, String stage, String... extra) {
    List<String> args = new ArrayList<>(List.of("--stages=" + stage, "--runId=job-1"));
    if (List.of(extra).stream().noneMatch(a -> a.startsWith("--asOf="))) {
      args.add(AS_OF);
    }
    args.add("--landing=" + landing);
    args.add("--lakehouse=" + lake);
    args.addAll(List.of(extra));
    return TixMasterRun.of(args.toArray(new String[0]));
  }

  private static List<String> stepIds() {
    List<String> ids = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stage != Stage.INGEST) {
        ids.add(stage.id());
      }
    }
    return ids;
  }

  @Test
  public void stepByStepEqualsOneRunAndLeavesNoStaging() throws Exception {
    Path landing = landing();
    Path whole = tmp.getRoot().toPath().resolve("whole");
    TixMasterRun one = TixMasterRun.of("--landing=" + landing, "--lakehouse=" + whole, AS_OF);
    assertThat(one.toString(), one.status, is(0));

    Path stepwise = tmp.getRoot().toPath().resolve("stepwise");
    for (String stage : stepIds()) {
      TixMasterRun run = step(landing, stepwise, stage);
      assertThat(stage + ": " + run, run.status, is(0));
      if (stage.equals("gold")) {
        assertThat(
            "gold is staged, not published",
            Lakes.rows(stepwise, GoldTables.FACT_EVENTS).size(),
            is(0));
      }
    }
    for (TableSpec table : Lakes.PARITY_TABLES) {
      List<String> expected = Lakes.normalised(Lakes.rows(whole, table));
      assertThat(table + " has rows", expected.size(), greaterThan(0));
      assertThat(
          table.qualifiedName(), Lakes.normalised(Lakes.rows(stepwise, table)), is(expected));
    }
    List<String> stages = new ArrayList<>();
    for (Row row : Lakes.rows(stepwise, GoldTables.ETL_LOG)) {
      stages.add(row.getString("stage") + ":" + row.getString("status"));
    }
    stages.sort(null);
    List<String> expectedStages = new ArrayList<>();
    stepIds().forEach(s -> expectedStages.add(s + ":SUCCEEDED"));
    expectedStages.sort(null);
    assertThat("one etl_log row per step", stages, is(expectedStages));
    assertThat(
        "the published run leaves no staging",
        Files.exists(stepwise.resolve("_staging/job-1")),
        is(false));
  }

  @Test
  public void aBlockingAuditInItsOwnStepMakesPublishExit3AndKeepsGold() throws Exception {
    Path landing = landing();
    Path lake = tmp.getRoot().toPath().resolve("lake");
    for (String stage : List.of("bronze", "silver", "gold", "summary", "documents", "quality")) {
      // long after the data: freshness (MEDIUM) fails, and MEDIUM blocks
      TixMasterRun run =
          step(landing, lake, stage, "--asOf=2027-06-01T00:00:00Z", "--failOnSeverity=MEDIUM");
      assertThat(stage + ": " + run, run.status, is(0));
    }
    TixMasterRun publish =
        step(landing, lake, "publish", "--asOf=2027-06-01T00:00:00Z", "--failOnSeverity=MEDIUM");
    assertThat(publish.toString(), publish.status, is(3));
    assertThat(publish.out, containsString("BLOCKING silver_freshness (MEDIUM)"));
    assertThat(
        "gold unchanged (never published)", Lakes.rows(lake, GoldTables.FACT_EVENTS).size(), is(0));
    assertThat(
        "the audit results are kept",
        Lakes.rows(lake, GoldTables.DATA_QUALITY_RESULTS).size(),
        greaterThan(0));
    assertThat(Files.exists(lake.resolve("_staging/job-1")), is(false));
  }

  @Test
  public void publishRefusesGoldStagedAgainAfterTheAuditsAndWithoutThem() throws Exception {
    Path landing = landing();
    Path lake = tmp.getRoot().toPath().resolve("lake");
    TixMasterRun early = step(landing, lake, "publish");
    assertThat(early.toString(), early.status, is(2));
    assertThat(early.err, containsString("--stages: publish: run job-1 has no finished audits"));
    assertThat("nothing is written", Files.exists(lake.resolve("gold/etl_log")), is(false));

    for (String stage : List.of("bronze", "silver", "gold", "quality", "gold")) {
      TixMasterRun run = step(landing, lake, stage);
      assertThat(stage + ": " + run, run.status, is(0));
    }
    TixMasterRun stale = step(landing, lake, "publish");
    assertThat(stale.toString(), stale.status, is(2));
    assertThat(stale.err, containsString("stage gold staged again since the audits"));
    assertThat(Lakes.rows(lake, GoldTables.FACT_EVENTS).size(), is(0));

    TixMasterRun audited = step(landing, lake, "quality");
    assertThat(audited.toString(), audited.status, is(0));
    TixMasterRun published = step(landing, lake, "publish");
    assertThat(published.toString(), published.status, is(0));
    assertThat(Lakes.rows(lake, GoldTables.FACT_EVENTS).size(), greaterThan(0));
  }
}
