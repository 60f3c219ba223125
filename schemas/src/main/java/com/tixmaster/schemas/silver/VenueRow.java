package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.venues}: the current state of one venue. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class VenueRow implements SilverLineage {
  public static final String TABLE = "venues";

  @SchemaFieldNumber("0")
  @SchemaFieldName("venue_id")
  public abstract String getVenueId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  @SchemaFieldNumber("2")
  @SchemaFieldName("venue_type")
  public abstract @Nullable String getVenueType();

  @SchemaFieldNumber("3")
  @SchemaFieldName("venue_url")
  public abstract @Nullable String getVenueUrl();

  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  @SchemaFieldNumber("6")
  @SchemaFieldName("postal_code")
  public abstract @Nullable String getPostalCode();

  /** A valid IANA zone id, else null. */
  @SchemaFieldNumber("7")
  @SchemaFieldName("timezone")
  public abstract @Nullable String getTimezone();

  @SchemaFieldNumber("8")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldNumber("9")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldNumber("10")
  @SchemaFieldName("state_code")
  public abstract @Nullable String getStateCode();

  @SchemaFieldNumber("11")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldNumber("12")
  @SchemaFieldName("country_code")
  public abstract @Nullable String getCountryCode();

  @SchemaFieldNumber("13")
  @SchemaFieldName("address_line1")
  public abstract @Nullable String getAddressLine1();

  @SchemaFieldNumber("14")
  @SchemaFieldName("address_line2")
  public abstract @Nullable String getAddressLine2();

  /** In [-90, 90], else null. */
  @SchemaFieldNumber("15")
  @SchemaFieldName("latitude")
  public abstract @Nullable Double getLatitude();

  /** In [-180, 180], else null. */
  @SchemaFieldNumber("16")
  @SchemaFieldName("longitude")
  public abstract @Nullable Double getLongitude();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldNumber("17")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldNumber("18")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /** {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record). */
  @SchemaFieldNumber("19")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldNumber("20")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldNumber("21")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_VenueRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setVenueId(String v);

    public abstract Builder setVenueName(@Nullable String v);

    public abstract Builder setVenueType(@Nullable String v);

    public abstract Builder setVenueUrl(@Nullable String v);

    public abstract Builder setLocale(@Nullable String v);

    public abstract Builder setIsTest(@Nullable Boolean v);

    public abstract Builder setPostalCode(@Nullable String v);

    public abstract Builder setTimezone(@Nullable String v);

    public abstract Builder setCity(@Nullable String v);

    public abstract Builder setState(@Nullable String v);

    public abstract Builder setStateCode(@Nullable String v);

    public abstract Builder setCountry(@Nullable String v);

    public abstract Builder setCountryCode(@Nullable String v);

    public abstract Builder setAddressLine1(@Nullable String v);

    public abstract Builder setAddressLine2(@Nullable String v);

    public abstract Builder setLatitude(@Nullable Double v);

    public abstract Builder setLongitude(@Nullable Double v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract VenueRow build();
  }
}
