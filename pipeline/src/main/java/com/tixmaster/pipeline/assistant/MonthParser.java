package com.tixmaster.pipeline.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Recognises named months and seasons as dates, relative to the as-of date: "12 December", "12th of
 * Dec", "December 12th, 2026", "in December", "December 2026", "this summer", "next winter",
 * "summer 2027". A month or season without a year is the next one that has not ended yet. Month
 * names that are also ordinary words ("may", "june", "mar") and "fall" are dates only in context (a
 * day, a year or a word such as "in" before them), so that "June Delacroix" or "may I …" stay text.
 * Called by {@link DateParser}, which turns "before"/"after" … around these dates into open ranges.
 */
final class MonthParser {

  static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

  static {
    String[] full = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int i = 0; i < full.length; i++) {
      MONTHS.put(full[i], i + 1);
    }
    String[] abbr = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
    };
    int[] num = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
    for (int i = 0; i < abbr.length; i++) {
      MONTHS.put(abbr[i], num[i]);
    }
  }

  /** Month names that are dates on their own; the others ("may", "june", "mar") need context. */
  private static final Set<String> CLEAR_MONTHS =
      Set.of("january", "february", "september", "october", "november", "december");

  /** Words that announce a date: "in December", "on Friday", "during May". */
  private static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "in", "on", "during", "for", "of", "this", "next", "early", "late", "mid", "until",
          "till", "by", "before", "after", "since", "from");

  /**
   * Words that turn the date after them into an open range; {@link DateParser#bounded} consumes
   * them.
   */
  private static final Set<String> BOUND_WORDS =
      Set.of("before", "until", "till", "by", "after", "since", "from");

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  /** Meteorological seasons (northern hemisphere): first month of each. */
  static final Map<String, Integer> SEASONS =
      Map.of("spring", 3, "summer", 6, "autumn", 9, "fall", 9, "winter", 12);

  private final QuestionTokens tokens;
  private final LocalDate today;

  MonthParser(QuestionTokens tokens, LocalDate today) {
    this.tokens = tokens;
    this.today = today;
  }

  /** "this summer", "in the spring", "next winter", "summer 2027" (three months each). */
  @Nullable
  DateRange seasonAt(int i) {
    String w = tokens.word(i);
    int firstMonth = SEASONS.get(w);
    boolean next = tokens.isAny(i - 1, "next");
    boolean current = tokens.isAny(i - 1, "this", "the", "coming");
    Integer year = null;
    if (i + 1 < tokens.size() && !tokens.used(i + 1) && tokens.word(i + 1).matches("20\\d{2}")) {
      year = Integer.parseInt(tokens.word(i + 1));
    }
    if (w.equals("fall")
        && !next
        && !current
        && year == null
        && !tokens.isAny(i - 1, "in", "during")) {
      return null; // "fall" the verb
    }
    LocalDate start;
    if (year != null) {
      start = LocalDate.of(year, firstMonth, 1);
      tokens.use(i + 1);
    } else {
      start = LocalDate.of(today.getYear() - 1, firstMonth, 1);
      while (start.plusMonths(3).minusDays(1).isBefore(today)) {
        start = start.plusYears(1);
      }
      if (next) {
        start = start.plusYears(1);
      }
    }
    LocalDate end = start.plusMonths(3).minusDays(1);
    if (next || current) {
      tokens.use(i - 1);
    }
    tokens.use(i);
    String label =
        (next ? "next " : year == null ? "this " : "") + w + (year == null ? "" : " " + year);
    return DateRange.of(start.isBefore(today) ? today : start, end, label);
  }

  /** "12 December", "12th of Dec", "December 12th, 2026", "in December", "December 2026". */
  @Nullable
  DateRange monthAt(int i) {
    int month = MONTHS.get(tokens.word(i));
    List<Integer> consumed = new ArrayList<>();
    consumed.add(i);
    Integer day = null;
    // a day before the month: "12 December", "12th of December"
    int j = i - 1;
    if (tokens.isAny(j, "of")) {
      j--;
    }
    if (j >= 0 && !tokens.used(j) && ORDINALS.contains(tokens.word(j))) {
      j--;
    }
    if (j >= 0 && !tokens.used(j) && tokens.word(j).matches("\\d{1,2}")) {
      int d = Integer.parseInt(tokens.word(j));
      if (d >= 1 && d <= 31) {
        day = d;
        for (int k = j; k < i; k++) {
          consumed.add(k);
        }
      }
    }
    int after = i + 1;
    if (day == null
        && after < tokens.size()
        && !tokens.used(after)
        && tokens.word(after).matches("\\d{1,2}")) {
      int d = Integer.parseInt(tokens.word(after));
      if (d >= 1 && d <= 31) {
        day = d;
        consumed.add(after);
        after++;
        if (after < tokens.size() && ORDINALS.contains(tokens.word(after))) {
          consumed.add(after);
          after++;
        }
      }
    }
    Integer year = null;
    if (after < tokens.size() && !tokens.used(after) && tokens.word(after).matches("20\\d{2}")) {
      year = Integer.parseInt(tokens.word(after));
      consumed.add(after);
    }
    boolean announced =
        i > 0 && DATE_PREPOSITIONS.contains(tokens.word(i - 1)) && !tokens.used(i - 1);
    if (day == null && year == null && !announced && !CLEAR_MONTHS.contains(tokens.word(i))) {
      return null; // "June Delacroix", "may I …", "march"
    }
    for (int k : consumed) {
      tokens.use(k);
    }
    if (announced && !BOUND_WORDS.contains(tokens.word(i - 1))) {
      tokens.use(i - 1);
    }
    int y = year != null ? year : today.getYear();
    if (day != null) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
        if (year == null && d.isBefore(today)) {
          d = LocalDate.of(y + 1, month, day);
        }
      } catch (java.time.DateTimeException e) {
        return new DateRange(
            today, today.minusDays(1), "on " + day + " " + cap(tokens.word(i)) + " (no such date)");
      }
      return DateRange.day(d);
    }
    LocalDate first = LocalDate.of(y, month, 1);
    if (year == null && first.plusMonths(1).minusDays(1).isBefore(today)) {
      first = first.plusYears(1);
    }
    return DateRange.month(first);
  }

  static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
