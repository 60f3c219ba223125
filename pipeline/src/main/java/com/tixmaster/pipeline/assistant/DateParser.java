package com.tixmaster.pipeline.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Recognises dates relative to the as-of date and consumes their words: ISO dates (2026-12-12),
 * "today", "tonight", "tomorrow", "this/next weekend", "this/next week|month|year", "in the next 30
 * days", weekdays ("on Friday", "next Friday") and years ("in 2027"); named months and seasons are
 * left to {@link MonthParser}. A date after "before", "until", "by", "after", "since" or "from"
 * becomes an open range, and several dates in one question narrow each other (their intersection),
 * so that a question's dates are one {@link DateRange}.
 */
final class DateParser {

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);

  /** Open-ended ranges ("after 12 December") end here. */
  static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

  private final QuestionTokens tokens;
  private final LocalDate today;
  private final MonthParser months;

  DateParser(QuestionTokens tokens, LocalDate today) {
    this.tokens = tokens;
    this.today = today;
    this.months = new MonthParser(tokens, today);
  }

  /** The question's dates, or null when it names none. */
  @Nullable
  DateRange parse() {
    DateRange range = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.used(i)) {
        continue;
      }
      boolean[] before = tokens.snapshot();
      DateRange r = dateAt(i);
      if (r != null) {
        int first = i;
        for (int k = 0; k < tokens.size(); k++) {
          if (tokens.used(k) && !before[k]) {
            first = Math.min(first, k);
            break;
          }
        }
        r = bounded(first - 1, r);
        range = range == null ? r : range.intersect(r);
      }
    }
    return range;
  }

  /** "before X", "until X", "by X", "after X", "since X", "from X": an open range around X. */
  private DateRange bounded(int k, DateRange r) {
    if (k < 0 || tokens.used(k)) {
      return r;
    }
    String w = tokens.word(k);
    DateRange out =
        switch (w) {
          case "before" -> new DateRange(today, r.from().minusDays(1), "before " + bare(r));
          case "until", "till", "by" -> new DateRange(today, r.to(), "until " + bare(r));
          case "after" -> new DateRange(r.to().plusDays(1), FOREVER, "after " + bare(r));
          case "since", "from" ->
              new DateRange(
                  r.from().isBefore(today) ? today : r.from(), FOREVER, "from " + bare(r));
          default -> null;
        };
    if (out == null) {
      return r;
    }
    tokens.use(k);
    return out;
  }

  /** A range's label without its leading preposition: "in December 2026" → "December 2026". */
  private static String bare(DateRange r) {
    String l = r.label();
    for (String p : List.of("in ", "on ")) {
      if (l.startsWith(p)) {
        return l.substring(p.length());
      }
    }
    return l;
  }

  private @Nullable DateRange dateAt(int i) {
    String w = tokens.word(i);
    if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate d = LocalDate.parse(w);
        tokens.use(i);
        return DateRange.day(d);
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    switch (w) {
      case "today":
      case "tonight":
        tokens.use(i);
        return DateRange.of(today, today, w);
      case "tomorrow":
      case "tmrw":
        tokens.use(i);
        LocalDate t = today.plusDays(1);
        return DateRange.of(t, t, "tomorrow");
      case "weekend":
      case "weekends":
        return weekend(i);
      case "week":
      case "month":
      case "year":
        return thisOrNext(i, w);
      default:
        break;
    }
    if (w.matches("\\d{1,3}")
        && tokens.isAny(i + 1, "day", "days", "week", "weeks", "month", "months")
        && tokens.isAny(i - 1, "next", "coming", "within", "following")) {
      int n = Integer.parseInt(w);
      if (n < 1) {
        return null;
      }
      String unit = tokens.word(i + 1);
      LocalDate end =
          unit.startsWith("day")
              ? today.plusDays(n - 1)
              : unit.startsWith("week")
                  ? today.plusWeeks(n).minusDays(1)
                  : today.plusMonths(n).minusDays(1);
      String label = "in the next " + n + " " + unit;
      tokens.use(i - 1, i, i + 1);
      return DateRange.of(today, end, label);
    }
    if (MonthParser.MONTHS.containsKey(w)) {
      return months.monthAt(i);
    }
    if (MonthParser.SEASONS.containsKey(w)) {
      return months.seasonAt(i);
    }
    if (WEEKDAYS.containsKey(w)) {
      DayOfWeek dow = WEEKDAYS.get(w);
      LocalDate d;
      String label;
      if (tokens.isAny(i - 1, "next")) {
        d =
            today
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(dow));
        label = "next " + MonthParser.cap(w);
        tokens.use(i - 1);
      } else {
        d = today.with(TemporalAdjusters.nextOrSame(dow));
        label = MonthParser.cap(w);
        if (tokens.isAny(i - 1, "this", "on", "coming")) {
          tokens.use(i - 1);
        }
      }
      tokens.use(i);
      return DateRange.of(d, d, label);
    }
    if (w.matches("20\\d{2}") && tokens.isAny(i - 1, "in", "during", "for", "of")) {
      int year = Integer.parseInt(w);
      tokens.use(i);
      return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "in " + year);
    }
    return null;
  }

  private DateRange weekend(int i) {
    LocalDate sat =
        today.getDayOfWeek() == DayOfWeek.SUNDAY
            ? today.minusDays(1)
            : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    String label = "this weekend";
    if (tokens.isAny(i - 1, "next")) {
      sat = sat.plusWeeks(1);
      label = "next weekend";
      tokens.use(i - 1);
    } else if (tokens.isAny(i - 1, "this", "the", "coming")) {
      tokens.use(i - 1);
    }
    tokens.use(i);
    LocalDate from = sat.isBefore(today) ? today : sat;
    return DateRange.of(from, sat.plusDays(1), label);
  }

  private @Nullable DateRange thisOrNext(int i, String unit) {
    boolean next = tokens.isAny(i - 1, "next", "following");
    boolean current = tokens.isAny(i - 1, "this", "current", "coming");
    if (!next && !current) {
      return null;
    }
    tokens.use(i - 1, i);
    String label = (next ? "next " : "this ") + unit;
    switch (unit) {
      case "week":
        {
          LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          if (next) {
            monday = monday.plusWeeks(1);
          }
          LocalDate from = next ? monday : today;
          return DateRange.of(from, monday.plusDays(6), label);
        }
      case "month":
        {
          LocalDate first = today.withDayOfMonth(1);
          if (next) {
            first = first.plusMonths(1);
          }
          LocalDate from = next ? first : today;
          return DateRange.of(from, first.plusMonths(1).minusDays(1), label);
        }
      default:
        {
          LocalDate first = today.withDayOfYear(1);
          if (next) {
            first = first.plusYears(1);
          }
          LocalDate from = next ? first : today;
          return DateRange.of(from, first.plusYears(1).minusDays(1), label);
        }
    }
  }
}
