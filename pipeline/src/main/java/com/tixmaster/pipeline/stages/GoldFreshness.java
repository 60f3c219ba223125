package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import java.io.IOException;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Decides whether gold must be rebuilt: when it was never published, or when silver has changed
 * since it was. This is what makes "a run with no new landing files changes no gold table" hold,
 * also when the stages run as separate processes (Databricks tasks), because the evidence is {@code
 * etl_log}: the newest successful {@code silver} stage against the newest {@code publish}.
 *
 * <p>{@code etl_log} is written when a run ends, so a run that crashed after its silver commit left
 * no silver row there. Silver's own watermark ({@code silver._bronze_runs.processed_at}, committed
 * together with silver) is therefore evidence of a silver change too. A crash after the publish and
 * before {@code etl_log} makes the next run rebuild gold from the same silver: the same rows again.
 */
final class GoldFreshness {
  static final String PUBLISH = "publish";

  private GoldFreshness() {}

  static boolean needsRebuild(RunContext ctx) throws IOException {
    if (ctx.silverChangedInThisRun()) {
      return true;
    }
    if (ctx.lake().rowCount(GoldTables.FACT_EVENTS) == 0
        && ctx.lake().snapshotFiles(GoldTables.FACT_EVENTS).isEmpty()) {
      return true;
    }
    Instant silver = null;
    Instant publish = null;
    for (Row row : ctx.lake().readRows(GoldTables.ETL_LOG)) {
      if (!"SUCCEEDED".equals(row.getString("status")) || row.getDateTime("ended_at") == null) {
        continue;
      }
      Instant ended = row.getDateTime("ended_at").toInstant();
      String stage = row.getString("stage");
      if ("silver".equals(stage) && (silver == null || ended.isAfter(silver))) {
        silver = ended;
      } else if (PUBLISH.equals(stage) && (publish == null || ended.isAfter(publish))) {
        publish = ended;
      }
    }
    for (Row row : ctx.lake().readRows(BronzeRunProcessed.TABLE)) {
      if (row.getDateTime("processed_at") == null) {
        continue;
      }
      Instant processed = row.getDateTime("processed_at").toInstant();
      if (silver == null || processed.isAfter(silver)) {
        silver = processed;
      }
    }
    return publish == null || (silver != null && silver.isAfter(publish));
  }
}
