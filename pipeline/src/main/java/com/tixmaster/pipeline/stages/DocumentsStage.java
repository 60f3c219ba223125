package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.documents.EventDocumentsTransform;
import com.tixmaster.transforms.gold.GoldConfig;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Instant;

/**
 * The assistant's documents: one text per upcoming, non-test event, staged for publishing. The
 * silver rows it rejected are committed to {@code gold._rejected} at once ({@link GoldRejects}).
 */
public final class DocumentsStage implements StageRunner {
  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    StageOutcome.Builder outcome = StageOutcome.builder("documents", started);
    if (!ctx.isStaged(GoldTables.FACT_EVENTS) && !GoldFreshness.needsRebuild(ctx)) {
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("silver has not changed since the documents were last published")
          .build(ctx.now());
    }
    Pipeline p = ctx.newPipeline("documents");
    PCollectionTuple documents =
        SilverReads.committed(ctx, p)
            .apply(
                "BuildEventDocuments",
                EventDocumentsTransform.of(
                    GoldConfig.of(ctx.config().runId(), ctx.config().asOf())));
    ctx.stageTyped(
        documents.get(EventDocumentsTransform.DOCUMENTS),
        GoldTables.EVENT_DOCUMENTS,
        GoldStage.RUNNER_SHARDS);
    ctx.stageTyped(documents.get(EventDocumentsTransform.REJECTED), GoldTables.REJECTED, 1);
    ctx.runToEnd(p, "documents");
    long rejected = GoldRejects.commit(ctx, EventDocumentsTransform.STAGE, outcome);
    long docs = ctx.lake().stagedRowCount(ctx.config().runId(), GoldTables.EVENT_DOCUMENTS);
    return outcome
        .rows(ctx.lake().rowCount(SilverTables.EVENTS), docs, rejected)
        .message(docs + " upcoming event documents staged, " + rejected + " rows rejected")
        .build(ctx.now());
  }
}
