package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.quality.QualityConfig;
import com.tixmaster.transforms.quality.QualityInput;
import com.tixmaster.transforms.quality.QualityTransform;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * The audits (the "audit" of write-audit-publish). The eleven checks run on the committed silver
 * and on the gold this run staged (or the published gold for tables it did not stage), and their
 * results are staged as this run's rows of {@code data_quality_results}, beside the earlier runs'
 * rows, for {@link PublishStage}, which decides. Nothing is published here, so the audits can run
 * as their own process (a Databricks job's task) between the stages that stage gold and publish.
 */
public final class QualityStage implements StageRunner {
  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    String runId = ctx.config().runId();
    StageOutcome.Builder outcome = StageOutcome.builder("quality", started);
    RunStaging staging = new RunStaging(ctx.lake(), runId);
    staging.requireFinishedGold();

    Pipeline p = ctx.newPipeline("quality");
    QualityInput input =
        QualityInput.builder()
            .silverEvents(ctx.read(p, SilverTables.EVENTS))
            .silverVenues(ctx.read(p, SilverTables.VENUES))
            .silverAttractions(ctx.read(p, SilverTables.ATTRACTIONS))
            .silverClassifications(ctx.read(p, SilverTables.CLASSIFICATIONS))
            .silverMarkets(ctx.read(p, SilverTables.MARKETS))
            .silverVenueMarkets(ctx.read(p, SilverTables.VENUE_MARKETS))
            .silverEventVenues(ctx.read(p, SilverTables.EVENT_VENUES))
            .silverEventAttractions(ctx.read(p, SilverTables.EVENT_ATTRACTIONS))
            .silverEventPriceRanges(ctx.read(p, SilverTables.EVENT_PRICE_RANGES))
            .silverAccounting(ctx.read(p, SilverTables.ACCOUNTING))
            .dimDate(ctx.readLatest(p, GoldTables.DIM_DATE))
            .dimVenue(ctx.readLatest(p, GoldTables.DIM_VENUE))
            .dimAttraction(ctx.readLatest(p, GoldTables.DIM_ATTRACTION))
            .dimClassification(ctx.readLatest(p, GoldTables.DIM_CLASSIFICATION))
            .dimMarket(ctx.readLatest(p, GoldTables.DIM_MARKET))
            .factEvents(ctx.readLatest(p, GoldTables.FACT_EVENTS))
            .bridgeEventAttraction(ctx.readLatest(p, GoldTables.BRIDGE_EVENT_ATTRACTION))
            .bronzeEventRecords(
                p.apply(
                    "CountBronzeEvents", Create.of(ctx.lake().rowCount(BronzeTables.EVENTS_RAW))))
            .build();
    QualityConfig config =
        QualityConfig.builder()
            .runId(runId)
            .asOf(ctx.config().asOf())
            .freshnessHours(ctx.config().freshnessHours())
            .reconciliationWarnPct(QualityConfig.DEFAULT_RECONCILIATION_WARN_PCT)
            .build();
    PCollection<DataQualityResult> results =
        input.apply("AuditTables", QualityTransform.of(config));
    ctx.stageTyped(results, GoldTables.DATA_QUALITY_RESULTS, 1);
    ctx.runToEnd(p, "quality");

    List<Row> audits = Audits.of(ctx);
    Audits.Verdict verdict = Audits.verdict(audits, ctx.config().failOnSeverity());
    for (Row audit : audits) {
      outcome.note(Audits.describe(audit));
    }
    verdict.blocking().forEach(b -> outcome.note("BLOCKING " + b));

    // data_quality_results is rewritten whole: earlier runs' rows, then this run's.
    List<Row> earlier = new ArrayList<>();
    for (Row row : ctx.lake().readRows(GoldTables.DATA_QUALITY_RESULTS)) {
      if (!runId.equals(row.getString("run_id"))) {
        earlier.add(row);
      }
    }
    ctx.lake().stageRows(runId, GoldTables.DATA_QUALITY_RESULTS, earlier);
    staging.recordAudited();

    return outcome
        .rows(audits.size(), audits.size() - verdict.failed(), verdict.failed())
        .message(
            String.format(
                "%d audits: %d passed, %d failed (%d at or above %s: %s)",
                audits.size(),
                audits.size() - verdict.failed(),
                verdict.failed(),
                verdict.blocking().size(),
                ctx.config().failOnSeverity(),
                verdict.blocking().isEmpty() ? "gold may be published" : "gold will not be"))
        .build(ctx.now());
  }
}
