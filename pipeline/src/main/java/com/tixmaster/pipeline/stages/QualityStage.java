package com.tixmaster.pipeline.stages;

import com.tixmaster.pipeline.config.Severity;
import com.tixmaster.pipeline.run.FaultPoints;
import com.tixmaster.pipeline.run.RunContext;
import com.tixmaster.pipeline.run.StageOutcome;
import com.tixmaster.schemas.TableSpec;
import com.tixmaster.schemas.bronze.BronzeTables;
import com.tixmaster.schemas.gold.DataQualityResult;
import com.tixmaster.schemas.gold.GoldTables;
import com.tixmaster.schemas.silver.SilverTables;
import com.tixmaster.transforms.quality.QualityConfig;
import com.tixmaster.transforms.quality.QualityInput;
import com.tixmaster.transforms.quality.QualityTransform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.joda.time.Instant;

/**
 * The audits and the publish gate (write-audit-publish). The eleven checks run on the committed
 * silver and on the gold this run staged (or the published gold for tables it did not stage). When
 * no check at or above {@code --failOnSeverity} failed, every staged gold table and the audit
 * results are published in one atomic commit. Otherwise only the audit results are committed, the
 * staged gold is dropped, gold stays exactly as it was, and the run ends with exit 3.
 */
public final class QualityStage implements StageRunner {
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

  @Override
  public StageOutcome run(RunContext ctx) throws Exception {
    Instant started = ctx.now();
    String runId = ctx.config().runId();
    StageOutcome.Builder outcome = StageOutcome.builder("quality", started);

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
    p.run().waitUntilFinish();

    List<Row> audits =
        new ArrayList<>(ctx.lake().readStagedRows(runId, GoldTables.DATA_QUALITY_RESULTS));
    audits.sort(Comparator.comparing(r -> r.getString("check_name")));
    List<String> blocking = new ArrayList<>();
    int failed = 0;
    for (Row audit : audits) {
      String status = audit.getString("status");
      Severity severity = Severity.valueOf(audit.getString("severity"));
      outcome.note(
          String.format(
              "audit %-8s %-8s %-32s %6d  %s",
              status,
              severity,
              audit.getString("check_name"),
              audit.getInt64("records_affected"),
              audit.getString("details")));
      if ("FAILED".equals(status)) {
        failed++;
        if (severity.blocksAt(ctx.config().failOnSeverity())) {
          blocking.add(
              audit.getString("check_name") + " (" + severity + "): " + audit.getString("details"));
        }
      }
    }
    // data_quality_results is rewritten whole: earlier runs' rows, then this run's.
    List<Row> earlier = new ArrayList<>();
    for (Row row : ctx.lake().readRows(GoldTables.DATA_QUALITY_RESULTS)) {
      if (!runId.equals(row.getString("run_id"))) {
        earlier.add(row);
      }
    }
    ctx.lake().stageRows(runId, GoldTables.DATA_QUALITY_RESULTS, earlier);

    List<TableSpec> staged = new ArrayList<>();
    for (TableSpec table : PUBLISHABLE) {
      if (ctx.isStaged(table)) {
        staged.add(table);
      }
    }
    outcome.rows(audits.size(), audits.size() - failed, failed);
    if (!blocking.isEmpty()) {
      ctx.lake().commit(runId, "audit", List.of(GoldTables.DATA_QUALITY_RESULTS));
      ctx.lake().discardStaging(runId);
      blocking.forEach(b -> outcome.note("BLOCKING " + b));
      return outcome
          .status(StageOutcome.Status.BLOCKED)
          .message(
              String.format(
                  "%d of %d audits failed at or above %s; gold not published (%d staged tables"
                      + " dropped)",
                  blocking.size(), audits.size(), ctx.config().failOnSeverity(), staged.size()))
          .build(ctx.now());
    }
    FaultPoints.reach(FaultPoints.GOLD_STAGED);
    List<TableSpec> publish = new ArrayList<>(staged);
    publish.add(GoldTables.DATA_QUALITY_RESULTS);
    ctx.lake().commit(runId, "publish", publish);
    if (!staged.isEmpty()) {
      ctx.record(
          StageOutcome.builder(GoldFreshness.PUBLISH, ctx.now())
              .rows(staged.size(), staged.size(), 0)
              .message(staged.size() + " gold tables published")
              .build(ctx.now()));
      for (TableSpec table : staged) {
        outcome.tableRows(table.qualifiedName(), ctx.lake().rowCount(table));
      }
    }
    return outcome
        .message(
            String.format(
                "%d audits: %d passed, %d failed below %s; %s",
                audits.size(),
                audits.size() - failed,
                failed,
                ctx.config().failOnSeverity(),
                staged.isEmpty()
                    ? "nothing staged to publish"
                    : staged.size() + " gold tables published"))
        .build(ctx.now());
  }
}
