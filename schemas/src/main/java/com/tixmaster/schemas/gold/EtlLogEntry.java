package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code gold.etl_log}: one stage of one run. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EtlLogEntry {
  @SchemaFieldDescription("Id of the run (the job run id on Databricks).")
  @SchemaFieldNumber("0")
  @SchemaFieldName("run_id")
  public abstract String getRunId();

  @SchemaFieldDescription(
      "Pipeline stage, e.g. ingest, bronze, silver, quality, gold, summary or documents; one row"
          + " per run and stage.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("stage")
  public abstract String getStage();

  @SchemaFieldDescription("UTC instant the stage started.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("started_at")
  public abstract Instant getStartedAt();

  @SchemaFieldDescription("UTC instant the stage ended; null if it did not.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("ended_at")
  public abstract @Nullable Instant getEndedAt();

  @SchemaFieldDescription(
      "SUCCEEDED, SKIPPED (nothing to do), BLOCKED (audits kept gold unpublished) or FAILED.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("status")
  public abstract String getStatus();

  @SchemaFieldDescription("Rows the stage read; null when not measured.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("rows_in")
  public abstract @Nullable Long getRowsIn();

  @SchemaFieldDescription("Rows the stage wrote; null when not measured.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("rows_out")
  public abstract @Nullable Long getRowsOut();

  @SchemaFieldDescription("Rows the stage rejected; null when not measured.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("rows_rejected")
  public abstract @Nullable Long getRowsRejected();

  /** The run's parameters as JSON text; never a secret. */
  @SchemaFieldDescription("The run's parameters as JSON text; never contains a secret.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("parameters")
  public abstract @Nullable String getParameters();

  @SchemaFieldDescription("Why the stage failed or was blocked; null on success.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("error_message")
  public abstract @Nullable String getErrorMessage();

  @SchemaFieldDescription("Beam runner: DirectRunner or SparkRunner.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("runner")
  public abstract @Nullable String getRunner();

  public static Builder builder() {
    return new AutoValue_EtlLogEntry.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setRunId(String v);

    public abstract Builder setStage(String v);

    public abstract Builder setStartedAt(Instant v);

    public abstract Builder setEndedAt(@Nullable Instant v);

    public abstract Builder setStatus(String v);

    public abstract Builder setRowsIn(@Nullable Long v);

    public abstract Builder setRowsOut(@Nullable Long v);

    public abstract Builder setRowsRejected(@Nullable Long v);

    public abstract Builder setParameters(@Nullable String v);

    public abstract Builder setErrorMessage(@Nullable String v);

    public abstract Builder setRunner(@Nullable String v);

    public abstract EtlLogEntry build();
  }
}
