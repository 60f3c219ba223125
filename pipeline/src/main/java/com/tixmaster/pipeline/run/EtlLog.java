package com.tixmaster.pipeline.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tixmaster.pipeline.config.RunConfig;
import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.schemas.gold.EtlLogEntry;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.Row;

/** Writes {@code gold.etl_log}: one row per stage of the run, failed stages included. */
public final class EtlLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EtlLog() {}

  public static List<EtlLogEntry> entries(RunConfig config, List<StageOutcome> outcomes) {
    String parameters;
    try {
      parameters = JSON.writeValueAsString(config.loggableParameters());
    } catch (JsonProcessingException e) {
      parameters = config.loggableParameters().toString();
    }
    List<EtlLogEntry> entries = new ArrayList<>();
    for (StageOutcome o : outcomes) {
      entries.add(
          EtlLogEntry.builder()
              .setRunId(config.runId())
              .setStage(o.stage())
              .setStartedAt(o.startedAt())
              .setEndedAt(o.endedAt())
              .setStatus(o.status().name())
              .setRowsIn(o.rowsIn())
              .setRowsOut(o.rowsOut())
              .setRowsRejected(o.rowsRejected())
              .setParameters(parameters)
              .setErrorMessage(o.status() == StageOutcome.Status.FAILED ? o.message() : null)
              .setRunner(config.runner())
              .build());
    }
    return entries;
  }

  /** Adds the run's rows to {@code etl_log} in one commit. */
  public static void write(Lake lake, RunConfig config, List<StageOutcome> outcomes)
      throws IOException {
    if (outcomes.isEmpty()) {
      return;
    }
    SerializableFunction<EtlLogEntry, Row> toRow;
    try {
      toRow = SchemaRegistry.createDefault().getToRowFunction(EtlLogEntry.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    List<Row> rows = new ArrayList<>();
    java.util.Set<String> stages = new java.util.HashSet<>();
    for (EtlLogEntry entry : entries(config, outcomes)) {
      rows.add(toRow.apply(entry));
      stages.add(entry.getStage());
    }
    // Rewritten whole: a stage repeated within a run (a retried task) replaces its own row.
    for (Row earlier : lake.readRows(GoldTables.ETL_LOG)) {
      if (!(config.runId().equals(earlier.getString("run_id"))
          && stages.contains(earlier.getString("stage")))) {
        rows.add(earlier);
      }
    }
    // what an earlier attempt of this run staged and never committed
    lake.discardStaged(config.runId(), List.of(GoldTables.ETL_LOG));
    lake.stageRows(config.runId(), GoldTables.ETL_LOG, rows);
    lake.commit(config.runId(), "etl_log", List.of(GoldTables.ETL_LOG));
  }
}
