package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code gold.data_quality_results}: the outcome of one check in one run. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DataQualityResult {
  public static final String CRITICAL = "CRITICAL";
  public static final String HIGH = "HIGH";
  public static final String MEDIUM = "MEDIUM";
  public static final String LOW = "LOW";
  public static final String PASSED = "PASSED";
  public static final String FAILED = "FAILED";
  public static final String WARNING = "WARNING";

  @SchemaFieldDescription("Id of the run whose data was audited.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("run_id")
  public abstract String getRunId();

  @SchemaFieldDescription("Audit name, e.g. orphaned_event_venues or bronze_silver_reconciliation.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("check_name")
  public abstract String getCheckName();

  @SchemaFieldDescription("Table the audit checks, layer.table; null for an audit over several.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("table_name")
  public abstract @Nullable String getTableName();

  /** CRITICAL, HIGH, MEDIUM or LOW. */
  @SchemaFieldDescription(
      "CRITICAL, HIGH, MEDIUM or LOW; a failure at or above the configured level (HIGH by default)"
          + " blocks publishing gold.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("severity")
  public abstract String getSeverity();

  /** PASSED, FAILED or WARNING. */
  @SchemaFieldDescription("PASSED, FAILED or WARNING.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("status")
  public abstract String getStatus();

  @SchemaFieldDescription("Rows that violate the check; 0 when it passed.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("records_affected")
  public abstract long getRecordsAffected();

  /** The check's tolerance, when it has one (e.g. 5.0 for a 5 % gap). */
  @SchemaFieldDescription(
      "The check's tolerance when it has one (e.g. 5.0 for a 5 % reconciliation gap); null"
          + " otherwise.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("threshold")
  public abstract @Nullable Double getThreshold();

  @SchemaFieldDescription("What was measured, in a sentence; null when nothing to add.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("details")
  public abstract @Nullable String getDetails();

  /** A few offending keys, comma-separated. */
  @SchemaFieldDescription("A few offending keys, comma-separated; null when none.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("sample_keys")
  public abstract @Nullable String getSampleKeys();

  @SchemaFieldDescription("UTC instant the audit ran.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("checked_at")
  public abstract Instant getCheckedAt();

  public static Builder builder() {
    return new AutoValue_DataQualityResult.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setRunId(String v);

    public abstract Builder setCheckName(String v);

    public abstract Builder setTableName(@Nullable String v);

    public abstract Builder setSeverity(String v);

    public abstract Builder setStatus(String v);

    public abstract Builder setRecordsAffected(long v);

    public abstract Builder setThreshold(@Nullable Double v);

    public abstract Builder setDetails(@Nullable String v);

    public abstract Builder setSampleKeys(@Nullable String v);

    public abstract Builder setCheckedAt(Instant v);

    public abstract DataQualityResult build();
  }
}
