package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.classifications}: one classification path. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class ClassificationRow implements SilverLineage {
  public static final String TABLE = "classifications";

  /** The five ids (segment|genre|subgenre|type|subtype) joined by {@code |}, {@code -} for a missing one. */
  @SchemaFieldNumber("0")
  @SchemaFieldName("classification_id")
  public abstract String getClassificationId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("segment_id")
  public abstract @Nullable String getSegmentId();

  @SchemaFieldNumber("2")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldNumber("3")
  @SchemaFieldName("genre_id")
  public abstract @Nullable String getGenreId();

  @SchemaFieldNumber("4")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldNumber("5")
  @SchemaFieldName("subgenre_id")
  public abstract @Nullable String getSubgenreId();

  @SchemaFieldNumber("6")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  @SchemaFieldNumber("7")
  @SchemaFieldName("type_id")
  public abstract @Nullable String getTypeId();

  @SchemaFieldNumber("8")
  @SchemaFieldName("type_name")
  public abstract @Nullable String getTypeName();

  @SchemaFieldNumber("9")
  @SchemaFieldName("subtype_id")
  public abstract @Nullable String getSubtypeId();

  @SchemaFieldNumber("10")
  @SchemaFieldName("subtype_name")
  public abstract @Nullable String getSubtypeName();

  @SchemaFieldNumber("11")
  @SchemaFieldName("is_family")
  public abstract @Nullable Boolean getIsFamily();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldNumber("12")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldNumber("13")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /** {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record). */
  @SchemaFieldNumber("14")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldNumber("15")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
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
