package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.events}: the current state of one event. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EventRow implements SilverLineage {
  public static final String TABLE = "events";

  /** Ticketmaster event id; the primary key. */
  @SchemaFieldDescription("Ticketmaster event id; the primary key.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldDescription("Event name as published, trimmed; null when missing.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  @SchemaFieldDescription("Ticketmaster record type, normally event.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("event_type")
  public abstract @Nullable String getEventType();

  @SchemaFieldDescription("Ticketmaster page for the event; null when missing.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("event_url")
  public abstract @Nullable String getEventUrl();

  @SchemaFieldDescription("Locale of the record's text, e.g. en-us.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldDescription(
      "True for Ticketmaster test events, which reports and KPIs exclude; null when the record does"
          + " not say.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  @SchemaFieldDescription("Free-text description of the event, when Ticketmaster provides one.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("description")
  public abstract @Nullable String getDescription();

  @SchemaFieldDescription("Free-text additional information about the event, when provided.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("additional_info")
  public abstract @Nullable String getAdditionalInfo();

  @SchemaFieldDescription(
      "General information about the event (the API's info field), when provided.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("info")
  public abstract @Nullable String getInfo();

  @SchemaFieldDescription(
      "Notices for buyers (the API's pleaseNote field), e.g. bag policies; null when none.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("please_note")
  public abstract @Nullable String getPleaseNote();

  /** Venue-local start date, ISO {@code yyyy-MM-dd} (a DATE column). */
  @SchemaFieldDescription(
      "Venue-local calendar date of the event start; null when the date is TBA or missing.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("event_date")
  public abstract @Nullable String getEventDate();

  /** Venue-local start time, {@code HH:mm:ss}. */
  @SchemaFieldDescription(
      "Venue-local start time as HH:mm:ss; null when the time is TBA or there is no specific time.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("event_local_time")
  public abstract @Nullable String getEventLocalTime();

  /** {@code dates.start.dateTime}, else localDate + localTime in {@code event_timezone}. */
  @SchemaFieldDescription(
      "Start instant in UTC: the API's dateTime, else the local date and time in event_timezone;"
          + " null when either is unknown.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  /** {@code dates.timezone}, else the primary venue's timezone. */
  @SchemaFieldDescription(
      "IANA time zone of the event (the API's dates.timezone, else the primary venue's timezone);"
          + " null when neither is known.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("event_timezone")
  public abstract @Nullable String getEventTimezone();

  @SchemaFieldDescription("True when the event date is to be announced.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("date_tba")
  public abstract @Nullable Boolean getDateTba();

  @SchemaFieldDescription("True when the event date is to be decided.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("date_tbd")
  public abstract @Nullable Boolean getDateTbd();

  @SchemaFieldDescription("True when the start time is to be announced.")
  @SchemaFieldNumber("16")
  @SchemaFieldName("time_tba")
  public abstract @Nullable Boolean getTimeTba();

  @SchemaFieldDescription("True when the event has no specific start time (e.g. a multi-day pass).")
  @SchemaFieldNumber("17")
  @SchemaFieldName("no_specific_time")
  public abstract @Nullable Boolean getNoSpecificTime();

  /**
   * onsale, offsale, cancelled (also for {@code canceled}), postponed, rescheduled, or an unknown
   * code kept as is.
   */
  @SchemaFieldDescription(
      "Sales status: onsale, offsale, cancelled (canceled is normalised to it), postponed or"
          + " rescheduled; an unknown code is kept as is; null when missing.")
  @SchemaFieldNumber("18")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  /** Null for the {@code 1900-01-01} placeholder. */
  @SchemaFieldDescription(
      "UTC instant public ticket sales start; null when unknown or given as the 1900-01-01"
          + " placeholder.")
  @SchemaFieldNumber("19")
  @SchemaFieldName("sales_public_start_utc")
  public abstract @Nullable Instant getSalesPublicStartUtc();

  @SchemaFieldDescription("UTC instant public ticket sales end; null when unknown.")
  @SchemaFieldNumber("20")
  @SchemaFieldName("sales_public_end_utc")
  public abstract @Nullable Instant getSalesPublicEndUtc();

  /** FK to classifications: the primary classification (primary:true, else the first). */
  @SchemaFieldDescription(
      "The event's primary classification (primary:true, else the first); FK to"
          + " silver.classifications.classification_id; null when it has none.")
  @SchemaFieldNumber("21")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  /** The venue at venue_order 0. */
  @SchemaFieldDescription(
      "The event's first venue (venue_order 0 in silver.event_venues); FK to"
          + " silver.venues.venue_id; null when no venue is given.")
  @SchemaFieldNumber("22")
  @SchemaFieldName("primary_venue_id")
  public abstract @Nullable String getPrimaryVenueId();

  /** The attraction at billing_order 0. */
  @SchemaFieldDescription(
      "The headliner (billing_order 0 in silver.event_attractions); FK to"
          + " silver.attractions.attraction_id; null when no attraction is given.")
  @SchemaFieldNumber("23")
  @SchemaFieldName("headliner_attraction_id")
  public abstract @Nullable String getHeadlinerAttractionId();

  /** From the "standard" price range if present, else the first. */
  @SchemaFieldDescription(
      "Lowest ticket price of the standard price range (else the first range), per ticket in"
          + " price_currency; null when no price or when min > max.")
  @SchemaFieldNumber("24")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldDescription(
      "Highest ticket price of the same range, per ticket in price_currency; null when no price or"
          + " when min > max.")
  @SchemaFieldNumber("25")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldDescription("ISO 4217 currency code of price_min and price_max, e.g. USD.")
  @SchemaFieldNumber("26")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldDescription(
      "Landing file, relative to the landing root, of the observation this row came from; for a"
          + " copy embedded in another record, that record's file.")
  @SchemaFieldNumber("27")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldDescription(
      "0-based position of the observation's record in _source_file; for an embedded copy, its"
          + " parent record's position.")
  @SchemaFieldNumber("28")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /**
   * {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record).
   */
  @SchemaFieldDescription(
      "standalone when the row came from the entity's own API endpoint, embedded when from a copy"
          + " inside another entity's record (e.g. a venue inside an event).")
  @SchemaFieldNumber("29")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldDescription("Id of the silver run that wrote this version of the row.")
  @SchemaFieldNumber("30")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
  @SchemaFieldDescription(
      "UTC instant at which bronze read the observation's landing file; dedup keeps the newest"
          + " observation by this, then _source_file, then _record_index.")
  @SchemaFieldNumber("31")
  @SchemaFieldName("_ingestion_timestamp")
  @Override
  public abstract Instant getIngestionTimestamp();

  public static Builder builder() {
    return new AutoValue_EventRow.Builder();
  }

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String v);

    public abstract Builder setEventName(@Nullable String v);

    public abstract Builder setEventType(@Nullable String v);

    public abstract Builder setEventUrl(@Nullable String v);

    public abstract Builder setLocale(@Nullable String v);

    public abstract Builder setIsTest(@Nullable Boolean v);

    public abstract Builder setDescription(@Nullable String v);

    public abstract Builder setAdditionalInfo(@Nullable String v);

    public abstract Builder setInfo(@Nullable String v);

    public abstract Builder setPleaseNote(@Nullable String v);

    public abstract Builder setEventDate(@Nullable String v);

    public abstract Builder setEventLocalTime(@Nullable String v);

    public abstract Builder setEventDatetimeUtc(@Nullable Instant v);

    public abstract Builder setEventTimezone(@Nullable String v);

    public abstract Builder setDateTba(@Nullable Boolean v);

    public abstract Builder setDateTbd(@Nullable Boolean v);

    public abstract Builder setTimeTba(@Nullable Boolean v);

    public abstract Builder setNoSpecificTime(@Nullable Boolean v);

    public abstract Builder setStatusCode(@Nullable String v);

    public abstract Builder setSalesPublicStartUtc(@Nullable Instant v);

    public abstract Builder setSalesPublicEndUtc(@Nullable Instant v);

    public abstract Builder setClassificationId(@Nullable String v);

    public abstract Builder setPrimaryVenueId(@Nullable String v);

    public abstract Builder setHeadlinerAttractionId(@Nullable String v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setPriceCurrency(@Nullable String v);

    public abstract Builder setSourceFile(String v);

    public abstract Builder setRecordIndex(long v);

    public abstract Builder setOrigin(String v);

    public abstract Builder setRunId(String v);

    public abstract Builder setIngestionTimestamp(Instant v);

    public abstract EventRow build();
  }
}
