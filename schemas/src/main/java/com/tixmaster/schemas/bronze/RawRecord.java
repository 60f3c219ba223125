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
 * One row of {@code bronze.<entity>_raw}: one record of one landed file, its JSON text unchanged,
 * plus the lineage columns. The same type serves all four raw tables; {@code entity} routes it.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class RawRecord {
  /** events, venues, attractions or classifications. */
  @SchemaFieldDescription(
      "API entity of the record: events, venues, attractions or classifications (the same as the"
          + " table's name without _raw).")
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity")
  public abstract String getEntity();

  /** The record's {@code id}; null when it has none (bronze keeps it anyway). */
  @SchemaFieldDescription(
      "The record's Ticketmaster id field as landed; null when the record has none (bronze keeps it"
          + " anyway and silver rejects it).")
  @SchemaFieldNumber("1")
  @SchemaFieldName("record_id")
  public abstract @Nullable String getRecordId();

  /** The record's JSON text, byte-for-byte as landed. */
  @SchemaFieldDescription("The record's JSON text exactly as landed, unparsed.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("payload")
  public abstract String getPayload();

  /** The file's path relative to the landing root. */
  @SchemaFieldDescription(
      "Landing file the record came from, relative to the landing root"
          + " (<entity>/YYYY/MM/DD/<file>.json); with _record_index, the row's key.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("_source_file")
  public abstract String getSourceFile();

  /** The record's 0-based position in its file. */
  @SchemaFieldDescription(
      "0-based position of the record in its landing file; with _source_file, the row's key.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("_record_index")
  public abstract long getRecordIndex();

  @SchemaFieldDescription("UTC instant at which this bronze run read the file.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("_ingestion_timestamp")
  public abstract Instant getIngestionTimestamp();

  /** UTC calendar date of the ingestion, ISO yyyy-MM-dd (a DATE column in the lake). */
  @SchemaFieldDescription("UTC calendar date of _ingestion_timestamp.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("_ingestion_date")
  public abstract String getIngestionDate();

  @SchemaFieldDescription("Id of the bronze run that read the file (the job run id on Databricks).")
  @SchemaFieldNumber("7")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  public static Builder builder() {
    return new AutoValue_RawRecord.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEntity(String v);

    public abstract Builder setRecordId(@Nullable String v);

    public abstract Builder setPayload(String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract Builder setIngestionDate(String v);

    public abstract Builder setRunId(String v);

    public abstract RawRecord build();
  }
}
