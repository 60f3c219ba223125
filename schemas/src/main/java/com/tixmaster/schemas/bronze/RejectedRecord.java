package com.tixmaster.schemas.bronze;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code bronze._rejected_records}: a record of a readable file that is not a JSON
 * object.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RejectedRecord {
  @SchemaFieldDescription(
      "Entity folder of the file the record came from: events, venues, attractions or"
          + " classifications.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** Stable code, e.g. {@code not_an_object} or {@code invalid_json}. */
  @SchemaFieldDescription(
      "Stable reason the record was rejected, e.g. not_an_object or invalid_json.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("reason_code")
  public abstract String getReasonCode();

  @SchemaFieldDescription("The reason in a sentence, for people.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("reason_detail")
  public abstract String getReasonDetail();

  /** The offending JSON text (cut to a bounded length). */
  @SchemaFieldDescription(
      "The offending record's text, cut to a bounded length; null when nothing could be kept.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("payload")
  public abstract @Nullable String getPayload();

  @SchemaFieldDescription("Landing file the record came from, relative to the landing root.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("_source_file")
  public abstract String getSourceFile();

  @SchemaFieldDescription("0-based position of the record (or NDJSON line) in its file.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_record_index")
  public abstract long getRecordIndex();

  @SchemaFieldDescription("UTC instant at which the bronze run read the file.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("_ingestion_timestamp")
  public abstract Instant getIngestionTimestamp();

  @SchemaFieldDescription("Id of the bronze run that read the file.")
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
