package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.lake.Lake;
import com.tixmaster.pipeline.lake.ParquetLake;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.gold.GoldTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.values.Row;

/**
 * Commits the dead letters that the gold, summary or documents stage staged for {@code
 * gold._rejected}, in a commit of their own, right after the stage's graph has run.
 *
 * <p>Why not with the publish: write-audit-publish gates what readers of gold may rely on, and a
 * dead letter is a record of the run, like the audit results, not published data. Committed with
 * the publish, the rejects of a blocked run would be dropped with its staged gold; committed here,
 * they are kept, as silver keeps its {@code _rejected} whatever the audits say, and the report of a
 * blocked run can show what it rejected. The commit holds the stage's dead letters or none.
 *
 * <p>The table is rewritten whole (like {@code etl_log}): the committed rows of every other run and
 * stage, then this stage's. A stage repeated under the same run id (a retried task) replaces its
 * own rows instead of adding them twice. When a stage rejected nothing and had nothing to replace,
 * nothing is committed, so a clean run leaves the table as it was.
 */
final class GoldRejects {
  private GoldRejects() {}

  /** Commits {@code stage}'s staged dead letters; returns how many it rejected in this run. */
  static long commit(RunContext ctx, String stage, StageOutcome.Builder outcome)
      throws IOException {
    Lake lake = ctx.lake();
    String runId = ctx.config().runId();
    List<Row> mine = lake.readStagedRows(runId, GoldTables.REJECTED);
    // One snapshot tells both whether the table exists and what it holds.
    List<String> snapshot = lake.snapshotFiles(GoldTables.REJECTED);
    List<Row> others = new ArrayList<>();
    boolean replaces = false;
    for (Row row : ParquetLake.read(GoldTables.REJECTED, snapshot)) {
      if (runId.equals(row.getString("_run_id")) && stage.equals(row.getString("stage"))) {
        replaces = true;
      } else {
        others.add(row);
      }
    }
    if (mine.isEmpty() && !replaces && !snapshot.isEmpty()) {
      return 0;
    }
    lake.stageRows(runId, GoldTables.REJECTED, others);
    lake.commit(runId, "rejected-" + stage, List.of(GoldTables.REJECTED));
    outcome.tableRows(GoldTables.REJECTED.qualifiedName(), lake.rowCount(GoldTables.REJECTED));
    if (!mine.isEmpty()) {
      outcome.note(mine.size() + " rows to gold._rejected: " + byReason(mine));
    }
    return mine.size();
  }

  /** {@code "silver.event_venues unknown_event × 2, silver.venues reserved_key × 1"}. */
  static String byReason(List<Row> rejected) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : rejected) {
      counts.merge(row.getString("entity") + " " + row.getString("reason_code"), 1L, Long::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((what, n) -> parts.add(what + " × " + n));
    return String.join(", ", parts);
  }
}
