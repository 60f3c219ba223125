package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.attractions}: the current state of one attraction. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class AttractionRow implements SilverLineage {
  public static final String TABLE = "attractions";

  @SchemaFieldNumber("0")
  @SchemaFieldName("attraction_id")
  public abstract String getAttractionId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldNumber("2")
  @SchemaFieldName("attraction_type")
  public abstract @Nullable String getAttractionType();

  @SchemaFieldNumber("3")
  @SchemaFieldName("attraction_url")
  public abstract @Nullable String getAttractionUrl();

  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  /** FK to classifications: the primary classification. */
  @SchemaFieldNumber("6")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldNumber("7")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldNumber("8")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /** {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record). */
  @SchemaFieldNumber("9")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldNumber("10")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
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
