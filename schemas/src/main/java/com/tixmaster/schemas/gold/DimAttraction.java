package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One version of an attraction in {@code gold.dim_attraction} (SCD type 2 on {@code
 * attraction_id}).
 *
 * <p>The attraction joined to its classification. Tracked: name, type, url, segment, genre and
 * subgenre. Row {@code attraction_sk = -1} is the "unknown" member.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DimAttraction {
  public static final long UNKNOWN_SK = -1L;

  /** Surrogate key: stable, never reused; -1 is the unknown member. */
  @SchemaFieldDescription(
      "Surrogate key of this attraction version; stable and never reused; -1 is the unknown"
          + " attraction.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("attraction_sk")
  public abstract long getAttractionSk();

  /** Natural key ({@code -1} for the unknown member). */
  @SchemaFieldDescription(
      "Ticketmaster attraction id (natural key; -1 for the unknown attraction); several versions"
          + " share it.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("attraction_id")
  public abstract String getAttractionId();

  @SchemaFieldDescription("Performer, team or show name (tracked: a change opens a new version).")
  @SchemaFieldNumber("2")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldDescription("Ticketmaster record type, normally attraction (tracked).")
  @SchemaFieldNumber("3")
  @SchemaFieldName("attraction_type")
  public abstract @Nullable String getAttractionType();

  @SchemaFieldDescription("Ticketmaster page for the attraction (tracked).")
  @SchemaFieldNumber("4")
  @SchemaFieldName("attraction_url")
  public abstract @Nullable String getAttractionUrl();

  @SchemaFieldDescription(
      "Segment of the attraction's primary classification, e.g. Music (tracked).")
  @SchemaFieldNumber("5")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldDescription("Genre of the attraction's primary classification, e.g. Rock (tracked).")
  @SchemaFieldNumber("6")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldDescription("Subgenre of the attraction's primary classification (tracked).")
  @SchemaFieldNumber("7")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  /** When this version became current (the run's as-of instant). */
  @SchemaFieldDescription(
      "UTC instant from which this version is current (the as-of time of the run that opened it).")
  @SchemaFieldNumber("8")
  @SchemaFieldName("valid_from")
  public abstract Instant getValidFrom();

  /** When this version was superseded; null while current. */
  @SchemaFieldDescription(
      "UTC instant at which a newer version replaced this one; null while current.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("valid_to")
  public abstract @Nullable Instant getValidTo();

  /** True for exactly one version per natural key. */
  @SchemaFieldDescription("True for exactly one version per natural key: the current attributes.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("is_current")
  public abstract boolean getIsCurrent();

  /** SHA-256 hex over the tracked columns' canonical values. */
  @SchemaFieldDescription("SHA-256 hex over the tracked columns; a change opens a new version.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("row_hash")
  public abstract String getRowHash();

  /** The run that opened this version; null for the unknown member. */
  @SchemaFieldDescription(
      "Id of the run that opened this version; null for the unknown attraction.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("_run_id")
  public abstract @Nullable String getRunId();

  public static Builder builder() {
    return new AutoValue_DimAttraction.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setAttractionSk(long v);

    public abstract Builder setAttractionId(String v);

    public abstract Builder setAttractionName(@Nullable String v);

    public abstract Builder setAttractionType(@Nullable String v);

    public abstract Builder setAttractionUrl(@Nullable String v);

    public abstract Builder setSegmentName(@Nullable String v);

    public abstract Builder setGenreName(@Nullable String v);

    public abstract Builder setSubgenreName(@Nullable String v);

    public abstract Builder setValidFrom(Instant v);

    public abstract Builder setValidTo(@Nullable Instant v);

    public abstract Builder setIsCurrent(boolean v);

    public abstract Builder setRowHash(String v);

    public abstract Builder setRunId(@Nullable String v);

    public abstract DimAttraction build();
  }
}
