package com.tixmaster.transforms.documents;

import com.google.auto.value.AutoValue;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * An upcoming event gathering what its document says: the event, its venue, classification and
 * attractions.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DocumentDraft {
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  @SchemaFieldNumber("2")
  @SchemaFieldName("event_url")
  public abstract @Nullable String getEventUrl();

  /** ISO yyyy-MM-dd, venue-local. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("event_date")
  public abstract @Nullable String getEventDate();

  /** HH:mm:ss, venue-local. */
  @SchemaFieldNumber("4")
  @SchemaFieldName("event_local_time")
  public abstract @Nullable String getEventLocalTime();

  @SchemaFieldNumber("5")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  @SchemaFieldNumber("6")
  @SchemaFieldName("date_tba")
  public abstract boolean getDateTba();

  /** Time TBA, or no specific time. */
  @SchemaFieldNumber("7")
  @SchemaFieldName("time_tba")
  public abstract boolean getTimeTba();

  @SchemaFieldNumber("8")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  @SchemaFieldNumber("9")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldNumber("10")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldNumber("11")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  @SchemaFieldNumber("12")
  @SchemaFieldName("venue_id")
  public abstract @Nullable String getVenueId();

  @SchemaFieldNumber("13")
  @SchemaFieldName("headliner_attraction_id")
  public abstract @Nullable String getHeadlinerAttractionId();

  @SchemaFieldNumber("14")
  @SchemaFieldName("classification_id")
  public abstract @Nullable String getClassificationId();

  @SchemaFieldNumber("15")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  @SchemaFieldNumber("16")
  @SchemaFieldName("city")
  public abstract @Nullable String getCity();

  @SchemaFieldNumber("17")
  @SchemaFieldName("state")
  public abstract @Nullable String getState();

  @SchemaFieldNumber("18")
  @SchemaFieldName("country")
  public abstract @Nullable String getCountry();

  @SchemaFieldNumber("19")
  @SchemaFieldName("segment_name")
  public abstract @Nullable String getSegmentName();

  @SchemaFieldNumber("20")
  @SchemaFieldName("genre_name")
  public abstract @Nullable String getGenreName();

  @SchemaFieldNumber("21")
  @SchemaFieldName("subgenre_name")
  public abstract @Nullable String getSubgenreName();

  /** Attraction names in billing order. */
  @SchemaFieldNumber("22")
  @SchemaFieldName("attractions")
  public abstract List<String> getAttractions();

  /** The headliner's name. */
  @SchemaFieldNumber("23")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  public static Builder builder() {
    return new AutoValue_DocumentDraft.Builder()
        .setAttractions(List.of())
        .setDateTba(false)
        .setTimeTba(false);
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String v);

    public abstract Builder setEventName(@Nullable String v);

    public abstract Builder setEventUrl(@Nullable String v);

    public abstract Builder setEventDate(@Nullable String v);

    public abstract Builder setEventLocalTime(@Nullable String v);

    public abstract Builder setEventDatetimeUtc(@Nullable Instant v);

    public abstract Builder setDateTba(boolean v);

    public abstract Builder setTimeTba(boolean v);

    public abstract Builder setStatusCode(@Nullable String v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setPriceCurrency(@Nullable String v);

    public abstract Builder setVenueId(@Nullable String v);

    public abstract Builder setHeadlinerAttractionId(@Nullable String v);

    public abstract Builder setClassificationId(@Nullable String v);

    public abstract Builder setVenueName(@Nullable String v);

    public abstract Builder setCity(@Nullable String v);

    public abstract Builder setState(@Nullable String v);

    public abstract Builder setCountry(@Nullable String v);

    public abstract Builder setSegmentName(@Nullable String v);

    public abstract Builder setGenreName(@Nullable String v);

    public abstract Builder setSubgenreName(@Nullable String v);

    public abstract Builder setAttractions(List<String> v);

    public abstract Builder setAttractionName(@Nullable String v);

    public abstract DocumentDraft build();
  }
}
