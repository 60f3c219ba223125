package com.tixmaster.schemas.silver;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/** One row of {@code silver.events}: the current state of one event. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EventRow implements SilverLineage {
  public static final String TABLE = "events";

  /** Ticketmaster event id; the primary key. */
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  @SchemaFieldNumber("2")
  @SchemaFieldName("event_type")
  public abstract @Nullable String getEventType();

  @SchemaFieldNumber("3")
  @SchemaFieldName("event_url")
  public abstract @Nullable String getEventUrl();

  @SchemaFieldNumber("4")
  @SchemaFieldName("locale")
  public abstract @Nullable String getLocale();

  @SchemaFieldNumber("5")
  @SchemaFieldName("is_test")
  public abstract @Nullable Boolean getIsTest();

  @SchemaFieldNumber("6")
  @SchemaFieldName("description")
  public abstract @Nullable String getDescription();

  @SchemaFieldNumber("7")
  @SchemaFieldName("additional_info")
  public abstract @Nullable String getAdditionalInfo();

  @SchemaFieldNumber("8")
  @SchemaFieldName("info")
  public abstract @Nullable String getInfo();

  @SchemaFieldNumber("9")
  @SchemaFieldName("please_note")
  public abstract @Nullable String getPleaseNote();

  /** Venue-local start date, ISO {@code yyyy-MM-dd} (a DATE column). */
  @SchemaFieldNumber("10")
  @SchemaFieldName("event_date")
  public abstract @Nullable String getEventDate();

  /** Venue-local start time, {@code HH:mm:ss}. */
  @SchemaFieldNumber("11")
  @SchemaFieldName("event_local_time")
  public abstract @Nullable String getEventLocalTime();

  /** {@code dates.start.dateTime}, else localDate + localTime in {@code event_timezone}. */
  @SchemaFieldNumber("12")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  /** {@code dates.timezone}, else the primary venue's timezone. */
  @SchemaFieldNumber("13")
  @SchemaFieldName("event_timezone")
  public abstract @Nullable String getEventTimezone();

  @SchemaFieldNumber("14")
  @SchemaFieldName("date_tba")
  public abstract @Nullable Boolean getDateTba();

  @SchemaFieldNumber("15")
  @SchemaFieldName("date_tbd")
  public abstract @Nullable Boolean getDateTbd();

  @SchemaFieldNumber("16")
  @SchemaFieldName("time_tba")
  public abstract @Nullable Boolean getTimeTba();

  @SchemaFieldNumber("17")
  @SchemaFieldName("no_specific_time")
  public abstract @Nullable Boolean getNoSpecificTime();

  /** onsale, offsale, cancelled (also for {@code canceled}), postponed, rescheduled, or an unknown code kept as is. */
  @SchemaFieldNumber("18")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  /** Null for the {@code 1900-01-01} placeholder. */
  @SchemaFieldNumber("19")
  @SchemaFieldName("sales_public_start_utc")
  public abstract @Nullable Instant getSalesPublicStartUtc();

  @SchemaFieldNumber("20")
  @SchemaFieldName("sales_public_end_utc")
  public abstract @Nullable Instant getSalesPublicEndUtc();

  /** FK to classifications: the primary classification (primary:true, else the first). */
  @SchemaFieldNumber("21")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  /** The venue at venue_order 0. */
  @SchemaFieldNumber("22")
  @SchemaFieldName("primary_venue_id")
  public abstract @Nullable String getPrimaryVenueId();

  /** The attraction at billing_order 0. */
  @SchemaFieldNumber("23")
  @SchemaFieldName("headliner_attraction_id")
  public abstract @Nullable String getHeadlinerAttractionId();

  /** From the "standard" price range if present, else the first. */
  @SchemaFieldNumber("24")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldNumber("25")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldNumber("26")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  /** The landing file of the observation (for an embedded copy: its parent record's file). */
  @SchemaFieldNumber("27")
  @SchemaFieldName("_source_file")
  @Override
  public abstract String getSourceFile();

  /** The observation's position in its file (for an embedded copy: its parent record's). */
  @SchemaFieldNumber("28")
  @SchemaFieldName("_record_index")
  @Override
  public abstract long getRecordIndex();

  /** {@code standalone} (own endpoint) or {@code embedded} (a copy inside another entity's record). */
  @SchemaFieldNumber("29")
  @SchemaFieldName("_origin")
  @Override
  public abstract String getOrigin();

  /** The silver run that wrote this version of the row. */
  @SchemaFieldNumber("30")
  @SchemaFieldName("_run_id")
  @Override
  public abstract String getRunId();

  /** When bronze read the observation's file. */
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
