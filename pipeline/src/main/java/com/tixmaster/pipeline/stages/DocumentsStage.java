package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.gold.EventDocument;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.documents.EventDocumentsTransform;
import com.tixmaster.transforms.gold.GoldConfig;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Instant;

/** The assistant's documents: one text per upcoming, non-test event, staged for publishing. */
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
    PCollection<EventDocument> documents =
        SilverReads.committed(ctx, p)
            .apply(
                "BuildEventDocuments",
                EventDocumentsTransform.of(
                    GoldConfig.of(ctx.config().runId(), ctx.config().asOf())));
    ctx.stageTyped(documents, GoldTables.EVENT_DOCUMENTS, GoldStage.RUNNER_SHARDS);
    p.run().waitUntilFinish();
    long docs = ctx.lake().stagedRowCount(ctx.config().runId(), GoldTables.EVENT_DOCUMENTS);
    return outcome
        .rows(ctx.lake().rowCount(SilverTables.EVENTS), docs, 0)
        .message(docs + " upcoming event documents staged")
        .build(ctx.now());
  }
}
