package com.tixmaster.pipeline.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises places (cities, states, countries) and classifications (segments, genres, subgenres)
 * and consumes their words. Nothing here is a list of names: they come from the {@link Vocabulary}
 * of the data, with its aliases ("LA", "NYC") and synonyms. Both facets are found in one pass,
 * longest phrase first and a place before a classification of the same words, so the two cannot be
 * split without changing which one wins. Words that belong to an event's or headliner's name
 * ("Chicago Food & Wine Festival", "New York Lynx") are left as text, and mentions joined by "or" /
 * "and" are marked as alternatives.
 */
final class PlaceAndCategoryParser {

  private final Vocabulary vocabulary;
  private final QuestionTokens tokens;

  PlaceAndCategoryParser(Vocabulary vocabulary, QuestionTokens tokens) {
    this.vocabulary = vocabulary;
    this.tokens = tokens;
  }

  /** Longest phrases first, places before classifications, over words no other parser took. */
  void parse(String text, List<Facet.Mention> places, List<Facet.Mention> categories) {
    int longest = vocabulary.longestPhrase();
    int lastPlace = -1;
    int lastCategory = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.used(i)) {
        continue;
      }
      int skip = 0;
      for (int len = Math.min(longest, tokens.size() - i); len >= 1; len--) {
        if (!tokens.free(i, len)) {
          continue;
        }
        String typed = text.substring(tokens.get(i).start(), tokens.get(i + len - 1).end());
        List<String> placeNames = lookup(i, len, true);
        List<String> categoryNames = placeNames.isEmpty() ? lookup(i, len, false) : List.of();
        if ((!placeNames.isEmpty() || !categoryNames.isEmpty())
            && partOfAName(i, len, !placeNames.isEmpty())) {
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
                Facet.Mention.of(
                    typed, String.join(" or ", spelled), triples, linked(i, lastPlace)));
            lastPlace = i + len;
            tokens.useRange(i, len);
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
            tokens.useRange(i, len);
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
      String w = tokens.word(k);
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
    if (place && i > 0 && PLACE_PREPOSITIONS.contains(tokens.word(i - 1))) {
      return false;
    }
    for (int left = 0; left <= 2; left++) {
      for (int right = 0; right <= 2; right++) {
        if (left + right == 0 || i - left < 0 || i + len + right > tokens.size()) {
          continue;
        }
        if (!tokens.free(i - left, len + left + right)) {
          continue;
        }
        boolean content = false;
        List<String> words = new ArrayList<>();
        for (int k = i - left; k < i + len + right; k++) {
          words.add(tokens.word(k));
          boolean extra = k < i || k >= i + len;
          if (extra
              && !QuestionParser.QUESTION_WORDS.contains(tokens.word(k))
              && !Character.isDigit(tokens.word(k).charAt(0))) {
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
        for (String form : forms(tokens.word(k))) {
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
}
