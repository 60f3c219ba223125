package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.classifications}: one classification path. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ClassificationRow implements SilverLineage {
  public static final String TABLE = "classifications";

  /**
   * The five ids (segment|genre|subgenre|type|subtype) joined by {@code |}, {@code -} for a missing
   * one.
   */
  @SchemaFieldDescription(
      "Deterministic key: the five ids segment|genre|subgenre|type|subtype joined by |, with - for"
          + " a missing one.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("classification_id")
  public abstract String getClassificationId();

  @SchemaFieldDescription(
      "Ticketmaster segment id (top level, e.g. Music, Sports); null when missing.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("segment_id")
  public abstract @Nullable String getSegmentId();

  @SchemaFieldDescription("Segment name, e.g. Music, Sports, Arts & Theatre.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldDescription("Ticketmaster genre id; null when missing.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("genre_id")
  public abstract @Nullable String getGenreId();

  @SchemaFieldDescription("Genre name within the segment, e.g. Rock, Basketball.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldDescription("Ticketmaster subgenre id; null when missing.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("subgenre_id")
  public abstract @Nullable String getSubgenreId();

  @SchemaFieldDescription("Subgenre name within the genre, e.g. Pop, NBA.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  @SchemaFieldDescription("Ticketmaster type id; null when missing.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("type_id")
  public abstract @Nullable String getTypeId();

  @SchemaFieldDescription("Type name, e.g. Group; often Undefined.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("type_name")
  public abstract @Nullable String getTypeName();

  @SchemaFieldDescription("Ticketmaster subtype id; null when missing.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("subtype_id")
  public abstract @Nullable String getSubtypeId();

  @SchemaFieldDescription("Subtype name, e.g. Band; often Undefined.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("subtype_name")
  public abstract @Nullable String getSubtypeName();

  @SchemaFieldDescription(
      "True when Ticketmaster marks the classification family-friendly; null when not stated.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("is_family")
  public abstract @Nullable Boolean getIsFamily();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("14")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
  @SchemaFieldNumber("16")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_ClassificationRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setClassificationId(String v);

    public abstract Builder setSegmentId(@Nullable String v);

    public abstract Builder setSegmentName(@Nullable String v);

    public abstract Builder setGenreId(@Nullable String v);

    public abstract Builder setGenreName(@Nullable String v);

    public abstract Builder setSubgenreId(@Nullable String v);

    public abstract Builder setSubgenreName(@Nullable String v);

    public abstract Builder setTypeId(@Nullable String v);

    public abstract Builder setTypeName(@Nullable String v);

    public abstract Builder setSubtypeId(@Nullable String v);

    public abstract Builder setSubtypeName(@Nullable String v);

    public abstract Builder setIsFamily(@Nullable Boolean v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract ClassificationRow build();
  }
}
