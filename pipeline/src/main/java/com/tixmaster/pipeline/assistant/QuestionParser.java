package com.tixmaster.pipeline.assistant;

import com.tixmaster.pipeline.assistant.Text.Token;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Turns a question in plain words into a {@link Question}: generic parsers for dates (relative to
 * the as-of date), prices, places and classifications, each of which consumes the words it
 * understood; the rest, minus question words, is left for text matching. Nothing here knows any
 * particular question: places and classification names come from the {@link Vocabulary} of the
 * data.
 *
 * <p>The grammar is documented in docs/ASSISTANT.md.
 */
final class QuestionParser {

  static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

  static {
    String[] full = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"
    };
    for (int i = 0; i < full.length; i++) {
      MONTHS.put(full[i], i + 1);
    }
    String[] abbr = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
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
          "in", "on", "during", "for", "of", "this", "next", "early", "late", "mid", "until", "till",
          "by", "before", "after", "since", "from");

  /** Words that turn the date after them into an open range; {@link #bounded} consumes them. */
  private static final Set<String> BOUND_WORDS =
      Set.of("before", "until", "till", "by", "after", "since", "from");

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);

  private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  /** Currencies written with a dollar sign. */
  static final Set<String> DOLLARS = Set.of("USD", "CAD", "MXN", "AUD", "NZD");

  static final Map<String, Set<String>> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("$", DOLLARS),
          Map.entry("dollar", DOLLARS),
          Map.entry("dollars", DOLLARS),
          Map.entry("bucks", DOLLARS),
          Map.entry("us$", Set.of("USD")),
          Map.entry("usd", Set.of("USD")),
          Map.entry("c$", Set.of("CAD")),
          Map.entry("ca$", Set.of("CAD")),
          Map.entry("cad", Set.of("CAD")),
          Map.entry("mx$", Set.of("MXN")),
          Map.entry("mxn", Set.of("MXN")),
          Map.entry("peso", Set.of("MXN")),
          Map.entry("pesos", Set.of("MXN")),
          Map.entry("a$", Set.of("AUD")),
          Map.entry("aud", Set.of("AUD")),
          Map.entry("£", Set.of("GBP")),
          Map.entry("gbp", Set.of("GBP")),
          Map.entry("pound", Set.of("GBP")),
          Map.entry("pounds", Set.of("GBP")),
          Map.entry("quid", Set.of("GBP")),
          Map.entry("€", Set.of("EUR")),
          Map.entry("eur", Set.of("EUR")),
          Map.entry("euro", Set.of("EUR")),
          Map.entry("euros", Set.of("EUR")),
          Map.entry("zl", Set.of("PLN")),
          Map.entry("pln", Set.of("PLN")),
          Map.entry("zloty", Set.of("PLN")),
          Map.entry("zlotys", Set.of("PLN")),
          Map.entry("zlote", Set.of("PLN")),
          Map.entry("zlotych", Set.of("PLN")));

  /** Words that qualify "dollars": "US dollars", "Canadian dollars". */
  private static final Map<String, Set<String>> DOLLAR_QUALIFIERS =
      Map.of(
          "us", Set.of("USD"),
          "american", Set.of("USD"),
          "canadian", Set.of("CAD"),
          "mexican", Set.of("MXN"),
          "australian", Set.of("AUD"));

  private enum Bound {
    BELOW,
    AT_MOST,
    ABOVE,
    AT_LEAST
  }

  private static final List<Map.Entry<List<String>, Bound>> COMPARATORS =
      List.of(
          Map.entry(List.of("less", "than"), Bound.BELOW),
          Map.entry(List.of("cheaper", "than"), Bound.BELOW),
          Map.entry(List.of("lower", "than"), Bound.BELOW),
          Map.entry(List.of("under"), Bound.BELOW),
          Map.entry(List.of("below"), Bound.BELOW),
          Map.entry(List.of("up", "to"), Bound.AT_MOST),
          Map.entry(List.of("at", "most"), Bound.AT_MOST),
          Map.entry(List.of("no", "more", "than"), Bound.AT_MOST),
          Map.entry(List.of("not", "more", "than"), Bound.AT_MOST),
          Map.entry(List.of("max"), Bound.AT_MOST),
          Map.entry(List.of("maximum"), Bound.AT_MOST),
          Map.entry(List.of("more", "than"), Bound.ABOVE),
          Map.entry(List.of("greater", "than"), Bound.ABOVE),
          Map.entry(List.of("over"), Bound.ABOVE),
          Map.entry(List.of("above"), Bound.ABOVE),
          Map.entry(List.of("at", "least"), Bound.AT_LEAST),
          Map.entry(List.of("min"), Bound.AT_LEAST),
          Map.entry(List.of("minimum"), Bound.AT_LEAST));

  /**
   * Words that carry no search meaning in a question about events. Folded (no apostrophes). Words
   * of the documents' own sentences ("takes place", "local time", "status") are here too, as they
   * are in every document.
   */
  static final Set<String> QUESTION_WORDS =
      Set.copyOf(
          List.of(
          "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with",
          "by", "near", "around", "about", "into", "within", "between", "than", "this", "that",
          "these", "those", "next", "coming", "upcoming", "soon", "any", "some", "all", "every",
          "what", "whats", "which", "who", "whos", "where", "wheres", "when", "whens", "how",
          "is", "are", "was", "were", "be", "been", "being", "there", "theres", "here", "do",
          "does", "did", "can", "could", "would", "should", "will", "shall", "may", "might",
          "i", "im", "me", "my", "we", "us", "our", "you", "your", "it", "its", "they", "them",
          "show", "shows", "showing", "find", "list", "give", "tell", "get", "got", "see",
          "search", "look", "looking", "want", "wanna", "like", "need", "recommend", "suggest",
          "please", "thanks", "hi", "hello", "hey", "go", "going", "attend", "visit", "catch",
          "happening", "happen", "happens", "on", "event", "events", "thing", "things", "stuff",
          "something", "anything", "options", "ideas", "plans", "ticket", "tickets", "buy",
          "book", "available", "performance", "performances", "live", "good", "great", "best",
          "nice", "fun", "cool", "interesting", "popular", "top", "big", "local", "cheap",
          "affordable", "price", "prices", "priced", "cost", "costs", "costing", "pay", "spend",
          "budget", "takes", "take", "place", "time", "status", "sale", "featuring", "range",
          "published", "announced", "tba", "night", "nights", "evening", "afternoon", "morning",
          "day", "days", "date", "dates", "pm", "am", "so", "too", "also", "just", "only",
          "more", "most", "less", "much", "many", "no", "not", "other", "else", "out", "up",
          "city", "town", "area", "play", "plays", "playing", "perform", "performs",
          "performing", "appear", "appears", "appearing", "touring", "gonna", "lets", "hows",
          "whats", "worth", "before", "after", "until", "till", "since"));

  private final Vocabulary vocabulary;
  private final Instant asOf;
  private final LocalDate today;

  private List<Token> tokens;
  private boolean[] used;

  QuestionParser(Vocabulary vocabulary, Instant asOf) {
    this.vocabulary = vocabulary;
    this.asOf = asOf;
    this.today = asOf.atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /** Parses one question. Not thread-safe. */
  Question parse(String text) {
    tokens = Text.tokenize(text);
    used = new boolean[tokens.size()];
    DateRange dates = parseDates();
    PriceFilter price = parsePrice(text);
    List<Facet.Mention> places = new ArrayList<>();
    List<Facet.Mention> categories = new ArrayList<>();
    parseNames(text, places, categories);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).norm();
      if (used[i] || QUESTION_WORDS.contains(w) || CURRENCY_WORDS.containsKey(w)) {
        continue;
      }
      if (Character.isDigit(w.charAt(0)) || w.length() < 2) {
        continue; // a stray number or letter says nothing about an event
      }
      words.add(w);
    }
    return new Question(
        text,
        asOf,
        Facet.Filter.of(Facet.PLACE, places),
        Facet.Filter.of(Facet.CATEGORY, categories),
        dates,
        price,
        List.copyOf(words));
  }

  // ---------------------------------------------------------------- dates

  /** Open-ended ranges ("after 12 December") end here. */
  static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);

  private @Nullable DateRange parseDates() {
    DateRange range = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i]) {
        continue;
      }
      boolean[] before = used.clone();
      DateRange r = dateAt(i);
      if (r != null) {
        int first = i;
        for (int k = 0; k < used.length; k++) {
          if (used[k] && !before[k]) {
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
    if (k < 0 || used[k]) {
      return r;
    }
    String w = word(k);
    DateRange out =
        switch (w) {
          case "before" -> new DateRange(today, r.from().minusDays(1), "before " + bare(r));
          case "until", "till", "by" -> new DateRange(today, r.to(), "until " + bare(r));
          case "after" -> new DateRange(r.to().plusDays(1), FOREVER, "after " + bare(r));
          case "since", "from" -> new DateRange(
              r.from().isBefore(today) ? today : r.from(), FOREVER, "from " + bare(r));
          default -> null;
        };
    if (out == null) {
      return r;
    }
    use(k);
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

  /** Meteorological seasons (northern hemisphere): first month of each. */
  private static final Map<String, Integer> SEASONS =
      Map.of("spring", 3, "summer", 6, "autumn", 9, "fall", 9, "winter", 12);

  /** "this summer", "in the spring", "next winter", "summer 2027" (three months each). */
  private @Nullable DateRange seasonAt(int i) {
    String w = word(i);
    int firstMonth = SEASONS.get(w);
    boolean next = isAny(i - 1, "next");
    boolean current = isAny(i - 1, "this", "the", "coming");
    Integer year = null;
    if (i + 1 < tokens.size() && !used[i + 1] && word(i + 1).matches("20\\d{2}")) {
      year = Integer.parseInt(word(i + 1));
    }
    if (w.equals("fall") && !next && !current && year == null && !isAny(i - 1, "in", "during")) {
      return null; // "fall" the verb
    }
    LocalDate start;
    if (year != null) {
      start = LocalDate.of(year, firstMonth, 1);
      use(i + 1);
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
      use(i - 1);
    }
    use(i);
    String label = (next ? "next " : year == null ? "this " : "") + w + (year == null ? "" : " " + year);
    return DateRange.of(start.isBefore(today) ? today : start, end, label);
  }

  private @Nullable DateRange dateAt(int i) {
    String w = word(i);
    if (w.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        LocalDate d = LocalDate.parse(w);
        use(i);
        return DateRange.day(d);
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    switch (w) {
      case "today":
      case "tonight":
        use(i);
        return DateRange.of(today, today, w);
      case "tomorrow":
      case "tmrw":
        use(i);
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
    if (w.matches("\\d{1,3}") && isAny(i + 1, "day", "days", "week", "weeks", "month", "months")
        && isAny(i - 1, "next", "coming", "within", "following")) {
      int n = Integer.parseInt(w);
      if (n < 1) {
        return null;
      }
      String unit = word(i + 1);
      LocalDate end =
          unit.startsWith("day")
              ? today.plusDays(n - 1)
              : unit.startsWith("week") ? today.plusWeeks(n).minusDays(1) : today.plusMonths(n).minusDays(1);
      String label = "in the next " + n + " " + unit;
      use(i - 1, i, i + 1);
      return DateRange.of(today, end, label);
    }
    if (MONTHS.containsKey(w)) {
      return monthAt(i);
    }
    if (SEASONS.containsKey(w)) {
      return seasonAt(i);
    }
    if (WEEKDAYS.containsKey(w)) {
      DayOfWeek dow = WEEKDAYS.get(w);
      LocalDate d;
      String label;
      if (isAny(i - 1, "next")) {
        d = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
        label = "next " + cap(w);
        use(i - 1);
      } else {
        d = today.with(TemporalAdjusters.nextOrSame(dow));
        label = cap(w);
        if (isAny(i - 1, "this", "on", "coming")) {
          use(i - 1);
        }
      }
      use(i);
      return DateRange.of(d, d, label);
    }
    if (w.matches("20\\d{2}") && isAny(i - 1, "in", "during", "for", "of")) {
      int year = Integer.parseInt(w);
      use(i);
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
    if (isAny(i - 1, "next")) {
      sat = sat.plusWeeks(1);
      label = "next weekend";
      use(i - 1);
    } else if (isAny(i - 1, "this", "the", "coming")) {
      use(i - 1);
    }
    use(i);
    LocalDate from = sat.isBefore(today) ? today : sat;
    return DateRange.of(from, sat.plusDays(1), label);
  }

  private @Nullable DateRange thisOrNext(int i, String unit) {
    boolean next = isAny(i - 1, "next", "following");
    boolean current = isAny(i - 1, "this", "current", "coming");
    if (!next && !current) {
      return null;
    }
    use(i - 1, i);
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

  /** "12 December", "12th of Dec", "December 12th, 2026", "in December", "December 2026". */
  private @Nullable DateRange monthAt(int i) {
    int month = MONTHS.get(word(i));
    List<Integer> consumed = new ArrayList<>();
    consumed.add(i);
    Integer day = null;
    // a day before the month: "12 December", "12th of December"
    int j = i - 1;
    if (isAny(j, "of")) {
      j--;
    }
    if (j >= 0 && !used[j] && ORDINALS.contains(word(j))) {
      j--;
    }
    if (j >= 0 && !used[j] && word(j).matches("\\d{1,2}")) {
      int d = Integer.parseInt(word(j));
      if (d >= 1 && d <= 31) {
        day = d;
        for (int k = j; k < i; k++) {
          consumed.add(k);
        }
      }
    }
    int after = i + 1;
    if (day == null && after < tokens.size() && !used[after] && word(after).matches("\\d{1,2}")) {
      int d = Integer.parseInt(word(after));
      if (d >= 1 && d <= 31) {
        day = d;
        consumed.add(after);
        after++;
        if (after < tokens.size() && ORDINALS.contains(word(after))) {
          consumed.add(after);
          after++;
        }
      }
    }
    Integer year = null;
    if (after < tokens.size() && !used[after] && word(after).matches("20\\d{2}")) {
      year = Integer.parseInt(word(after));
      consumed.add(after);
    }
    boolean announced = i > 0 && DATE_PREPOSITIONS.contains(word(i - 1)) && !used[i - 1];
    if (day == null && year == null && !announced && !CLEAR_MONTHS.contains(word(i))) {
      return null; // "June Delacroix", "may I …", "march"
    }
    for (int k : consumed) {
      use(k);
    }
    if (announced && !BOUND_WORDS.contains(word(i - 1))) {
      use(i - 1);
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
        return new DateRange(today, today.minusDays(1), "on " + day + " " + cap(word(i)) + " (no such date)");
      }
      return DateRange.day(d);
    }
    LocalDate first = LocalDate.of(y, month, 1);
    if (year == null && first.plusMonths(1).minusDays(1).isBefore(today)) {
      first = first.plusYears(1);
    }
    return DateRange.month(first);
  }

  // ---------------------------------------------------------------- prices

  private @Nullable PriceFilter parsePrice(String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i]) {
        continue;
      }
      if (isAny(i, "between", "from")) {
        PriceFilter f = range(i, text);
        if (f != null) {
          return f;
        }
      }
      for (Map.Entry<List<String>, Bound> c : COMPARATORS) {
        List<String> phrase = c.getKey();
        if (!matchesAt(i, phrase)) {
          continue;
        }
        Amount a = amountAt(i + phrase.size());
        if (a == null) {
          continue;
        }
        for (int k = i; k < a.end; k++) {
          use(k);
        }
        String label = text.substring(tokens.get(i).start(), tokens.get(a.end - 1).end());
        Bound b = c.getValue();
        boolean upper = b == Bound.BELOW || b == Bound.AT_MOST;
        return new PriceFilter(
            upper ? null : a.value,
            b == Bound.AT_LEAST,
            upper ? a.value : null,
            b == Bound.AT_MOST,
            a.currencies,
            label);
      }
    }
    return null;
  }

  /** "between 20 and 50 GBP", "from $20 to $50" (a "from … to" range needs a currency). */
  private @Nullable PriceFilter range(int i, String text) {
    Amount low = amountAt(i + 1);
    if (low == null || !isAny(low.end, "and", "to")) {
      return null;
    }
    Amount high = amountAt(low.end + 1);
    if (high == null) {
      return null;
    }
    Set<String> currencies = new LinkedHashSet<>(low.currencies);
    if (currencies.isEmpty()) {
      currencies.addAll(high.currencies);
    } else if (!high.currencies.isEmpty()) {
      currencies.retainAll(high.currencies);
      if (currencies.isEmpty()) {
        return null; // "between £20 and $50": not one price range
      }
    }
    if (word(i).equals("from") && currencies.isEmpty()) {
      return null;
    }
    for (int k = i; k < high.end; k++) {
      use(k);
    }
    double a = Math.min(low.value, high.value);
    double b = Math.max(low.value, high.value);
    String label = text.substring(tokens.get(i).start(), tokens.get(high.end - 1).end());
    return new PriceFilter(a, true, b, true, Set.copyOf(currencies), label);
  }

  private record Amount(double value, Set<String> currencies, int end) {}

  /** [currency] number [currency], e.g. "£20", "20 pounds", "USD 30", "25 zł". */
  private @Nullable Amount amountAt(int i) {
    int j = i;
    Set<String> currencies = new LinkedHashSet<>();
    if (j < tokens.size() && !used[j] && CURRENCY_WORDS.containsKey(word(j))) {
      currencies.addAll(CURRENCY_WORDS.get(word(j)));
      j++;
    }
    if (j >= tokens.size() || used[j]) {
      return null;
    }
    Double value = Text.parseNumber(word(j));
    if (value == null) {
      return null;
    }
    j++;
    if (j < tokens.size() && !used[j]) {
      String w = word(j);
      if (DOLLAR_QUALIFIERS.containsKey(w) && isAny(j + 1, "dollar", "dollars", "$")) {
        currencies = merge(currencies, DOLLAR_QUALIFIERS.get(w));
        j += 2;
      } else if (CURRENCY_WORDS.containsKey(w)) {
        currencies = merge(currencies, CURRENCY_WORDS.get(w));
        j++;
      }
    }
    return new Amount(value, Set.copyOf(currencies), j);
  }

  private static Set<String> merge(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return new LinkedHashSet<>(b);
    }
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both.isEmpty() ? new LinkedHashSet<>(b) : both;
  }

  // ---------------------------------------------------------------- places and classifications

  /** Longest phrases first, places before classifications, over words no other parser took. */
  private void parseNames(String text, List<Facet.Mention> places, List<Facet.Mention> categories) {
    int longest = vocabulary.longestPhrase();
    int lastPlace = -1;
    int lastCategory = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (used[i]) {
        continue;
      }
      int skip = 0;
      for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
        if (!free(i, len)) {
          continue;
        }
        String typed = text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end());
        List<String> placeNames = lookup(i, len, true);
        List<String> categoryNames = placeNames.isEmpty() ? lookup(i, len, false) : List.of();
        if ((!placeNames.isEmpty() || !categoryNames.isEmpty()) && partOfAName(i, len, !placeNames.isEmpty())) {
          skip = len - 1; // "Chicago Food & Wine Festival", "New York Lynx": words of a name
          break;
        }
        if (!placeNames.isEmpty()) {
          List<Facet.Triple> triples = vocabulary.placeTriples(placeNames);
          if (!triples.isEmpty()) {
            List<String> spelled = new ArrayList<>();
            for (String n : placeNames) {
              if (!vocabulary.placeTriples(List.of(n)).isEmpty()) {
                spelled.add(vocabulary.placeSpelling(n));
              }
            }
            places.add(
                Facet.Mention.of(typed, String.join(" or ", spelled), triples, linked(i, lastPlace)));
            lastPlace = i + len;
            useRange(i, len);
            break;
          }
        }
        if (!categoryNames.isEmpty()) {
          List<Facet.Triple> triples = vocabulary.categoryTriples(categoryNames);
          if (!triples.isEmpty()) {
            categories.add(
                Facet.Mention.of(
                    typed, typed.toLowerCase(Locale.ROOT), triples, linked(i, lastCategory)));
            lastCategory = i + len;
            useRange(i, len);
            break;
          }
        }
      }
      i += skip;
    }
  }

  /** Whether "or"/"and" (with "in", "at" …) joins a mention at i to one that ended at lastEnd. */
  private boolean linked(int i, int lastEnd) {
    if (lastEnd < 0 || lastEnd >= i) {
      return false;
    }
    boolean connector = false;
    for (int k = lastEnd; k < i; k++) {
      String w = word(k);
      if (w.equals("or") || w.equals("and")) {
        connector = true;
      } else if (!PLACE_PREPOSITIONS.contains(w) && !w.equals("the")) {
        return false;
      }
    }
    return connector;
  }

  /** Prepositions that make the next words a place, whatever names contain them. */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "around", "outside", "across");

  /**
   * Whether tokens i..i+len-1 are part of an event's or headliner's name rather than a filter: the
   * phrase together with up to two free neighbouring words, one of them a content word, occurs in
   * some name ("Chicago Food", "New York Lynx", "Saints The Musical"). A place right after "in",
   * "at", "near" … is always a place.
   */
  private boolean partOfAName(int i, int len, boolean place) {
    if (place && i > 0 && PLACE_PREPOSITIONS.contains(word(i - 1))) {
      return false;
    }
    for (int left = 0; left <= 2; left++) {
      for (int right = 0; right <= 2; right++) {
        if (left + right == 0 || i - left < 0 || i + len + right > tokens.size()) {
          continue;
        }
        if (!free(i - left, len + left + right)) {
          continue;
        }
        boolean content = false;
        List<String> words = new ArrayList<>();
        for (int k = i - left; k < i + len + right; k++) {
          words.add(word(k));
          boolean extra = k < i || k >= i + len;
          if (extra && !QUESTION_WORDS.contains(word(k)) && !Character.isDigit(word(k).charAt(0))) {
            content = true;
          }
        }
        if (content && vocabulary.inSomeName(String.join(" ", words))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The names that tokens i..i+len-1 mean, trying singular forms of each word. */
  private List<String> lookup(int i, int len, boolean place) {
    List<String> keys = new ArrayList<>();
    keys.add("");
    for (int k = i; k < i + len; k++) {
      List<String> next = new ArrayList<>();
      for (String prefix : keys) {
        for (String form : forms(word(k))) {
          next.add(prefix.isEmpty() ? form : prefix + " " + form);
        }
      }
      keys = next;
    }
    for (String key : keys) {
      List<String> names = place ? vocabulary.placeNames(key) : vocabulary.categoryNames(key);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** The word and its singular forms: "comedies" → comedies, comedy; "gigs" → gigs, gig. */
  private static List<String> forms(String w) {
    List<String> forms = new ArrayList<>();
    forms.add(w);
    if (w.length() > 3 && w.endsWith("ies")) {
      forms.add(w.substring(0, w.length() - 3) + "y");
    }
    if (w.length() > 3 && w.endsWith("es")) {
      forms.add(w.substring(0, w.length() - 2));
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      forms.add(w.substring(0, w.length() - 1));
    }
    return forms;
  }

  // ---------------------------------------------------------------- helpers

  private String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).norm() : "";
  }

  private boolean isAny(int i, String... words) {
    if (i < 0 || i >= tokens.size() || used[i]) {
      return false;
    }
    String w = word(i);
    for (String candidate : words) {
      if (w.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesAt(int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!isAny(i + k, phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean free(int i, int len) {
    for (int k = i; k < i + len; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  private void use(int... indexes) {
    for (int i : indexes) {
      if (i >= 0 && i < used.length) {
        used[i] = true;
      }
    }
  }

  private void useRange(int from, int len) {
    for (int k = from; k < from + len; k++) {
      used[k] = true;
    }
  }

  private static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
