package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code gold.dim_classification} (type 1 on {@code classification_id}).
 *
 * <p>Carries the columns of {@code silver.classifications}; a change overwrites the row in place
 * and keeps its surrogate key. Row {@code classification_sk = -1} is the "unknown" member.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DimClassification {
  public static final long UNKNOWN_SK = -1L;

  /** Surrogate key: stable per classification_id; -1 is the unknown member. */
  @SchemaFieldDescription(
      "Surrogate key, stable per classification_id; -1 is the unknown classification.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("classification_sk")
  public abstract long getClassificationSk();

  /** Natural key ({@code -1} for the unknown member). */
  @SchemaFieldDescription(
      "Natural key: segment|genre|subgenre|type|subtype ids joined by | (- for a missing one); -1"
          + " for the unknown classification.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("classification_id")
  public abstract String getClassificationId();

  @SchemaFieldDescription("Ticketmaster segment id.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("segment_id")
  public abstract @Nullable String getSegmentId();

  @SchemaFieldDescription("Segment name, e.g. Music, Sports, Arts & Theatre.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldDescription("Ticketmaster genre id.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("genre_id")
  public abstract @Nullable String getGenreId();

  @SchemaFieldDescription("Genre name within the segment, e.g. Rock, Basketball.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldDescription("Ticketmaster subgenre id.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("subgenre_id")
  public abstract @Nullable String getSubgenreId();

  @SchemaFieldDescription("Subgenre name within the genre, e.g. Pop, NBA.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  @SchemaFieldDescription("Ticketmaster type id.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("type_id")
  public abstract @Nullable String getTypeId();

  @SchemaFieldDescription("Type name, e.g. Group; often Undefined.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("type_name")
  public abstract @Nullable String getTypeName();

  @SchemaFieldDescription("Ticketmaster subtype id.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("subtype_id")
  public abstract @Nullable String getSubtypeId();

  @SchemaFieldDescription("Subtype name, e.g. Band; often Undefined.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("subtype_name")
  public abstract @Nullable String getSubtypeName();

  @SchemaFieldDescription("True when the classification is family-friendly; null when not stated.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("is_family")
  public abstract @Nullable Boolean getIsFamily();

  public static Builder builder() {
    return new AutoValue_DimClassification.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setClassificationSk(long v);

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

    public abstract DimClassification build();
  }
}
