package com.tixmaster.transforms.gold;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.annotation.Nullable;
import org.joda.time.Instant;

/** The plain-Java rules behind fact_events' derived columns. */
public final class FactRules {
  /** The date key of an unknown / TBA date. */
  public static final int UNKNOWN_DATE_KEY = -1;

  private FactRules() {}

  /** {@code yyyyMMdd}. */
  public static int dateKey(LocalDate date) {
    return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The date of a {@code yyyyMMdd} key; null for -1 or an impossible key. */
  public static @Nullable LocalDate dateOf(int dateKey) {
    if (dateKey <= 0) {
      return null;
    }
    try {
      return LocalDate.of(dateKey / 10000, (dateKey / 100) % 100, dateKey % 100);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date key of an event: -1 when its date is TBA or missing. */
  public static int eventDateKey(@Nullable LocalDate eventDate, boolean dateTba) {
    return eventDate == null || dateTba ? UNKNOWN_DATE_KEY : dateKey(eventDate);
  }

  /**
   * {@code days_on_sale}: the calendar days from the public on-sale date to the event date, both
   * venue-local. The on-sale instant is converted to a date in the event's timezone (UTC when the
   * timezone is unknown or invalid) and compared with the local {@code event_date}. Null when the
   * on-sale start or the event date is unknown, or the date is TBA. Negative when tickets went on
   * sale after the event date (bad data, kept visible rather than hidden).
   */
  public static @Nullable Integer daysOnSale(
      @Nullable Instant salesPublicStart,
      @Nullable LocalDate eventDate,
      boolean dateTba,
      @Nullable String timezone) {
    if (salesPublicStart == null || eventDate == null || dateTba) {
      return null;
    }
    LocalDate onSale =
        java.time.Instant.ofEpochMilli(salesPublicStart.getMillis())
            .atZone(zone(timezone))
            .toLocalDate();
    return Math.toIntExact(ChronoUnit.DAYS.between(onSale, eventDate));
  }

  /** The zone named {@code timezone}, or UTC when it is missing or invalid. */
  public static ZoneId zone(@Nullable String timezone) {
    if (timezone == null || timezone.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(timezone.trim());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /**
   * Orders ids numerically when both are integers, otherwise as strings (market ids are numeric
   * strings: "7" comes before "10").
   */
  public static int compareIds(String a, String b) {
    Long la = parseLong(a);
    Long lb = parseLong(b);
    if (la != null && lb != null) {
      int c = Long.compare(la, lb);
      return c != 0 ? c : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static @Nullable Long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
