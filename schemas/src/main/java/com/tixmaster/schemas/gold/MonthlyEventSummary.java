package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.joda.time.Instant;

/**
 * One row of {@code gold.monthly_event_summary}: the KPIs of one month of non-test events.
 *
 * <p>See tables.md "Monthly KPIs". Money columns are rounded to 2 decimals; percentages are 0..100
 * with 2 decimals. Averages are null when no event of the month has a price.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class MonthlyEventSummary {
  @SchemaFieldNumber("0")
  @SchemaFieldName("report_year")
  public abstract int getReportYear();

  @SchemaFieldNumber("1")
  @SchemaFieldName("report_month")
  public abstract int getReportMonth();

  @SchemaFieldNumber("2")
  @SchemaFieldName("total_events")
  public abstract long getTotalEvents();

  /** Distinct venue_sk, unknown excluded. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("total_venues")
  public abstract long getTotalVenues();

  /** Distinct headliner attraction_sk, unknown excluded. */
  @SchemaFieldNumber("4")
  @SchemaFieldName("total_attractions")
  public abstract long getTotalAttractions();

  /** SUM(price_max) over events with a price; 0 when none. */
  @SchemaFieldNumber("5")
  @SchemaFieldName("estimated_revenue")
  public abstract double getEstimatedRevenue();

  /** AVG(price_max) over events with a price. */
  @SchemaFieldNumber("6")
  @SchemaFieldName("avg_ticket_price")
  public abstract @Nullable Double getAvgTicketPrice();

  /** AVG(price_min) over events with a price. */
  @SchemaFieldNumber("7")
  @SchemaFieldName("avg_price_min")
  public abstract @Nullable Double getAvgPriceMin();

  /** Venue name with the most events; ties by name ascending. */
  @SchemaFieldNumber("8")
  @SchemaFieldName("top_venue")
  public abstract @Nullable String getTopVenue();

  /** Headliner name with the most events; ties by name ascending. */
  @SchemaFieldNumber("9")
  @SchemaFieldName("top_attraction")
  public abstract @Nullable String getTopAttraction();

  @SchemaFieldNumber("10")
  @SchemaFieldName("weekend_event_pct")
  public abstract double getWeekendEventPct();

  @SchemaFieldNumber("11")
  @SchemaFieldName("cancelled_events")
  public abstract long getCancelledEvents();

  @SchemaFieldNumber("12")
  @SchemaFieldName("postponed_events")
  public abstract long getPostponedEvents();

  @SchemaFieldNumber("13")
  @SchemaFieldName("rescheduled_events")
  public abstract long getRescheduledEvents();

  @SchemaFieldNumber("14")
  @SchemaFieldName("priced_event_pct")
  public abstract double getPricedEventPct();

  /** The run that computed this month. */
  @SchemaFieldNumber("15")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  /** The as-of instant of that run. */
  @SchemaFieldNumber("16")
  @SchemaFieldName("computed_at")
  public abstract Instant getComputedAt();

  public static Builder builder() {
    return new AutoValue_MonthlyEventSummary.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setReportYear(int v);

    public abstract Builder setReportMonth(int v);

    public abstract Builder setTotalEvents(long v);

    public abstract Builder setTotalVenues(long v);

    public abstract Builder setTotalAttractions(long v);

    public abstract Builder setEstimatedRevenue(double v);

    public abstract Builder setAvgTicketPrice(@Nullable Double v);

    public abstract Builder setAvgPriceMin(@Nullable Double v);

    public abstract Builder setTopVenue(@Nullable String v);

    public abstract Builder setTopAttraction(@Nullable String v);

    public abstract Builder setWeekendEventPct(double v);

    public abstract Builder setCancelledEvents(long v);

    public abstract Builder setPostponedEvents(long v);

    public abstract Builder setRescheduledEvents(long v);

    public abstract Builder setPricedEventPct(double v);

    public abstract Builder setRunId(String v);

    public abstract Builder setComputedAt(Instant v);

    public abstract MonthlyEventSummary build();
  }
}
