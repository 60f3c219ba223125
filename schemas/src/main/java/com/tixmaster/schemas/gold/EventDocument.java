package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
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
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("event_text")
  public abstract String getEventText();

  @SchemaFieldNumber("2")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  /** Venue-local date, ISO {@code yyyy-MM-dd} (a DATE column in the lake). */
  @SchemaFieldNumber("3")
  @SchemaFieldName("event_date")
  public abstract @Nullable String getEventDate();

  /** {@code HH:mm:ss}. */
  @SchemaFieldNumber("4")
  @SchemaFieldName("event_local_time")
  public abstract @Nullable String getEventLocalTime();

  @SchemaFieldNumber("5")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  @SchemaFieldNumber("6")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldNumber("7")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldNumber("8")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldNumber("9")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldNumber("10")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldNumber("11")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  @SchemaFieldNumber("12")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldNumber("13")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldNumber("14")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  @SchemaFieldNumber("15")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  /** The headliner. */
  @SchemaFieldNumber("16")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldNumber("17")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  @SchemaFieldNumber("18")
  @SchemaFieldName("event_url")
  public abstract @Nullable String getEventUrl();

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
