package com.tixmaster.transforms.summary;

import com.google.auto.value.AutoValue;
import java.io.Serializable;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One fact as the monthly KPIs see it: fact_events joined to dim_date (year, month, weekend of the
 * venue-local event date) and to the names of its venue and headliner versions.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class KpiEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  @SchemaFieldNumber("0")
  @SchemaFieldName("event_id")
  public abstract String getEventId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("report_year")
  public abstract int getReportYear();

  @SchemaFieldNumber("2")
  @SchemaFieldName("report_month")
  public abstract int getReportMonth();

  /** dim_date.is_weekend of the local event date. */
  @SchemaFieldNumber("3")
  @SchemaFieldName("is_weekend")
  public abstract boolean getIsWeekend();

  @SchemaFieldNumber("4")
  @SchemaFieldName("venue_sk")
  public abstract long getVenueSk();

  @SchemaFieldNumber("5")
  @SchemaFieldName("venue_name")
  public abstract @Nullable String getVenueName();

  /** The headliner. */
  @SchemaFieldNumber("6")
  @SchemaFieldName("attraction_sk")
  public abstract long getAttractionSk();

  @SchemaFieldNumber("7")
  @SchemaFieldName("attraction_name")
  public abstract @Nullable String getAttractionName();

  @SchemaFieldNumber("8")
  @SchemaFieldName("price_min")
  public abstract @Nullable Double getPriceMin();

  @SchemaFieldNumber("9")
  @SchemaFieldName("price_max")
  public abstract @Nullable Double getPriceMax();

  @SchemaFieldNumber("10")
  @SchemaFieldName("status_code")
  public abstract @Nullable String getStatusCode();

  @SchemaFieldNumber("11")
  @SchemaFieldName("is_test")
  public abstract boolean getIsTest();

  /** {@code yyyyMM}. */
  public int monthKey() {
    return monthKeyOf(getReportYear(), getReportMonth());
  }

  /** The {@code yyyyMM} key by which facts and summary rows are grouped into months. */
  public static int monthKeyOf(int year, int month) {
    return year * 100 + month;
  }

  /** A summary row's {@link #monthKeyOf(int, int)}. */
  public static int monthKeyOf(com.tixmaster.schemas.gold.MonthlyEventSummary summary) {
    return monthKeyOf(summary.getReportYear(), summary.getReportMonth());
  }

  /** Whether the event has a price range (a min or a max). */
  public boolean isPriced() {
    return getPriceMin() != null || getPriceMax() != null;
  }

  public static Builder builder() {
    return new AutoValue_KpiEvent.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setEventId(String v);

    public abstract Builder setReportYear(int v);

    public abstract Builder setReportMonth(int v);

    public abstract Builder setIsWeekend(boolean v);

    public abstract Builder setVenueSk(long v);

    public abstract Builder setVenueName(@Nullable String v);

    public abstract Builder setAttractionSk(long v);

    public abstract Builder setAttractionName(@Nullable String v);

    public abstract Builder setPriceMin(@Nullable Double v);

    public abstract Builder setPriceMax(@Nullable Double v);

    public abstract Builder setStatusCode(@Nullable String v);

    public abstract Builder setIsTest(boolean v);

    public abstract KpiEvent build();
  }
}
