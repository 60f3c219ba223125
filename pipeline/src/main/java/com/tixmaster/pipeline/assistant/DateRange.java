package com.tixmaster.pipeline.assistant;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An inclusive range of venue-local event dates that a question asks for, with the words that
 * describe it ("this weekend (Sat 21 – Sun 22 Nov 2026)"). An empty range (from after to) matches
 * nothing.
 */
record DateRange(LocalDate from, LocalDate to, String label) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  /** The event's local date is in the range; an event without a date never is. */
  boolean matches(EventDoc d) {
    LocalDate date = d.eventDate();
    if (date == null && d.eventDatetimeUtc() != null) {
      date = d.eventDatetimeUtc().atZone(ZoneOffset.UTC).toLocalDate();
    }
    return date != null && !date.isBefore(from) && !date.isAfter(to);
  }

  boolean isEmpty() {
    return from.isAfter(to);
  }

  /** A range labelled "{words} ({dates})", or just the dates when words are null. */
  static DateRange of(LocalDate from, LocalDate to, String words) {
    String dates = span(from, to);
    return new DateRange(from, to, words == null ? dates : words + " (" + dates + ")");
  }

  /** A whole calendar month, labelled "in December 2026". */
  static DateRange month(LocalDate first) {
    LocalDate start = first.withDayOfMonth(1);
    return new DateRange(start, start.plusMonths(1).minusDays(1), "in " + MONTH.format(start));
  }

  /** One day, labelled "on Sat 12 Dec 2026". */
  static DateRange day(LocalDate d) {
    return new DateRange(d, d, "on " + DAY.format(d));
  }

  /** Both ranges at once. */
  DateRange intersect(DateRange other) {
    LocalDate f = from.isAfter(other.from) ? from : other.from;
    LocalDate t = to.isBefore(other.to) ? to : other.to;
    return new DateRange(f, t, label + ", " + other.label);
  }

  static String span(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return DAY.format(from);
    }
    return DAY.format(from) + " – " + DAY.format(to);
  }
}
