package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimDate;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.gold.MonthlyEventSummary;
import com.tixmaster.transforms.gold.GoldConfig;
import com.tixmaster.transforms.summary.MonthlySummaryInput;
import com.tixmaster.transforms.summary.MonthlySummaryTransform;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Instant;

/**
 * Monthly KPIs: recomputes the months this run's facts touched, over the gold staged in this run
 * (or the published gold when gold did not run), and stages the new summary table. The facts it
 * rejected are committed to {@code gold._rejected} at once ({@link GoldRejects}).
 */
public final class SummaryStage implements StageRunner {
  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    StageOutcome.Builder outcome = StageOutcome.builder("summary", started);
    if (!ctx.isStaged(GoldTables.FACT_EVENTS) && !GoldFreshness.needsRebuild(ctx)) {
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("no new facts since the summary was last published")
          .build(ctx.now());
    }
    Pipeline p = ctx.newPipeline("summary");
    MonthlySummaryInput input =
        MonthlySummaryInput.builder()
            .factEvents(ctx.readLatest(p, GoldTables.FACT_EVENTS, FactEvent.class))
            .dimDate(ctx.readLatest(p, GoldTables.DIM_DATE, DimDate.class))
            .dimVenue(ctx.readLatest(p, GoldTables.DIM_VENUE, DimVenue.class))
            .dimAttraction(ctx.readLatest(p, GoldTables.DIM_ATTRACTION, DimAttraction.class))
            .previousFactEvents(ctx.read(p, GoldTables.FACT_EVENTS, FactEvent.class))
            .previousSummary(
                ctx.read(p, GoldTables.MONTHLY_EVENT_SUMMARY, MonthlyEventSummary.class))
            .build();
    PCollectionTuple summary =
        input.apply(
            "SummarizeMonths",
            MonthlySummaryTransform.of(GoldConfig.of(ctx.config().runId(), ctx.config().asOf())));
    ctx.stageTyped(
        summary.get(MonthlySummaryTransform.SUMMARY), GoldTables.MONTHLY_EVENT_SUMMARY, 1);
    ctx.stageTyped(summary.get(MonthlySummaryTransform.REJECTED), GoldTables.REJECTED, 1);
    ctx.runToEnd(p, "summary");
    long rejected = GoldRejects.commit(ctx, MonthlySummaryTransform.STAGE, outcome);
    long months = ctx.lake().stagedRowCount(ctx.config().runId(), GoldTables.MONTHLY_EVENT_SUMMARY);
    return outcome
        .rows(
            ctx.lake().stagedRowCount(ctx.config().runId(), GoldTables.FACT_EVENTS),
            months,
            rejected)
        .message(months + " months staged, " + rejected + " facts rejected")
        .build(ctx.now());
  }
}
