package com.tixmaster.pipeline.assistant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Recognises one price filter and consumes its words: a comparator and an amount ("under $50",
 * "less than 30 pounds", "at least €20", "max 100 CAD") or a range ("between 20 and 50 GBP", "from
 * $20 to $50"). An amount is a number with a currency symbol, code or word before or after it
 * ("£20", "USD 30", "25 zł", "50 Canadian dollars"); "$" and "dollars" mean any dollar currency,
 * since the question does not say which. The filter's label quotes what the user typed.
 */
final class PriceParser {

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

  private final QuestionTokens tokens;

  PriceParser(QuestionTokens tokens) {
    this.tokens = tokens;
  }

  /** The first price filter in the question (text is what the tokens came from), or null. */
  @Nullable
  PriceFilter parse(String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.used(i)) {
        continue;
      }
      if (tokens.isAny(i, "between", "from")) {
        PriceFilter f = range(i, text);
        if (f != null) {
          return f;
        }
      }
      for (Map.Entry<List<String>, Bound> c : COMPARATORS) {
        List<String> phrase = c.getKey();
        if (!tokens.matchesAt(i, phrase)) {
          continue;
        }
        Amount a = amountAt(i + phrase.size());
        if (a == null) {
          continue;
        }
        for (int k = i; k < a.end; k++) {
          tokens.use(k);
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
    if (low == null || !tokens.isAny(low.end, "and", "to")) {
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
    if (tokens.word(i).equals("from") && currencies.isEmpty()) {
      return null;
    }
    for (int k = i; k < high.end; k++) {
      tokens.use(k);
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
    if (j < tokens.size() && !tokens.used(j) && CURRENCY_WORDS.containsKey(tokens.word(j))) {
      currencies.addAll(CURRENCY_WORDS.get(tokens.word(j)));
      j++;
    }
    if (j >= tokens.size() || tokens.used(j)) {
      return null;
    }
    Double value = Text.parseNumber(tokens.word(j));
    if (value == null) {
      return null;
    }
    j++;
    if (j < tokens.size() && !tokens.used(j)) {
      String w = tokens.word(j);
      if (DOLLAR_QUALIFIERS.containsKey(w) && tokens.isAny(j + 1, "dollar", "dollars", "$")) {
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
}
