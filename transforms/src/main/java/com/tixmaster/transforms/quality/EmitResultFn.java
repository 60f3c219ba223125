package com.tixmaster.transforms.quality;

import com.tixmaster.schemas.gold.DataQualityResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Stamps a check's {@link Outcome} with the run and the check's definition: one {@code
 * data_quality_results} row. Counts {@code quality/<check>_failed} (and {@code _warning}).
 */
final class EmitResultFn extends DoFn<Outcome, DataQualityResult> {
  private final CheckDefinition check;
  private final QualityConfig config;
  private final Counter failed;
  private final Counter warnings;

  EmitResultFn(CheckDefinition check, QualityConfig config) {
    this.check = check;
    this.config = config;
    this.failed = Metrics.counter("quality", check.name() + "_failed");
    this.warnings = Metrics.counter("quality", check.name() + "_warning");
  }

  @ProcessElement
  public void process(@Element Outcome outcome, OutputReceiver<DataQualityResult> out) {
    if (DataQualityResult.FAILED.equals(outcome.status)) {
      failed.inc();
    } else if (DataQualityResult.WARNING.equals(outcome.status)) {
      warnings.inc();
    }
    out.output(
        DataQualityResult.builder()
            .setRunId(config.runId())
            .setCheckName(check.name())
            .setTableName(check.table())
            .setSeverity(check.severity())
            .setStatus(outcome.status)
            .setRecordsAffected(outcome.recordsAffected)
            .setThreshold(outcome.threshold)
            .setDetails(outcome.details)
            .setSampleKeys(outcome.sampleKeys)
            .setCheckedAt(config.asOf())
            .build());
  }
}
