package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.BeamMetrics;
import com.tixmaster.pipeline.run.Rows;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.silver.AttractionRow;
import com.tixmaster.schemas.silver.BronzeRunProcessed;
import com.tixmaster.schemas.silver.ClassificationRow;
import com.tixmaster.schemas.silver.EventAttractionRow;
import com.tixmaster.schemas.silver.EventPriceRangeRow;
import com.tixmaster.schemas.silver.EventRow;
import com.tixmaster.schemas.silver.EventVenueRow;
import com.tixmaster.schemas.silver.MarketRow;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.schemas.silver.VenueMarketRow;
import com.tixmaster.schemas.silver.VenueRow;
import com.tixmaster.transforms.silver.SilverConfig;
import com.tixmaster.transforms.silver.SilverCounters;
import com.tixmaster.transforms.silver.SilverInput;
import com.tixmaster.transforms.silver.SilverOutput;
import com.tixmaster.transforms.silver.SilverTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * Silver: merges the bronze records of the bronze runs it has not seen yet into the current silver
 * state, and commits every silver table together with its watermark ({@code _bronze_runs}). With no
 * new bronze run it does nothing, so no silver table changes.
 */
public final class SilverStage implements StageRunner {
  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    StageOutcome.Builder outcome = StageOutcome.builder("silver", started);
    String runId = ctx.config().runId();

    Set<String> pending = pendingBronzeRuns(ctx);
    if (pending.isEmpty()) {
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("no bronze run since the last silver run")
          .build(ctx.now());
    }

    Pipeline p = ctx.newPipeline("silver");
    // The raw Parquet files of the pending bronze runs: silver reads and parses them in one step,
    // so the raw payloads never form a collection (the DirectRunner holds collections in memory).
    List<String> rawFiles = new ArrayList<>();
    long recordsIn = 0;
    for (String entity : BronzeTables.ENTITIES) {
      rawFiles.addAll(ctx.lake().snapshotFiles(BronzeTables.rawTable(entity), pending));
    }
    PCollection<String> newRecordFiles =
        rawFiles.isEmpty()
            ? p.apply("ListNewRawFiles", Create.empty(StringUtf8Coder.of()))
            : p.apply("ListNewRawFiles", Create.of(rawFiles).withCoder(StringUtf8Coder.of()));

    SilverInput input =
        SilverInput.builder(newRecordFiles)
            .currentEvents(ctx.read(p, SilverTables.EVENTS, EventRow.class))
            .currentEventPriceRanges(
                ctx.read(p, SilverTables.EVENT_PRICE_RANGES, EventPriceRangeRow.class))
            .currentEventVenues(ctx.read(p, SilverTables.EVENT_VENUES, EventVenueRow.class))
            .currentEventAttractions(
                ctx.read(p, SilverTables.EVENT_ATTRACTIONS, EventAttractionRow.class))
            .currentVenues(ctx.read(p, SilverTables.VENUES, VenueRow.class))
            .currentMarkets(ctx.read(p, SilverTables.MARKETS, MarketRow.class))
            .currentVenueMarkets(ctx.read(p, SilverTables.VENUE_MARKETS, VenueMarketRow.class))
            .currentAttractions(ctx.read(p, SilverTables.ATTRACTIONS, AttractionRow.class))
            .currentClassifications(
                ctx.read(p, SilverTables.CLASSIFICATIONS, ClassificationRow.class))
            .build();
    SilverOutput out = input.apply("BuildSilver", SilverTransform.of(SilverConfig.of(runId)));
    for (Map.Entry<TableSpec, PCollection<?>> table : out.tables().entrySet()) {
      stageAny(ctx, table.getValue(), table.getKey());
    }
    PipelineResult result = ctx.runToEnd(p, "silver");
    BeamMetrics.Counters counters = BeamMetrics.counters(result, SilverCounters.NAMESPACE);

    List<BronzeRunProcessed> watermark = new ArrayList<>();
    for (String bronzeRun : pending) {
      watermark.add(BronzeRunProcessed.of(bronzeRun, runId, started));
    }
    ctx.lake()
        .stageRows(runId, BronzeRunProcessed.TABLE, Rows.of(BronzeRunProcessed.class, watermark));
    List<TableSpec> commit = new ArrayList<>(SilverTables.ALL);
    commit.add(BronzeRunProcessed.TABLE);
    ctx.lake().commit(runId, "silver", commit);
    ctx.markSilverChanged();

    long rejected = 0;
    for (Row accounting : ctx.lake().readRows(SilverTables.ACCOUNTING)) {
      if (runId.equals(accounting.getString("run_id"))) {
        if ("events".equals(accounting.getString("entity"))) {
          recordsIn += accounting.getInt64("records_in");
        }
        rejected += accounting.getInt64("rejected");
      }
    }
    for (TableSpec table : SilverTables.ALL) {
      outcome.tableRows(table.qualifiedName(), ctx.lake().rowCount(table));
    }
    String byReason =
        StageNotes.byReason(
            counters.values(),
            SilverCounters.rejected("", false),
            SilverCounters.rejected("", true));
    if (!byReason.isEmpty()) {
      outcome.note(counters.qualify("rejections by reason: " + byReason));
    }
    for (Map.Entry<String, Long> c : counters.values().entrySet()) {
      if (c.getValue() > 0 && !c.getKey().startsWith("rejected")) {
        outcome.note(
            counters.qualify("nulled or normalised: " + c.getKey() + " × " + c.getValue()));
      }
    }
    long events = ctx.lake().rowCount(SilverTables.EVENTS);
    return outcome
        .rows(recordsIn, events, rejected)
        .counters(counters.values())
        .message(
            String.format(
                "bronze runs %s merged: %d event records in, %d events now, %d records rejected",
                pending, recordsIn, events, rejected))
        .build(ctx.now());
  }

  /** Bronze runs that wrote records and that silver has not merged yet, in run-id order. */
  static Set<String> pendingBronzeRuns(RunContext ctx) throws java.io.IOException {
    Set<String> bronzeRuns = new TreeSet<>();
    for (Row file : ctx.lake().readRows(BronzeTables.FILES)) {
      bronzeRuns.add(file.getString("run_id"));
    }
    for (Row done : ctx.lake().readRows(BronzeRunProcessed.TABLE)) {
      bronzeRuns.remove(done.getString("bronze_run_id"));
    }
    return bronzeRuns;
  }

  /**
   * One shard per bundle the runner hands over (no shuffle of the rows before the write), but one
   * file for the small accounting table.
   */
  @SuppressWarnings("unchecked")
  private static void stageAny(RunContext ctx, PCollection<?> rows, TableSpec table) {
    ctx.stageTyped(
        (PCollection<Object>) rows, table, table.equals(SilverTables.ACCOUNTING) ? 1 : 0);
  }
}
