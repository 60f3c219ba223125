package com.tixmaster.transforms.gold;

import com.tixmaster.schemas.gold.DimDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calendar of dim_date, in plain Java. The base range is {@link #FIRST}..{@link #LAST}; event
 * dates outside it are added by {@link BuildDimDate}. Weeks are ISO-8601: a week starts on Monday
 * and belongs to the year that holds its Thursday, so 2021-01-03 is week 53 of 2020 and 2024-12-30
 * is week 1 of 2025.
 */
public final class DimDateGenerator {
  public static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  private DimDateGenerator() {}

  /** The row of one day. */
  public static DimDate row(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return DimDate.builder()
        .setDateKey(FactRules.dateKey(date))
        .setDateValue(date.toString())
        .setYear(date.getYear())
        .setQuarter((date.getMonthValue() - 1) / 3 + 1)
        .setMonth(date.getMonthValue())
        .setMonthName(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .setDay(date.getDayOfMonth())
        .setDayOfWeek(dow.getValue())
        .setDayName(dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .setWeekOfYear(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        .setIsoWeekYear(date.get(IsoFields.WEEK_BASED_YEAR))
        .setIsWeekend(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY)
        .setMonthStartDate(date.withDayOfMonth(1).toString())
        .setMonthEndDate(date.with(TemporalAdjusters.lastDayOfMonth()).toString())
        .build();
  }

  /** Row -1: "unknown / TBA". */
  public static DimDate unknown() {
    return DimDate.builder()
        .setDateKey(DimDate.UNKNOWN_KEY)
        .setMonthName(DimensionSpec.UNKNOWN_NAME)
        .setDayName(DimensionSpec.UNKNOWN_NAME)
        .build();
  }

  /** The rows of {@code from..to}, both inclusive. */
  public static List<DimDate> range(LocalDate from, LocalDate to) {
    List<DimDate> rows = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      rows.add(row(d));
    }
    return rows;
  }

  /** The base calendar plus the unknown row. */
  public static List<DimDate> baseCalendar() {
    List<DimDate> rows = range(FIRST, LAST);
    rows.add(unknown());
    return rows;
  }

  /** Whether the date key falls in the base range. */
  public static boolean inBaseRange(int dateKey) {
    return dateKey >= FactRules.dateKey(FIRST) && dateKey <= FactRules.dateKey(LAST);
  }
}
