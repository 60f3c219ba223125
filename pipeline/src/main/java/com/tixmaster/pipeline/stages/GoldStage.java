package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.BridgeEventAttraction;
import com.tixmaster.schemas.gold.DimAttraction;
import com.tixmaster.schemas.gold.DimClassification;
import com.tixmaster.schemas.gold.DimMarket;
import com.tixmaster.schemas.gold.DimVenue;
import com.tixmaster.schemas.gold.FactEvent;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.gold.GoldConfig;
import com.tixmaster.transforms.gold.GoldInput;
import com.tixmaster.transforms.gold.GoldOutput;
import com.tixmaster.transforms.gold.GoldTransform;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.joda.time.Instant;

/**
 * Gold: builds the star schema (dimensions, fact, bridge, dim_date) from the committed silver state
 * and the previous gold, and stages it. Nothing of the star is published here: the audits run on
 * the staged tables first (write-audit-publish, see {@link QualityStage}). The rows gold rejected
 * are committed to {@code gold._rejected} now, in a commit of their own, so that a blocked run
 * keeps them too (see {@link GoldRejects}).
 */
public final class GoldStage implements StageRunner {
  /** The tables this stage stages. */
  public static final List<TableSpec> TABLES =
      List.of(
          GoldTables.DIM_DATE,
          GoldTables.DIM_VENUE,
          GoldTables.DIM_ATTRACTION,
          GoldTables.DIM_CLASSIFICATION,
          GoldTables.DIM_MARKET,
          GoldTables.FACT_EVENTS,
          GoldTables.BRIDGE_EVENT_ATTRACTION);

  /**
   * One shard per bundle the runner hands over: the rows go to Parquet without a shuffle by shard
   * (which, on the DirectRunner, copies its whole buffer once per incoming bundle).
   */
  static final int RUNNER_SHARDS = 0;

  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    StageOutcome.Builder outcome = StageOutcome.builder("gold", started);
    if (!GoldFreshness.needsRebuild(ctx)) {
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("silver has not changed since gold was last published")
          .build(ctx.now());
    }
    Pipeline p = ctx.newPipeline("gold");
    GoldInput input =
        GoldInput.builder(SilverReads.committed(ctx, p))
            .previousDimVenue(ctx.read(p, GoldTables.DIM_VENUE, DimVenue.class))
            .previousDimAttraction(ctx.read(p, GoldTables.DIM_ATTRACTION, DimAttraction.class))
            .previousDimClassification(
                ctx.read(p, GoldTables.DIM_CLASSIFICATION, DimClassification.class))
            .previousDimMarket(ctx.read(p, GoldTables.DIM_MARKET, DimMarket.class))
            .previousFactEvents(ctx.read(p, GoldTables.FACT_EVENTS, FactEvent.class))
            .previousBridgeEventAttraction(
                ctx.read(p, GoldTables.BRIDGE_EVENT_ATTRACTION, BridgeEventAttraction.class))
            .build();
    GoldOutput out =
        input.apply(
            "BuildGold",
            GoldTransform.of(GoldConfig.of(ctx.config().runId(), ctx.config().asOf())));
    ctx.stageTyped(out.dimDate(), GoldTables.DIM_DATE, RUNNER_SHARDS);
    ctx.stageTyped(out.dimVenue(), GoldTables.DIM_VENUE, RUNNER_SHARDS);
    ctx.stageTyped(out.dimAttraction(), GoldTables.DIM_ATTRACTION, RUNNER_SHARDS);
    ctx.stageTyped(out.dimClassification(), GoldTables.DIM_CLASSIFICATION, RUNNER_SHARDS);
    ctx.stageTyped(out.dimMarket(), GoldTables.DIM_MARKET, RUNNER_SHARDS);
    ctx.stageTyped(out.factEvents(), GoldTables.FACT_EVENTS, RUNNER_SHARDS);
    ctx.stageTyped(out.bridgeEventAttraction(), GoldTables.BRIDGE_EVENT_ATTRACTION, RUNNER_SHARDS);
    ctx.stageTyped(out.rejected(), GoldTables.REJECTED, 1);
    ctx.runToEnd(p, "gold");
    long rejected = GoldRejects.commit(ctx, GoldTransform.STAGE, outcome);

    long silverEvents = ctx.lake().rowCount(SilverTables.EVENTS);
    long facts = ctx.lake().stagedRowCount(ctx.config().runId(), GoldTables.FACT_EVENTS);
    return outcome
        .rows(silverEvents, facts, rejected)
        .message(
            String.format(
                "star schema staged: %d facts from %d silver events, %d rows rejected",
                facts, silverEvents, rejected))
        .build(ctx.now());
  }
}
