package com.tixmaster.schemas.gold;

import com.google.auto.value.AutoValue;
import javax.annotation.Nullable;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldDescription;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * One row of {@code gold.dim_date}: one calendar day, keyed by {@code yyyyMMdd}.
 *
 * <p>Row {@code -1} is the "unknown / TBA" member: its date columns are null and its names are
 * {@code Unknown}. {@code week_of_year} is the ISO-8601 week; {@code iso_week_year} is the ISO
 * week-based year it belongs to (2021-01-03 is week 53 of 2020).
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DimDate {
  public static final int UNKNOWN_KEY = -1;

  /** {@code yyyyMMdd}, or -1 for the unknown member. */
  @SchemaFieldDescription(
      "Date as the integer yyyyMMdd, e.g. 20261120; -1 is the unknown / TBA date, whose other"
          + " columns are null.")
  @SchemaFieldNumber("0")
  @SchemaFieldName("date_key")
  public abstract int getDateKey();

  /** ISO {@code yyyy-MM-dd} (a DATE column in the lake). */
  @SchemaFieldDescription("The calendar date; null for the unknown date.")
  @SchemaFieldNumber("1")
  @SchemaFieldName("date_value")
  public abstract @Nullable String getDateValue();

  @SchemaFieldDescription("Calendar year.")
  @SchemaFieldNumber("2")
  @SchemaFieldName("year")
  public abstract @Nullable Integer getYear();

  @SchemaFieldDescription("Calendar quarter, 1 to 4.")
  @SchemaFieldNumber("3")
  @SchemaFieldName("quarter")
  public abstract @Nullable Integer getQuarter();

  @SchemaFieldDescription("Month number, 1 to 12.")
  @SchemaFieldNumber("4")
  @SchemaFieldName("month")
  public abstract @Nullable Integer getMonth();

  /** English month name, e.g. {@code February}. */
  @SchemaFieldDescription("English month name, e.g. February.")
  @SchemaFieldNumber("5")
  @SchemaFieldName("month_name")
  public abstract @Nullable String getMonthName();

  /** Day of month. */
  @SchemaFieldDescription("Day of the month, 1 to 31.")
  @SchemaFieldNumber("6")
  @SchemaFieldName("day")
  public abstract @Nullable Integer getDay();

  /** ISO day of week, Monday = 1 .. Sunday = 7. */
  @SchemaFieldDescription("ISO day of the week: Monday = 1 to Sunday = 7.")
  @SchemaFieldNumber("7")
  @SchemaFieldName("day_of_week")
  public abstract @Nullable Integer getDayOfWeek();

  /** English day name, e.g. {@code Monday}. */
  @SchemaFieldDescription("English day name, e.g. Monday.")
  @SchemaFieldNumber("8")
  @SchemaFieldName("day_name")
  public abstract @Nullable String getDayName();

  /** ISO-8601 week of the week-based year (1..53). */
  @SchemaFieldDescription("ISO-8601 week number, 1 to 53, within iso_week_year.")
  @SchemaFieldNumber("9")
  @SchemaFieldName("week_of_year")
  public abstract @Nullable Integer getWeekOfYear();

  /** The ISO week-based year that {@code week_of_year} belongs to. */
  @SchemaFieldDescription(
      "ISO week-based year that week_of_year belongs to; differs from year around New Year.")
  @SchemaFieldNumber("10")
  @SchemaFieldName("iso_week_year")
  public abstract @Nullable Integer getIsoWeekYear();

  /** Saturday or Sunday. */
  @SchemaFieldDescription("True on Saturday and Sunday.")
  @SchemaFieldNumber("11")
  @SchemaFieldName("is_weekend")
  public abstract @Nullable Boolean getIsWeekend();

  /** First day of the month, ISO {@code yyyy-MM-dd}. */
  @SchemaFieldDescription("First day of the date's month.")
  @SchemaFieldNumber("12")
  @SchemaFieldName("month_start_date")
  public abstract @Nullable String getMonthStartDate();

  /** Last day of the month, ISO {@code yyyy-MM-dd}. */
  @SchemaFieldDescription("Last day of the date's month.")
  @SchemaFieldNumber("13")
  @SchemaFieldName("month_end_date")
  public abstract @Nullable String getMonthEndDate();

  public static Builder builder() {
    return new AutoValue_DimDate.Builder();
  }

  public abstract Builder toBuilder();

  /** Builder. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setDateKey(int v);

    public abstract Builder setDateValue(@Nullable String v);

    public abstract Builder setYear(@Nullable Integer v);

    public abstract Builder setQuarter(@Nullable Integer v);

    public abstract Builder setMonth(@Nullable Integer v);

    public abstract Builder setMonthName(@Nullable String v);

    public abstract Builder setDay(@Nullable Integer v);

    public abstract Builder setDayOfWeek(@Nullable Integer v);

    public abstract Builder setDayName(@Nullable String v);

    public abstract Builder setWeekOfYear(@Nullable Integer v);

    public abstract Builder setIsoWeekYear(@Nullable Integer v);

    public abstract Builder setIsWeekend(@Nullable Boolean v);

    public abstract Builder setMonthStartDate(@Nullable String v);

    public abstract Builder setMonthEndDate(@Nullable String v);

    public abstract DimDate build();
  }
}
