package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.config.ConfigException;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.gold.GoldTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * The publish gate of write-audit-publish. When this run's audits found no failure at or above
 * {@code --failOnSeverity}, every gold table the run staged is published together with the audit
 * results, in one atomic commit. Otherwise only the audit results are committed, the staged gold is
 * dropped, gold stays exactly as it was, and the run ends with exit 3.
 *
 * <p>It publishes only what the audits checked: the gold stages' staging must be finished and
 * unchanged since the audits ran ({@link RunStaging}), which also holds when the stages ran as
 * separate processes under one {@code --runId}.
 */
public final class PublishStage implements StageRunner {
  /** The gold tables a run may stage, published together. */
  public static final List<TableSpec> PUBLISHABLE =
      List.of(
          GoldTables.DIM_DATE,
          GoldTables.DIM_VENUE,
          GoldTables.DIM_ATTRACTION,
          GoldTables.DIM_CLASSIFICATION,
          GoldTables.DIM_MARKET,
          GoldTables.FACT_EVENTS,
          GoldTables.BRIDGE_EVENT_ATTRACTION,
          GoldTables.MONTHLY_EVENT_SUMMARY,
          GoldTables.EVENT_DOCUMENTS);

  /** Refuses to publish what this run's audits did not check, naming the missing step. */
  public static void requireAudited(RunStaging staging) throws java.io.IOException {
    Optional<String> unaudited = staging.unaudited();
    if (unaudited.isPresent()) {
      throw new ConfigException(
          "stages",
          "publish: "
              + unaudited.get()
              + "; run quality (with the same --runId) after the stages that stage gold, then"
              + " publish");
    }
  }

  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    String runId = ctx.config().runId();
    StageOutcome.Builder outcome = StageOutcome.builder(GoldFreshness.PUBLISH, started);
    requireAudited(new RunStaging(ctx.lake(), runId));
    List<Row> audits = Audits.of(ctx);
    Audits.Verdict verdict = Audits.verdict(audits, ctx.config().failOnSeverity());
    List<TableSpec> staged = new ArrayList<>();
    for (TableSpec table : PUBLISHABLE) {
      if (ctx.isStaged(table)) {
        staged.add(table);
      }
    }
    outcome.rows(staged.size(), verdict.blocking().isEmpty() ? staged.size() : 0, 0);
    if (!verdict.blocking().isEmpty()) {
      ctx.lake().commit(runId, "audit", List.of(GoldTables.DATA_QUALITY_RESULTS));
      ctx.lake().discardStaging(runId);
      verdict.blocking().forEach(b -> outcome.note("BLOCKING " + b));
      return outcome
          .status(StageOutcome.Status.BLOCKED)
          .message(
              String.format(
                  "%d of %d audits failed at or above %s; gold not published (%d staged tables"
                      + " dropped)",
                  verdict.blocking().size(),
                  audits.size(),
                  ctx.config().failOnSeverity(),
                  staged.size()))
          .build(ctx.now());
    }
    FaultPoints.reach(FaultPoints.GOLD_STAGED);
    List<TableSpec> publish = new ArrayList<>(staged);
    publish.add(GoldTables.DATA_QUALITY_RESULTS);
    ctx.lake().commit(runId, "publish", publish);
    if (staged.isEmpty()) {
      // Not SUCCEEDED: etl_log's newest successful publish is when gold last changed.
      return outcome
          .status(StageOutcome.Status.SKIPPED)
          .message("nothing staged to publish; the audit results are committed")
          .build(ctx.now());
    }
    for (TableSpec table : staged) {
      outcome.tableRows(table.qualifiedName(), ctx.lake().rowCount(table));
    }
    return outcome
        .message(
            String.format(
                "%d gold tables published (%d audits, %d failed below %s)",
                staged.size(), audits.size(), verdict.failed(), ctx.config().failOnSeverity()))
        .build(ctx.now());
  }
}
