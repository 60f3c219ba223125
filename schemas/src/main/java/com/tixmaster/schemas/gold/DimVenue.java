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
 * One version of a venue in {@code gold.dim_venue} (SCD type 2 on {@code venue_id}).
 *
 * <p>Carries the columns of {@code silver.venues} under the same names. Tracked columns (a change
 * opens a new version): name, type, address lines, city, state, state code, country, country code,
 * postal code, latitude, longitude, timezone and url. {@code locale} is carried but not tracked.
 * Row {@code venue_sk = -1} is the "unknown" member.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DimVenue {
  public static final long UNKNOWN_SK = -1L;

  /** Surrogate key: stable, never reused; -1 is the unknown member. */
  @SchemaFieldDescription(
      "Surrogate key of this venue version; stable and never reused; -1 is the unknown venue.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("venue_sk")
  public abstract long getVenueSk();

  /** Natural key ({@code -1} for the unknown member). */
  @SchemaFieldDescription(
      "Ticketmaster venue id (natural key; -1 for the unknown venue); several versions share it.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("venue_id")
  public abstract String getVenueId();

  @SchemaFieldDescription("Venue name (tracked: a change opens a new version).")
  @SchemaFieldNumber("2")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  @SchemaFieldDescription("Ticketmaster record type, normally venue (tracked).")
  @SchemaFieldNumber("3")
  @SchemaFieldName("venue_type")
  public abstract @Nullable String getVenueType();

  @SchemaFieldDescription("Locale of the record's text, e.g. en-us.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldDescription("Postal or ZIP code (tracked).")
  @SchemaFieldNumber("5")
  @SchemaFieldName("postal_code")
  public abstract @Nullable String getPostalCode();

  @SchemaFieldDescription(
      "IANA time zone of the venue, e.g. America/Chicago (tracked); null when unknown.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("timezone")
  public abstract @Nullable String getTimezone();

  @SchemaFieldDescription("City (tracked).")
  @SchemaFieldNumber("7")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldDescription(
      "State or province name (tracked); null when the country has none or it is missing.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldDescription("State or province code, e.g. CA.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("state_code")
  public abstract @Nullable String getStateCode();

  @SchemaFieldDescription("Country name (tracked).")
  @SchemaFieldNumber("10")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldDescription("ISO 3166-1 alpha-2 country code, e.g. US.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("country_code")
  public abstract @Nullable String getCountryCode();

  @SchemaFieldDescription("First street address line (tracked).")
  @SchemaFieldNumber("12")
  @SchemaFieldName("address_line1")
  public abstract @Nullable String getAddressLine1();

  @SchemaFieldDescription("Second street address line (tracked); usually null.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("address_line2")
  public abstract @Nullable String getAddressLine2();

  @SchemaFieldDescription(
      "WGS84 latitude in decimal degrees (tracked); null when unknown or out of range.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("latitude")
  public abstract @Nullable Double getLatitude();

  @SchemaFieldDescription(
      "WGS84 longitude in decimal degrees (tracked); null when unknown or out of range.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("longitude")
  public abstract @Nullable Double getLongitude();

  @SchemaFieldDescription("Ticketmaster page for the venue (tracked).")
  @SchemaFieldNumber("16")
  @SchemaFieldName("venue_url")
  public abstract @Nullable String getVenueUrl();

  /** When this version became current (the run's as-of instant). */
  @SchemaFieldDescription(
      "UTC instant from which this version is current (the as-of time of the run that opened it).")
  @SchemaFieldNumber("17")
  @SchemaFieldName("valid_from")
  public abstract Instant getValidFrom();

  /** When this version was superseded; null while current. */
  @SchemaFieldDescription(
      "UTC instant at which a newer version replaced this one; null while current.")
  @SchemaFieldNumber("18")
  @SchemaFieldName("valid_to")
  public abstract @Nullable Instant getValidTo();

  /** True for exactly one version per natural key. */
  @SchemaFieldDescription("True for exactly one version per natural key: the current attributes.")
  @SchemaFieldNumber("19")
  @SchemaFieldName("is_current")
  public abstract boolean getIsCurrent();

  /** SHA-256 hex over the tracked columns' canonical values. */
  @SchemaFieldDescription("SHA-256 hex over the tracked columns; a change opens a new version.")
  @SchemaFieldNumber("20")
  @SchemaFieldName("row_hash")
  public abstract String getRowHash();

  /** The run that opened this version; null for the unknown member. */
  @SchemaFieldDescription("Id of the run that opened this version; null for the unknown venue.")
  @SchemaFieldNumber("21")
  @SchemaFieldName("_run_id")
  public abstract @Nullable String getRunId();

  public static Builder builder() {
    return new AutoValue_DimVenue.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setVenueSk(long v);

    public abstract Builder setVenueId(String v);

    public abstract Builder setVenueName(@Nullable String v);

    public abstract Builder setVenueType(@Nullable String v);

    public abstract Builder setLocale(@Nullable String v);

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

    public abstract Builder setVenueUrl(@Nullable String v);

    public abstract Builder setValidFrom(Instant v);

    public abstract Builder setValidTo(@Nullable Instant v);

    public abstract Builder setIsCurrent(boolean v);

    public abstract Builder setRowHash(String v);

    public abstract Builder setRunId(@Nullable String v);

    public abstract DimVenue build();
  }
}
