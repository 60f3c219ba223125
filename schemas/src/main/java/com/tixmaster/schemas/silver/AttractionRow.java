package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.attractions}: the current state of one attraction. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class AttractionRow implements SilverLineage {
  public static final String TABLE = "attractions";

  @SchemaFieldDescription("Ticketmaster attraction (performer, team or show) id; the primary key.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("attraction_id")
  public abstract String getAttractionId();

  @SchemaFieldDescription("Attraction name; null when missing.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldDescription("Ticketmaster record type, normally attraction.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("attraction_type")
  public abstract @Nullable String getAttractionType();

  @SchemaFieldDescription("Ticketmaster page for the attraction; null when missing.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("attraction_url")
  public abstract @Nullable String getAttractionUrl();

  @SchemaFieldDescription("Locale of the record's text, e.g. en-us.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldDescription(
      "True for Ticketmaster test attractions; null when the record does not say.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  /** FK to classifications: the primary classification. */
  @SchemaFieldDescription(
      "The attraction's primary classification; FK to silver.classifications.classification_id;"
          + " null when it has none.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("9")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_AttractionRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setAttractionId(String v);

    public abstract Builder setAttractionName(@Nullable String v);

    public abstract Builder setAttractionType(@Nullable String v);

    public abstract Builder setAttractionUrl(@Nullable String v);

    public abstract Builder setLocale(@Nullable String v);

    public abstract Builder setIsTest(@Nullable Boolean v);

    public abstract Builder setClassificationId(@Nullable String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract AttractionRow build();
  }
}
