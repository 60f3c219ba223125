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
 * One row of {@code gold.fact_events}: grain one row per {@code event_id}.
 *
 * <p>Upserted by {@code event_id}: an event seen again keeps its {@code event_sk} and is updated;
 * an event that disappeared from silver keeps its last row. Every foreign key is -1 when unknown.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class FactEvent {
  /** Surrogate key, stable per event_id, never reused. */
  @SchemaFieldDescription("Surrogate key of the event, stable per event_id and never reused.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("event_sk")
  public abstract long getEventSk();

  /** Degenerate natural key. */
  @SchemaFieldDescription("Ticketmaster event id (degenerate natural key); one row per event_id.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldDescription("Event name.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("event_name")
  public abstract @Nullable String getEventName();

  /** {@code yyyyMMdd} of the venue-local event date; -1 when TBA or missing. */
  @SchemaFieldDescription(
      "Venue-local event date as yyyyMMdd; FK to gold.dim_date.date_key; -1 when the date is TBA or"
          + " missing.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("date_key")
  public abstract int getDateKey();

  /** The primary venue's current dim_venue version when this row was loaded; -1 unknown. */
  @SchemaFieldDescription(
      "Primary venue, the dim_venue version current when this row was loaded; FK to"
          + " gold.dim_venue.venue_sk; -1 when unknown.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("venue_sk")
  public abstract long getVenueSk();

  /** The headliner's current dim_attraction version when this row was loaded; -1 unknown. */
  @SchemaFieldDescription(
      "Headliner, the dim_attraction version current when this row was loaded; FK to"
          + " gold.dim_attraction.attraction_sk; -1 when unknown.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("attraction_sk")
  public abstract long getAttractionSk();

  /** The primary classification; -1 unknown. */
  @SchemaFieldDescription(
      "Primary classification; FK to gold.dim_classification.classification_sk; -1 when unknown.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("classification_sk")
  public abstract long getClassificationSk();

  /** The primary venue's first market (lowest market_id); -1 unknown. */
  @SchemaFieldDescription(
      "The primary venue's first market (lowest market_id); FK to gold.dim_market.market_sk; -1"
          + " when unknown.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("market_sk")
  public abstract long getMarketSk();

  @SchemaFieldDescription(
      "Lowest ticket price, per ticket in price_currency; null when the event has no valid price"
          + " range.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldDescription(
      "Highest ticket price, per ticket in price_currency; null when the event has no valid price"
          + " range.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldDescription(
      "ISO 4217 currency code of the prices, e.g. USD; never add prices across currencies.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("price_currency")
  public abstract @Nullable String getPriceCurrency();

  /** Distinct venues of the event. */
  @SchemaFieldDescription("Number of distinct venues of the event.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("venue_count")
  public abstract int getVenueCount();

  /** Distinct attractions of the event. */
  @SchemaFieldDescription("Number of distinct attractions of the event.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("attraction_count")
  public abstract int getAttractionCount();

  /**
   * Calendar days from the public on-sale date (in the event's timezone) to the local event date;
   * null when either is unknown or the date is TBA.
   */
  @SchemaFieldDescription(
      "Calendar days from the public on-sale date (in the event's time zone) to the local event"
          + " date; null when either is unknown or the date is TBA.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("days_on_sale")
  public abstract @Nullable Integer getDaysOnSale();

  @SchemaFieldDescription("Sales status: onsale, offsale, cancelled, postponed or rescheduled.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  @SchemaFieldDescription("Event start instant in UTC; null when the date or time is unknown.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("event_datetime_utc")
  public abstract @Nullable Instant getEventDatetimeUtc();

  @SchemaFieldDescription("UTC instant public ticket sales start; null when unknown.")
  @SchemaFieldNumber("16")
  @SchemaFieldName("sales_public_start_utc")
  public abstract @Nullable Instant getSalesPublicStartUtc();

  @SchemaFieldDescription("True for Ticketmaster test events; exclude them from reporting.")
  @SchemaFieldNumber("17")
  @SchemaFieldName("is_test")
  public abstract boolean getIsTest();

  /** The run that inserted this row or last changed it. */
  @SchemaFieldDescription("Id of the run that inserted this row or last changed it.")
  @SchemaFieldNumber("18")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  public static Builder builder() {
    return new AutoValue_FactEvent.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventSk(long v);

    public abstract Builder setEventId(String v);

    public abstract Builder setEventName(@Nullable String v);

    public abstract Builder setDateKey(int v);

    public abstract Builder setVenueSk(long v);

    public abstract Builder setAttractionSk(long v);

    public abstract Builder setClassificationSk(long v);

    public abstract Builder setMarketSk(long v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setPriceCurrency(@Nullable String v);

    public abstract Builder setVenueCount(int v);

    public abstract Builder setAttractionCount(int v);

    public abstract Builder setDaysOnSale(@Nullable Integer v);

    public abstract Builder setStatusCode(@Nullable String v);

    public abstract Builder setEventDatetimeUtc(@Nullable Instant v);

    public abstract Builder setSalesPublicStartUtc(@Nullable Instant v);

    public abstract Builder setIsTest(boolean v);

    public abstract Builder setRunId(String v);

    public abstract FactEvent build();
  }
}
