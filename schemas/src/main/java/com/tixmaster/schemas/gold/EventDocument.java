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
 * One row of {@code gold.event_documents}: an upcoming, non-test event described for the assistant.
 *
 * <p>{@code event_text} is a readable paragraph; the other columns are filters.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EventDocument {
  @SchemaFieldDescription("Ticketmaster event id; one document per upcoming non-test event.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldDescription(
      "A readable paragraph describing the event (what, when, where, prices, status) for the"
          + " assistant's retrieval.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("event_text")
  public abstract String getEventText();

  @SchemaFieldDescription("Event name.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  /** Venue-local date, ISO {@code yyyy-MM-dd} (a DATE column in the lake). */
  @SchemaFieldDescription("Venue-local calendar date of the event; null when TBA.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("event_date")
  public abstract @Nullable String getEventDate();

  /** {@code HH:mm:ss}. */
  @SchemaFieldDescription("Venue-local start time, HH:mm:ss; null when TBA or no specific time.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("event_local_time")
  public abstract @Nullable String getEventLocalTime();

  @SchemaFieldDescription("Event start instant in UTC; null when unknown.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  @SchemaFieldDescription("City of the primary venue.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldDescription("State or province of the primary venue.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldDescription("Country of the primary venue.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldDescription("Segment of the primary classification, e.g. Music.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldDescription("Genre of the primary classification, e.g. Rock.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldDescription("Subgenre of the primary classification.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  @SchemaFieldDescription("Lowest ticket price, per ticket in price_currency; null when unpriced.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldDescription("Highest ticket price, per ticket in price_currency; null when unpriced.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldDescription("ISO 4217 currency code of the prices.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  @SchemaFieldDescription("Name of the primary venue.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  /** The headliner. */
  @SchemaFieldDescription("Name of the headliner.")
  @SchemaFieldNumber("16")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldDescription("Sales status: onsale, offsale, cancelled, postponed or rescheduled.")
  @SchemaFieldNumber("17")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  @SchemaFieldDescription("Ticketmaster page for the event.")
  @SchemaFieldNumber("18")
  @SchemaFieldName("event_url")
  public abstract @Nullable String getEventUrl();

  @SchemaFieldDescription("Id of the run that wrote the document.")
  @SchemaFieldNumber("19")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  public static Builder builder() {
    return new AutoValue_EventDocument.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String v);

    public abstract Builder setEventText(String v);

    public abstract Builder setEventName(@Nullable String v);

    public abstract Builder setEventDate(@Nullable String v);

    public abstract Builder setEventLocalTime(@Nullable String v);

    public abstract Builder setEventDatetimeUtc(@Nullable Instant v);

    public abstract Builder setCity(@Nullable String v);

    public abstract Builder setState(@Nullable String v);

    public abstract Builder setCountry(@Nullable String v);

    public abstract Builder setSegmentName(@Nullable String v);

    public abstract Builder setGenreName(@Nullable String v);

    public abstract Builder setSubgenreName(@Nullable String v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setPriceCurrency(@Nullable String v);

    public abstract Builder setVenueName(@Nullable String v);

    public abstract Builder setAttractionName(@Nullable String v);

    public abstract Builder setStatusCode(@Nullable String v);

    public abstract Builder setEventUrl(@Nullable String v);

    public abstract Builder setRunId(String v);

    public abstract EventDocument build();
  }
}
