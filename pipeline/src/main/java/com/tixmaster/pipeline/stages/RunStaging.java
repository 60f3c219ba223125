package com.tixmaster.pipeline.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tixmaster.pipeline.config.Stage;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.SilverTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a run has staged, stage by stage, when its stages run as separate processes (a Databricks
 * job's tasks, sharing {@code --runId}) as well as in one.
 *
 * <p>Each stage owns the tables it stages. Before it runs, what it staged in an earlier attempt of
 * the same run (a crash, a repaired task) is dropped; when it has finished, a note with a fresh
 * token says so. The audits record the tokens of the staged gold they checked, and publish commits
 * only when every gold stage's token is still the one the audits saw: gold staged again after the
 * audits, or a stage that crashed halfway, is never published.
 */
public final class RunStaging {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUDITED = "audited";

  private final Lake lake;
  private final String runId;

  public RunStaging(Lake lake, String runId) {
    this.lake = lake;
    this.runId = runId;
  }

  /** The tables {@code stage} stages (and commits itself, for bronze and silver). */
  public static List<TableSpec> tablesOf(Stage stage) {
    switch (stage) {
      case BRONZE:
        return BronzeTables.ALL;
      case SILVER:
        List<TableSpec> silver = new ArrayList<>(SilverTables.ALL);
        silver.add(BronzeRunProcessed.TABLE);
        return silver;
      case GOLD:
        List<TableSpec> gold = new ArrayList<>(GoldStage.TABLES);
        gold.add(GoldTables.REJECTED); // committed by the stage itself (GoldRejects)
        return gold;
      case SUMMARY:
        return List.of(GoldTables.MONTHLY_EVENT_SUMMARY, GoldTables.REJECTED);
      case DOCUMENTS:
        return List.of(GoldTables.EVENT_DOCUMENTS, GoldTables.REJECTED);
      case QUALITY:
        return List.of(GoldTables.DATA_QUALITY_RESULTS);
      default:
        return List.of(); // ingest writes landing files; publish commits what others staged
    }
  }

  /** Before {@code stage} runs: forget what an earlier attempt of it staged. */
  public void begin(Stage stage) throws IOException {
    lake.deleteRunNote(runId, note(stage));
    lake.discardStaged(runId, tablesOf(stage));
  }

  /** After {@code stage} finished (or had nothing to do): a new token for what it staged. */
  public void finish(Stage stage) throws IOException {
    lake.writeRunNote(runId, note(stage), UUID.randomUUID().toString());
  }

  /** The token of {@code stage}'s finished staging in this run, if it finished. */
  public Optional<String> token(Stage stage) throws IOException {
    return lake.readRunNote(runId, note(stage));
  }

  /**
   * Refuses to audit gold that a stage of this run staged and never finished (it crashed, and was
   * not run again): the audits would check half a table, and publish would commit it.
   */
  public void requireFinishedGold() throws IOException {
    for (Stage stage : Stage.values()) {
      if (!stage.stagesGold() || token(stage).isPresent()) {
        continue;
      }
      for (TableSpec table : tablesOf(stage)) {
        if (!lake.stagedFiles(runId, table).isEmpty()) {
          throw new IllegalStateException(
              "stage "
                  + stage.id()
                  + " of run "
                  + runId
                  + " staged "
                  + table.qualifiedName()
                  + " but did not finish; run --stages="
                  + stage.id()
                  + " again (same --runId) before the audits");
        }
      }
    }
  }

  /** The audits record which staged gold they checked: the gold stages' tokens now. */
  public void recordAudited() throws IOException {
    ObjectNode audited = JSON.createObjectNode();
    for (Stage stage : Stage.values()) {
      if (stage.stagesGold()) {
        Optional<String> token = token(stage);
        audited.put(stage.id(), token.orElse(""));
      }
    }
    lake.deleteRunNote(runId, AUDITED);
    lake.writeRunNote(runId, AUDITED, JSON.writeValueAsString(audited));
  }

  /**
   * Whether this run's audits finished, and checked exactly the gold staged now.
   *
   * @return empty when they did; otherwise why not, for the message of a refused publish
   */
  public Optional<String> unaudited() throws IOException {
    if (token(Stage.QUALITY).isEmpty()) {
      return Optional.of("run " + runId + " has no finished audits (stage quality)");
    }
    Optional<String> recorded = lake.readRunNote(runId, AUDITED);
    if (recorded.isEmpty()) {
      return Optional.of("run " + runId + " has no record of what its audits checked");
    }
    JsonNode audited = JSON.readTree(recorded.get());
    for (Stage stage : Stage.values()) {
      if (!stage.stagesGold()) {
        continue;
      }
      String now = token(stage).orElse("");
      if (!now.equals(audited.path(stage.id()).asText(""))) {
        return Optional.of(
            "stage "
                + stage.id()
                + (now.isEmpty() ? " has not finished" : " staged again")
                + " since the audits of run "
                + runId
                + " ran");
      }
    }
    return Optional.empty();
  }

  private static String note(Stage stage) {
    return "stage-" + stage.id();
  }
}
