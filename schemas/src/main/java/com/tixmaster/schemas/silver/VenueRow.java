package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.venues}: the current state of one venue. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class VenueRow implements SilverLineage {
  public static final String TABLE = "venues";

  @SchemaFieldDescription("Ticketmaster venue id; the primary key.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("venue_id")
  public abstract String getVenueId();

  @SchemaFieldDescription("Venue name; null when missing.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  @SchemaFieldDescription("Ticketmaster record type, normally venue.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("venue_type")
  public abstract @Nullable String getVenueType();

  @SchemaFieldDescription("Ticketmaster page for the venue; null when missing.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("venue_url")
  public abstract @Nullable String getVenueUrl();

  @SchemaFieldDescription("Locale of the record's text, e.g. en-us.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldDescription("True for Ticketmaster test venues; null when the record does not say.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  @SchemaFieldDescription("Postal or ZIP code, as text; null when missing.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("postal_code")
  public abstract @Nullable String getPostalCode();

  /** A valid IANA zone id, else null. */
  @SchemaFieldDescription(
      "IANA time zone of the venue, e.g. America/New_York; null when missing or not a valid zone"
          + " id.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("timezone")
  public abstract @Nullable String getTimezone();

  @SchemaFieldDescription("City name.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldDescription(
      "State or province name; null outside countries that have one or when missing.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldDescription("State or province code, e.g. CA.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("state_code")
  public abstract @Nullable String getStateCode();

  @SchemaFieldDescription("Country name.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldDescription("ISO 3166-1 alpha-2 country code, e.g. US.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("country_code")
  public abstract @Nullable String getCountryCode();

  @SchemaFieldDescription("First street address line.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("address_line1")
  public abstract @Nullable String getAddressLine1();

  @SchemaFieldDescription("Second street address line; usually null.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("address_line2")
  public abstract @Nullable String getAddressLine2();

  /** In [-90, 90], else null. */
  @SchemaFieldDescription(
      "WGS84 latitude in decimal degrees; null when missing, unparseable or outside [-90, 90].")
  @SchemaFieldNumber("15")
  @SchemaFieldName("latitude")
  public abstract @Nullable Double getLatitude();

  /** In [-180, 180], else null. */
  @SchemaFieldDescription(
      "WGS84 longitude in decimal degrees; null when missing, unparseable or outside [-180, 180].")
  @SchemaFieldNumber("16")
  @SchemaFieldName("longitude")
  public abstract @Nullable Double getLongitude();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("17")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("18")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("19")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("20")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
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
