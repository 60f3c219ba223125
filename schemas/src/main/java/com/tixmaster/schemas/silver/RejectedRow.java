package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver._rejected}: an observation silver could not use, with a stable reason code. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RejectedRow {
  public static final String TABLE = "_rejected";

  /** events, venues, attractions, classifications, or the unknown entity as given. */
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** The record's id when it had a usable one (for an embedded copy: its parent's id). */
  @SchemaFieldNumber("1")
  @SchemaFieldName("record_id")
  public abstract @Nullable String getRecordId();

  /** Stable code: see {@code SilverReasons} in the transforms module. */
  @SchemaFieldNumber("2")
  @SchemaFieldName("reason_code")
  public abstract String getReasonCode();

  /** A sentence for people. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("reason_detail")
  public abstract String getReasonDetail();

  /** The offending JSON text. */
  @SchemaFieldNumber("4")
  @SchemaFieldName("payload")
  public abstract @Nullable String getPayload();

  @SchemaFieldNumber("5")
  @SchemaFieldName("_source_file")
  public abstract String getSourceFile();

  @SchemaFieldNumber("6")
  @SchemaFieldName("_record_index")
  public abstract long getRecordIndex();

  /** {@code standalone} for a bronze record, {@code embedded} for a copy inside another record. */
  @SchemaFieldNumber("7")
  @SchemaFieldName("_origin")
  public abstract String getOrigin();

  /** The silver run that rejected it. */
  @SchemaFieldNumber("8")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  @SchemaFieldNumber("9")
  @SchemaFieldName("_ingestion_timestamp")
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_RejectedRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEntity(String v);

    public abstract Builder setRecordId(@Nullable String v);

    public abstract Builder setReasonCode(String v);

    public abstract Builder setReasonDetail(String v);

    public abstract Builder setPayload(@Nullable String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract RejectedRow build();
  }
}
