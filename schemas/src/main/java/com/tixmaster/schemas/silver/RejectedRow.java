package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code silver._rejected}: an observation silver could not use, with a stable reason
 * code.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RejectedRow {
  public static final String TABLE = "_rejected";

  /** events, venues, attractions, classifications, or the unknown entity as given. */
  @SchemaFieldDescription(
      "Entity of the rejected record: events, venues, attractions, classifications, or an unknown"
          + " entity as given.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** The record's id when it had a usable one (for an embedded copy: its parent's id). */
  @SchemaFieldDescription(
      "The record's id when it had a usable one (for an embedded copy, its parent's id); null"
          + " otherwise.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("record_id")
  public abstract @Nullable String getRecordId();

  /** Stable code: see {@code SilverReasons} in the transforms module. */
  @SchemaFieldDescription("Stable reason code, e.g. missing_id or invalid_id.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("reason_code")
  public abstract String getReasonCode();

  /** A sentence for people. */
  @SchemaFieldDescription("The reason in a sentence, for people.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("reason_detail")
  public abstract String getReasonDetail();

  /** The offending JSON text. */
  @SchemaFieldDescription("The offending record's JSON text; null when not kept.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("payload")
  public abstract @Nullable String getPayload();

  @SchemaFieldDescription("Landing file of the record, relative to the landing root.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_source_file")
  public abstract String getSourceFile();

  @SchemaFieldDescription(
      "0-based position of the record (for an embedded copy, its parent record) in _source_file.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("_record_index")
  public abstract long getRecordIndex();

  /** {@code standalone} for a bronze record, {@code embedded} for a copy inside another record. */
  @SchemaFieldDescription(
      "standalone for a bronze record, embedded for a copy inside another record.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("_origin")
  public abstract String getOrigin();

  /** The silver run that rejected it. */
  @SchemaFieldDescription("Id of the silver run that rejected the record.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  @SchemaFieldDescription("UTC instant at which bronze read the record's file.")
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
