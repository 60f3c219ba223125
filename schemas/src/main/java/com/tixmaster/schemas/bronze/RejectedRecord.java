package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code bronze._rejected_records}: a record of a readable file that is not a JSON object. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RejectedRecord {
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** Stable code, e.g. {@code not_an_object} or {@code invalid_json}. */
  @SchemaFieldNumber("1")
  @SchemaFieldName("reason_code")
  public abstract String getReasonCode();

  @SchemaFieldNumber("2")
  @SchemaFieldName("reason_detail")
  public abstract String getReasonDetail();

  /** The offending JSON text (cut to a bounded length). */
  @SchemaFieldNumber("3")
  @SchemaFieldName("payload")
  public abstract @Nullable String getPayload();

  @SchemaFieldNumber("4")
  @SchemaFieldName("_source_file")
  public abstract String getSourceFile();

  @SchemaFieldNumber("5")
  @SchemaFieldName("_record_index")
  public abstract long getRecordIndex();

  @SchemaFieldNumber("6")
  @SchemaFieldName("_ingestion_timestamp")
  public abstract Instant getIngestionTimestamp();

  @SchemaFieldNumber("7")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  public static Builder builder() {
    return new AutoValue_RejectedRecord.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEntity(String v);

    public abstract Builder setReasonCode(String v);

    public abstract Builder setReasonDetail(String v);

    public abstract Builder setPayload(@Nullable String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract Builder setRunId(String v);

    public abstract RejectedRecord build();
  }
}
