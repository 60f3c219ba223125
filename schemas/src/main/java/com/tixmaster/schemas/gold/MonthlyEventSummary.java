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
 * One row of {@code gold.monthly_event_summary}: the KPIs of one month of non-test events.
 *
 * <p>See tables.md "Monthly KPIs". Money columns are rounded to 2 decimals; percentages are 0..100
 * with 2 decimals. Averages are null when no event of the month has a price.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class MonthlyEventSummary {
  @SchemaFieldDescription("Calendar year of the events' venue-local dates.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("report_year")
  public abstract int getReportYear();

  @SchemaFieldDescription("Month number, 1 to 12, of the events' venue-local dates.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("report_month")
  public abstract int getReportMonth();

  @SchemaFieldDescription("Distinct non-test events dated in the month.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("total_events")
  public abstract long getTotalEvents();

  /** Distinct venue_sk, unknown excluded. */
  @SchemaFieldDescription(
      "Distinct primary venues (venue_sk) of those events, the unknown venue excluded.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("total_venues")
  public abstract long getTotalVenues();

  /** Distinct headliner attraction_sk, unknown excluded. */
  @SchemaFieldDescription(
      "Distinct headliners (attraction_sk) of those events, the unknown attraction excluded.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("total_attractions")
  public abstract long getTotalAttractions();

  /** SUM(price_max) over events with a price; 0 when none. */
  @SchemaFieldDescription(
      "SUM(price_max) over events with a price: an estimate, not ticket sales; mixes currencies if"
          + " events do; 0 when none is priced.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("estimated_revenue")
  public abstract double getEstimatedRevenue();

  /** AVG(price_max) over events with a price. */
  @SchemaFieldDescription("AVG(price_max) over events with a price; null when none is priced.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("avg_ticket_price")
  public abstract @Nullable Double getAvgTicketPrice();

  /** AVG(price_min) over events with a price. */
  @SchemaFieldDescription("AVG(price_min) over events with a price; null when none is priced.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("avg_price_min")
  public abstract @Nullable Double getAvgPriceMin();

  /** Venue name with the most events; ties by name ascending. */
  @SchemaFieldDescription(
      "Name of the venue with the most events; ties broken by name, ascending; null when no known"
          + " venue.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("top_venue")
  public abstract @Nullable String getTopVenue();

  /** Headliner name with the most events; ties by name ascending. */
  @SchemaFieldDescription(
      "Name of the headliner with the most events; ties broken by name, ascending; null when no"
          + " known attraction.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("top_attraction")
  public abstract @Nullable String getTopAttraction();

  @SchemaFieldDescription(
      "Percentage (0 to 100, 2 decimals) of the month's events on a Saturday or Sunday.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("weekend_event_pct")
  public abstract double getWeekendEventPct();

  @SchemaFieldDescription("Events with status cancelled.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("cancelled_events")
  public abstract long getCancelledEvents();

  @SchemaFieldDescription("Events with status postponed.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("postponed_events")
  public abstract long getPostponedEvents();

  @SchemaFieldDescription("Events with status rescheduled.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("rescheduled_events")
  public abstract long getRescheduledEvents();

  @SchemaFieldDescription(
      "Percentage (0 to 100, 2 decimals) of the month's events that have a price range.")
  @SchemaFieldNumber("14")
  @SchemaFieldName("priced_event_pct")
  public abstract double getPricedEventPct();

  /** The run that computed this month. */
  @SchemaFieldDescription("Id of the run that computed this month.")
  @SchemaFieldNumber("15")
  @SchemaFieldName("_run_id")
  public abstract String getRunId();

  /** The as-of instant of that run. */
  @SchemaFieldDescription("As-of instant (UTC) of the run that computed this month.")
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
